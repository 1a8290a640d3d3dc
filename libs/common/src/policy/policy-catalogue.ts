// A service's policy parameters, declared once: key -> schema of its stored value (the idea of
// libs/contracts' EventMap, for figures instead of events). A key that is not in the catalogue
// cannot be read (type error) nor stored (400 POLICY.UNKNOWN_KEY), and every value passes its
// schema where it is stored and where it is read. Pure: zod only.
import { z } from 'zod';
import { PolicyPeriods } from './policy-periods';
import type { PolicyRow } from './value-in-force';

export interface PolicyKeySpec<S extends z.ZodType = z.ZodType> {
  /** Shape of the stored JSON value; readers get its output. */
  readonly schema: S;
  /**
   * The service works without a value in force, and the reference seeds need not set one. Give
   * the reason in a comment beside it: what the service does when there is none.
   */
  readonly optional?: boolean;
}

export type PolicyKeySpecs = { readonly [key: string]: PolicyKeySpec };

/** Why a value may not be stored under a key. */
export type PolicyValueProblem =
  | { kind: 'UNKNOWN_KEY' }
  | { kind: 'INVALID_VALUE'; issues: Array<{ path: string; code: string; message: string }> };

export class PolicyCatalogue<S extends string = string, K extends PolicyKeySpecs = PolicyKeySpecs> {
  constructor(
    /** The service the keys belong to: every key starts with `<service>.`. */
    readonly service: S,
    readonly specs: K,
  ) {
    const stray = Object.keys(specs).filter((key) => !key.startsWith(`${service}.`));
    if (stray.length > 0) throw new Error(`policy keys of ${service} must start with "${service}.": ${stray.join(', ')}`);
  }

  get keys(): Array<keyof K & string> {
    return Object.keys(this.specs);
  }

  has(key: string): key is keyof K & string {
    return Object.prototype.hasOwnProperty.call(this.specs, key);
  }

  isOptional(key: string): boolean {
    return this.has(key) && this.specs[key].optional === true;
  }

  /** The periods of `key` from its stored rows, typed and checked by the key's schema when read. */
  periods<Key extends keyof K & string>(key: Key, rows: ReadonlyArray<PolicyRow>): PolicyPeriods<z.output<K[Key]['schema']>> {
    if (!this.has(key)) throw new Error(`"${key}" is not a policy key of ${this.service}`);
    return new PolicyPeriods(key, this.specs[key].schema as z.ZodType<z.output<K[Key]['schema']>>, rows);
  }

  /** Null when `value` may be stored under `key`; otherwise why not, with the value's issues. */
  check(key: string, value: unknown): PolicyValueProblem | null {
    if (!this.has(key)) return { kind: 'UNKNOWN_KEY' };
    const parsed = this.specs[key].schema.safeParse(value);
    if (parsed.success) return null;
    return { kind: 'INVALID_VALUE', issues: parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.'), code: i.code, message: i.message })) };
  }
}

/** Keys outside `<service>.` become `never`, so a stray key is a type error where it is declared. */
type Prefixed<S extends string, K> = { [P in keyof K]: P extends `${S}.${string}` ? PolicyKeySpec : never };

/**
 * The catalogue of a service, e.g.
 * `definePolicyCatalogue('canteen', { 'canteen.meal-subsidy.tiers': { schema: mealSubsidySchema } })`.
 */
export function definePolicyCatalogue<const S extends string, const K extends PolicyKeySpecs>(service: S, specs: K & Prefixed<S, K>): PolicyCatalogue<S, K> {
  return new PolicyCatalogue<S, K>(service, specs);
}

/** Any service's catalogue, as the policy module and the seed checks handle it (keys as strings). */
export interface AnyPolicyCatalogue {
  readonly service: string;
  readonly specs: PolicyKeySpecs;
  readonly keys: string[];
  has(key: string): boolean;
  isOptional(key: string): boolean;
  periods(key: string, rows: ReadonlyArray<PolicyRow>): PolicyPeriods<unknown>;
  check(key: string, value: unknown): PolicyValueProblem | null;
}

/** A catalogue without keys: what an unannotated PolicyService can read (nothing). */
export type EmptyPolicyCatalogue = PolicyCatalogue<string, Record<never, PolicyKeySpec>>;

type SpecsOf<C> = C extends PolicyCatalogue<string, infer K> ? K : never;

export type PolicyKey<C extends AnyPolicyCatalogue> = keyof SpecsOf<C> & string;

export type PolicyValue<C extends AnyPolicyCatalogue, Key extends PolicyKey<C>> = SpecsOf<C>[Key] extends PolicyKeySpec<infer Sc> ? z.output<Sc> : never;

export type OptionalPolicyKey<C extends AnyPolicyCatalogue> = {
  [P in PolicyKey<C>]: SpecsOf<C>[P] extends { readonly optional: true } ? P : never;
}[PolicyKey<C>];

export type RequiredPolicyKey<C extends AnyPolicyCatalogue> = Exclude<PolicyKey<C>, OptionalPolicyKey<C>>;

/**
 * A schema around an existing parser that throws on a malformed value (parseHighAgeTiers,
 * parseVisitIntervals ...), so the catalogue stays the one place a value's shape is checked.
 */
export function parsedBy<T>(parse: (value: unknown) => T): z.ZodType<T> {
  return z.unknown().transform((value, ctx) => {
    try {
      return parse(value);
    } catch (err) {
      ctx.addIssue({ code: 'custom', message: err instanceof Error ? err.message : String(err) });
      return z.NEVER;
    }
  });
}

/** Shapes most figures share. Money is whole fen (DOMAIN: amounts in fen, never yuan). */
export const policyValues = {
  fen: z.number().int().min(0),
  wholeNumber: z.number().int().min(0),
  positiveWholeNumber: z.number().int().min(1),
};
