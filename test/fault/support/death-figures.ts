// What the death stream (death-stream.ts) must have caused, read from the services' databases:
// every effect of every death exactly once, as a whole and within each fault's window, and the
// table docs/resilience.md and docs/scale-out.md show.
import type { ServiceName } from '../../system/support/platform';
import { count } from './faults';

export interface ScenarioResult {
  scenario: string;
  target: string;
  /** ms from the stream's start to the fault. */
  at: number;
  /** How long the fault lasted (ms): down time, cutting time. */
  faultMs: number;
  /** Deaths accepted while the fault lasted. */
  deathsDuring: number;
  /** ms from the fault's end until the affected consumers had applied every death accepted by then. */
  recoveryMs: number;
  detail: string;
  /** Indexes [from, to) of the deaths sent from the fault's start until recovery: the ones it could hurt. */
  window: [number, number];
}

/** Effects of the deaths of `residents`, each of which should be there exactly once (twice for the two allowances). */
export interface WindowFigures {
  deaths: number;
  dibaoStops: number;
  dibaoStopEvents: number;
  allowanceStops: number;
  allowanceStopEvents: number;
  funeralBenefits: number;
  dinersDeactivated: number;
}

export async function windowFigures(residents: string[]): Promise<WindowFigures> {
  const q = (service: ServiceName, sql: string) => count(service, sql, [residents]);
  return {
    deaths: await q('civil-registration', 'SELECT count(*) AS n FROM death_record WHERE resident_id = ANY($1)'),
    dibaoStops: await q('social-assistance', `SELECT count(*) AS n FROM enrollment WHERE resident_id = ANY($1) AND stop_from_month = '2024-09'`),
    dibaoStopEvents: await q('social-assistance', `SELECT count(*) AS n FROM outbox WHERE routing_key = 'social-assistance.enrollment.stopped.v1' AND envelope->'data'->>'residentId' = ANY($1)`),
    allowanceStops: await q('elderly-care', `SELECT count(*) AS n FROM allowance WHERE resident_id = ANY($1) AND stop_from_month = '2024-09'`),
    allowanceStopEvents: await q('elderly-care', `SELECT count(*) AS n FROM outbox WHERE routing_key = 'elderly-care.allowance.stopped.v1' AND envelope->'data'->>'residentId' = ANY($1)`),
    funeralBenefits: await q('civil-registration', 'SELECT count(*) AS n FROM funeral_benefit WHERE resident_id = ANY($1)'),
    dinersDeactivated: await q('canteen', 'SELECT count(*) AS n FROM diner WHERE resident_id = ANY($1) AND NOT active'),
  };
}

/** What a window of `sent` deaths must show: each effect once per death (two allowances each). */
export function expectedWindow(scenario: string, sent: number): WindowFigures & { scenario: string; sent: number } {
  return { scenario, sent, deaths: sent, dibaoStops: sent, dibaoStopEvents: sent, allowanceStops: 2 * sent, allowanceStopEvents: 2 * sent, funeralBenefits: sent, dinersDeactivated: sent };
}

/** Exactly one stop per enrollment, one funeral benefit per death, overpayments once, no duplicate payment line or event. */
export async function platformFigures(): Promise<Record<string, number>> {
  const figures: Record<string, number> = {
    deathsRecorded: await count('civil-registration', 'SELECT count(*) AS n FROM death_record'),
    funeralBenefits: await count('civil-registration', `SELECT count(*) AS n FROM funeral_benefit WHERE basis = 'DIBAO_TEKUN'`),
    funeralBenefitEvents: await count('civil-registration', `SELECT count(*) AS n FROM outbox WHERE routing_key = 'civil-registration.funeral-benefit.granted.v1'`),
    dibaoEnrollmentsStopped: await count('social-assistance', `SELECT count(*) AS n FROM enrollment WHERE stop_reason = 'DECEASED' AND stop_from_month = '2024-09'`),
    dibaoEnrollments: await count('social-assistance', 'SELECT count(*) AS n FROM enrollment'),
    dibaoStopEvents: await count('social-assistance', `SELECT count(*) AS n FROM outbox WHERE routing_key = 'social-assistance.enrollment.stopped.v1'`),
    // Stopped from the month after the death; the reason is DECEASED, or the end of 低保 when
    // social-assistance's stop reached elderly-care before the death itself (both are right).
    allowancesStopped: await count('elderly-care', `SELECT count(*) AS n FROM allowance WHERE stop_from_month = '2024-09'`),
    allowances: await count('elderly-care', 'SELECT count(*) AS n FROM allowance'),
    allowanceStopEvents: await count('elderly-care', `SELECT count(*) AS n FROM outbox WHERE routing_key = 'elderly-care.allowance.stopped.v1'`),
    dinersDeactivated: await count('canteen', 'SELECT count(*) AS n FROM diner WHERE NOT active AND deceased_on IS NOT NULL'),
    dibaoOverpayments: await count('social-assistance', 'SELECT count(*) AS n FROM overpayment'),
    dibaoOverpaidCases: await count('social-assistance', `SELECT count(DISTINCT l.case_id) AS n FROM payment_line l JOIN assistance_case c ON c.id = l.case_id WHERE l.kind = 'REGULAR' AND l.month >= c.stop_from_month`),
    allowanceOverpayments: await count('elderly-care', 'SELECT count(*) AS n FROM overpayment'),
    allowancesOverpaid: await count('elderly-care', 'SELECT count(DISTINCT p.allowance_id) AS n FROM allowance_payment p JOIN allowance a ON a.id = p.allowance_id WHERE p.month >= a.stop_from_month'),
    dibaoPaymentLines: await count('social-assistance', 'SELECT count(*) AS n FROM payment_line'),
    duplicatePaymentLines:
      (await count('social-assistance', 'SELECT count(*) AS n FROM (SELECT 1 FROM payment_line GROUP BY case_id, month, kind HAVING count(*) > 1) d')) +
      (await count('elderly-care', 'SELECT count(*) AS n FROM (SELECT 1 FROM allowance_payment GROUP BY allowance_id, month HAVING count(*) > 1) d')),
    duplicateEvents: 0,
  };
  // The same effect published twice would show as two events about one enrollment, allowance or death.
  figures.duplicateEvents =
    (await count('social-assistance', `SELECT count(*) AS n FROM (SELECT 1 FROM outbox WHERE routing_key = 'social-assistance.enrollment.stopped.v1' GROUP BY envelope->'data'->>'enrollmentId' HAVING count(*) > 1) d`)) +
    (await count('elderly-care', `SELECT count(*) AS n FROM (SELECT 1 FROM outbox WHERE routing_key = 'elderly-care.allowance.stopped.v1' GROUP BY envelope->'data'->>'allowanceId' HAVING count(*) > 1) d`)) +
    (await count('civil-registration', `SELECT count(*) AS n FROM (SELECT 1 FROM outbox WHERE routing_key = 'civil-registration.funeral-benefit.granted.v1' GROUP BY envelope->'data'->>'deathId' HAVING count(*) > 1) d`)) +
    (await count('social-assistance', `SELECT count(*) AS n FROM (SELECT 1 FROM outbox WHERE routing_key = 'social-assistance.overpayment.detected.v1' GROUP BY envelope->'data'->>'householdId', envelope->'data'->>'residentId' HAVING count(*) > 1) d`));
  return figures;
}

/** The figures a run of `population` deaths must end with (the overpaid counts compared with themselves). */
export function expectedFigures(population: number, figures: Record<string, number>): Record<string, number> {
  return {
    deathsRecorded: population,
    funeralBenefits: population,
    funeralBenefitEvents: population,
    dibaoEnrollmentsStopped: population,
    dibaoEnrollments: population,
    dibaoStopEvents: population,
    allowancesStopped: 2 * population,
    allowances: 2 * population,
    allowanceStopEvents: 2 * population,
    dinersDeactivated: population,
    dibaoOverpayments: figures.dibaoOverpaidCases,
    dibaoOverpaidCases: population,
    allowanceOverpayments: figures.allowancesOverpaid,
    allowancesOverpaid: figures.allowancesOverpaid,
    dibaoPaymentLines: 3 * population,
    duplicatePaymentLines: 0,
    duplicateEvents: 0,
  };
}

/** The rows of the docs' table. */
export function markdownTable(results: ScenarioResult[], perScenario: WindowFigures[], figures: Record<string, number>, dlq: Array<[string, number]>, timings: Record<string, number>): string {
  const s = (ms: number) => (Number.isNaN(ms) ? 'did not recover' : `${(ms / 1000).toFixed(1)} s`);
  const rows = results.map((r, i) => {
    const w = perScenario[i];
    return `| ${r.scenario} | ${r.target} | ${s(r.at)} | ${s(r.faultMs)} | ${r.deathsDuring} | ${w.deaths} | ${w.dibaoStops} / ${w.allowanceStops} / ${w.dinersDeactivated} | ${w.funeralBenefits} | ${s(r.recoveryMs)} | ${r.detail} |`;
  });
  const dlqTotal = dlq.reduce((sum, [, n]) => sum + n, 0);
  return [
    '| scenario | target | at | fault lasted | deaths accepted during the fault | deaths in its window | 低保 / allowance / diner stops | funeral benefits | recovery | note |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
    `| whole stream | all | | ${s(timings.streamMs)} | ${figures.deathsRecorded} | ${figures.deathsRecorded} | ${figures.dibaoEnrollmentsStopped} / ${figures.allowancesStopped} / ${figures.dinersDeactivated} | ${figures.funeralBenefits} | settled ${s(timings.settleMs)} after the stream | duplicate payment lines ${figures.duplicatePaymentLines}, duplicate events ${figures.duplicateEvents}, DLQ depth ${dlqTotal} |`,
  ].join('\n');
}
