// 家庭登记 form values -> the service's request, and back for its field errors. Caseworkers type
// yuan (元, up to the fen); the service takes integer fen, so amounts are converted here, exactly,
// without passing through floating-point multiplication. Pure.
import type { Problem } from '../../api/problem';
import type { AssetChangeDto, CreateHouseholdDto, IncomeChangeDto, MemberDto } from './queries';

type Relation = MemberDto['relation'];
type Category = MemberDto['categories'][number];
type IncomeSource = MemberDto['incomes'][number]['source'];

export interface IncomeValues {
  source?: IncomeSource;
  monthlyYuan?: number | string | null;
}

export interface MemberValues {
  name?: string;
  residentId?: string;
  relation?: Relation;
  categories?: Category[];
  incomes?: IncomeValues[];
}

export interface HouseholdValues {
  area?: CreateHouseholdDto['area'];
  regionCode?: string;
  financialAssetsYuan?: number | string | null;
  members?: MemberValues[];
}

const YUAN = /^(\d{1,13})(?:\.(\d{1,2}))?$/;

/** '1234.5' or 1234.5 -> 123450; null when it is not a non-negative amount with at most two decimals. */
export function fenOf(yuan: number | string | null | undefined): number | null {
  if (yuan === null || yuan === undefined) return null;
  const match = YUAN.exec(String(yuan).trim());
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

function requiredFen(yuan: number | string | null | undefined, what: string): number {
  const fen = fenOf(yuan);
  if (fen === null) throw new RangeError(`${what} is not an amount in yuan: ${String(yuan)}`);
  return fen;
}

function text(value: string | undefined, what: string): string {
  const trimmed = (value ?? '').trim();
  if (!trimmed) throw new RangeError(`${what} is missing`);
  return trimmed;
}

/** One member as the service takes it (also for 成员加入). The form has checked every field. */
export function memberRequest(m: MemberValues): MemberDto {
  if (!m.relation) throw new RangeError('relation is missing');
  return {
    name: text(m.name, 'name'),
    residentId: text(m.residentId, 'residentId').toUpperCase(),
    relation: m.relation,
    categories: [...new Set(m.categories ?? [])],
    incomes: incomesRequest(m.incomes),
  };
}

function incomesRequest(incomes: IncomeValues[] | undefined): MemberDto['incomes'] {
  return (incomes ?? []).map((line, i) => {
    if (!line.source) throw new RangeError(`incomes.${i}.source is missing`);
    return { source: line.source, monthlyFen: requiredFen(line.monthlyYuan, `incomes.${i}.monthlyYuan`) };
  });
}

export interface IncomeChangeValues {
  residentId?: string;
  incomes?: IncomeValues[];
  throughWork?: boolean;
}

/** 收入变更: the member's full resident ID, all their incomes from now on (none: no income), whether the rise is from work. */
export function incomeChangeRequest(v: IncomeChangeValues): IncomeChangeDto {
  return { residentId: text(v.residentId, 'residentId').toUpperCase(), incomes: incomesRequest(v.incomes), throughWork: v.throughWork === true };
}

/** 资产变更: the household's financial assets from now on, typed in yuan. */
export function assetChangeRequest(v: { financialAssetsYuan?: number | string | null }): AssetChangeDto {
  return { financialAssetsFen: requiredFen(v.financialAssetsYuan, 'financialAssetsYuan') };
}

export function householdRequest(v: HouseholdValues): CreateHouseholdDto {
  if (!v.area) throw new RangeError('area is missing');
  return {
    area: v.area,
    regionCode: text(v.regionCode, 'regionCode'),
    financialAssetsFen: requiredFen(v.financialAssetsYuan ?? 0, 'financialAssetsYuan'),
    members: (v.members ?? []).map(memberRequest),
  };
}

/** A field of the request as the form names it: 'members.0.incomes.1.monthlyFen' -> '…monthlyYuan'. */
export function formFieldOf(requestField: string): string {
  return requestField.replace(/(^|\.)financialAssetsFen$/, '$1financialAssetsYuan').replace(/(^|\.)monthlyFen$/, '$1monthlyYuan');
}

/** The problem with its field errors named as the form's fields, for showProblemOnForm. */
export function problemForForm(problem: Problem, prefix = ''): Problem {
  return { ...problem, fields: problem.fields.map((f) => ({ ...f, field: `${prefix}${formFieldOf(f.field)}` })) };
}
