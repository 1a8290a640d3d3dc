import type { EarlyWarningResponse } from './dto/early-warning.dto';

export const WARNING_SELECT = `
  SELECT w.id, w.monitored_household_id, w.household_id, h.region_code, w.resident_id, w.trigger, w.occurred_on::text, w.amount_fen::float8 AS amount_fen, w.summary, w.raised_at,
         w.outcome, w.relief_id, w.dibao_case_id, w.outcome_note, w.followed_up_on::text, w.followed_up_by
  FROM early_warning w JOIN household h ON h.id = w.household_id`;

export interface WarningRow {
  id: string;
  monitored_household_id: string;
  household_id: string;
  region_code: string;
  resident_id: string;
  trigger: string;
  occurred_on: string;
  amount_fen: number | null;
  summary: string;
  raised_at: Date;
  outcome: string | null;
  relief_id: string | null;
  dibao_case_id: string | null;
  outcome_note: string | null;
  followed_up_on: string | null;
  followed_up_by: string | null;
}

export function toWarningResponse(r: WarningRow): EarlyWarningResponse {
  return {
    id: r.id,
    monitoredHouseholdId: r.monitored_household_id,
    householdId: r.household_id,
    regionCode: r.region_code,
    residentId: r.resident_id,
    trigger: r.trigger,
    occurredOn: r.occurred_on,
    amountFen: r.amount_fen,
    summary: r.summary,
    raisedAt: r.raised_at.toISOString(),
    outcome: r.outcome,
    reliefId: r.relief_id,
    dibaoCaseId: r.dibao_case_id,
    outcomeNote: r.outcome_note,
    followedUpOn: r.followed_up_on,
    followedUpBy: r.followed_up_by,
  };
}
