// The visit form's values as POST /api/v1/children/:id/visits takes them. Pure.
import type { Dayjs } from 'dayjs';
import type { RecordVisitDto, RiskTier } from './types';

export interface VisitValues {
  visitedOn: Dayjs;
  notes: string;
  riskTier: RiskTier | '';
  riskReason?: string;
}

/** The visit as the service takes it: a re-rating only when another tier was picked, then with its reason. */
export function visitRequest(values: VisitValues, currentTier: RiskTier): RecordVisitDto {
  const rerated = values.riskTier !== '' && values.riskTier !== currentTier;
  return {
    visitedOn: values.visitedOn.format('YYYY-MM-DD'),
    notes: values.notes.trim(),
    ...(rerated && { riskTier: values.riskTier as RiskTier, riskReason: (values.riskReason ?? '').trim() }),
  };
}
