// Certificate ceremonies (颁证仪式, DOMAIN §6): a group ceremony (集体颁证) hands many couples
// their certificates together; other ceremonies are held for one couple or a few. A ceremony
// celebrates marriages already registered. Pure: today is a parameter.

export const CEREMONY_KINDS = ['GROUP', 'OTHER'] as const;
export type CeremonyKind = (typeof CEREMONY_KINDS)[number];

export const CEREMONY_KIND_LABELS: Readonly<Record<CeremonyKind, string>> = { GROUP: '集体颁证', OTHER: '其他颁证仪式' };

/** A group ceremony is for several couples; one couple is an ordinary ceremony. */
export const MIN_GROUP_COUPLES = 2;

export interface CeremonyFacts {
  kind: CeremonyKind;
  heldOn: string;
  /** The marriages named, in the request's order; null where no marriage has the id. */
  marriages: Array<{ registeredOn: string } | null>;
}

export interface CeremonyProblem {
  code: 'CEREMONY.DATE_IN_FUTURE' | 'CEREMONY.TOO_FEW_COUPLES' | 'CEREMONY.UNKNOWN_MARRIAGE' | 'CEREMONY.MARRIAGE_AFTER_CEREMONY';
  field: string;
  detail: string;
}

/** The first reason the ceremony cannot be recorded as held, or null. */
export function ceremonyProblem(facts: CeremonyFacts, today: string): CeremonyProblem | null {
  if (facts.heldOn > today) return { code: 'CEREMONY.DATE_IN_FUTURE', field: 'heldOn', detail: 'A ceremony is recorded once it has been held.' };
  if (facts.kind === 'GROUP' && facts.marriages.length < MIN_GROUP_COUPLES) {
    return { code: 'CEREMONY.TOO_FEW_COUPLES', field: 'marriageIds', detail: `A group ceremony is for ${MIN_GROUP_COUPLES} couples or more.` };
  }
  for (const [i, marriage] of facts.marriages.entries()) {
    if (!marriage) return { code: 'CEREMONY.UNKNOWN_MARRIAGE', field: `marriageIds.${i}`, detail: 'No marriage with this id.' };
    if (marriage.registeredOn > facts.heldOn) {
      return { code: 'CEREMONY.MARRIAGE_AFTER_CEREMONY', field: `marriageIds.${i}`, detail: `The marriage was registered on ${marriage.registeredOn}, after the ceremony.` };
    }
  }
  return null;
}
