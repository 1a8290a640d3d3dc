import { ProblemException } from '@app/common/http/problem';
import type { Guardian } from './child.entity';
import type { GuardianDto } from './dto/guardian.dto';

/** Normalises guardians from a request; at most one father and one mother, no one twice, not the child. */
export function guardiansFrom(dtos: GuardianDto[], childResidentId: string): Guardian[] {
  const ids = dtos.map((g) => g.residentId);
  const problems: string[] = [];
  if (new Set(ids).size !== ids.length) problems.push('the same person is listed twice');
  if (ids.includes(childResidentId)) problems.push('the child cannot be their own guardian');
  for (const relation of ['FATHER', 'MOTHER'] as const) {
    if (dtos.filter((g) => g.relation === relation).length > 1) problems.push(`more than one ${relation}`);
  }
  if (problems.length > 0) throw new ProblemException({ status: 422, code: 'CHILD.INVALID_GUARDIANS', detail: problems.join('; ') });
  return dtos.map((g) => ({
    residentId: g.residentId,
    name: g.name,
    relation: g.relation,
    deceasedOn: g.deceasedOn ?? null,
    missingSince: g.missingSince ?? null,
    jailedSince: g.jailedSince ?? null,
    sentenceMonths: g.sentenceMonths ?? null,
    severelyDisabled: g.severelyDisabled ?? false,
    seriouslyIll: g.seriouslyIll ?? false,
    awayForWork: g.awayForWork ?? false,
    guardianshipRevoked: g.guardianshipRevoked ?? false,
  }));
}
