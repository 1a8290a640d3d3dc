// Reading finding reviews: one SELECT shape shared by the work list, a single review and the decisions.
import type { FindingReviewKind } from './rules/finding-routing.rule';
import type { EscalationLevel, FindingReviewStatus } from './rules/review-decision.rule';
import type { FindingReviewResponse } from './dto/finding-review.dto';

export const REVIEW_SELECT = `
  SELECT r.id, r.kind, r.status, r.case_id, c.program, r.household_id, h.region_code, r.resident_id, r.name, r.observed_on::text, r.amount_fen::float8 AS amount_fen,
         r.summary, r.reference, r.department, r.import_id, r.source_event_id, r.raised_at, r.escalated_to, r.escalation_note, r.decided_on::text, r.decided_by, r.decision_note
  FROM finding_review r JOIN assistance_case c ON c.id = r.case_id JOIN household h ON h.id = r.household_id`;

export interface FindingReviewRow {
  id: string;
  kind: FindingReviewKind;
  status: FindingReviewStatus;
  case_id: string;
  program: string;
  household_id: string;
  region_code: string;
  resident_id: string;
  name: string;
  observed_on: string;
  amount_fen: number | null;
  summary: string;
  reference: string;
  department: string;
  import_id: string;
  source_event_id: string;
  raised_at: Date;
  escalated_to: EscalationLevel | null;
  escalation_note: string | null;
  decided_on: string | null;
  decided_by: string | null;
  decision_note: string | null;
}

export function toFindingReviewResponse(r: FindingReviewRow): FindingReviewResponse {
  return {
    id: r.id,
    kind: r.kind,
    status: r.status,
    caseId: r.case_id,
    program: r.program,
    householdId: r.household_id,
    regionCode: r.region_code,
    residentId: r.resident_id,
    name: r.name,
    observedOn: r.observed_on,
    amountFen: r.amount_fen,
    summary: r.summary,
    reference: r.reference,
    department: r.department,
    importId: r.import_id,
    raisedAt: r.raised_at.toISOString(),
    escalatedTo: r.escalated_to,
    escalationNote: r.escalation_note,
    decidedOn: r.decided_on,
    decidedBy: r.decided_by,
    decisionNote: r.decision_note,
  };
}
