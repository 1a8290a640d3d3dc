// The payroll's lines, computed set-based in PostgreSQL: one statement per batch of cases (by
// case id) turns payable cases into REGULAR lines, so a payroll of a million cases neither loads
// them into the process nor makes a round trip per case. The amounts follow the pure rules
// (dibao/rules/dibao-benefit.ts, tekun/rules/tekun.ts), in exact numeric arithmetic:
//   低保  (standard × counted members − their income, when positive) + Σ highest add-on per member,
//        rounded half-up to the fen at the end; rural standard = annual / 12, unrounded; a member's
//        categories are the recorded ones plus ELDERLY / MINOR derived from the birth date in the
//        resident ID (dibao/rules/age-categories.ts: the Nth birthday compared with the day the
//        month reads age on; a 29 February birthday is 1 March in common years, hence −1 day, +N
//        years, +1 day);
//   渐退期 the amount kept while in gradual exit;
//   特困  basic standard of the care form + care standard of the level (whole fen, from the policy in
//        payroll-rates.ts; the same for urban and rural),
//        paid to the institution in central care, and to a person admitted as a minor until covered_until.
// A member counts unless they died before the month (the death month is paid in full); for 低保
// also only while a member of the household and not covered by 特困 (rules/case-lifecycle.ts).
import type { YearMonth } from '@app/common/time/year-month';
import type { EntityManager } from 'typeorm';
import type { PayrollRates } from './payroll-rates';

const PAYABLE = `c.status IN ('APPROVED', 'ACTIVE', 'STOPPED') AND c.start_month <= $1 AND (c.stop_from_month IS NULL OR c.stop_from_month > $1)
  AND (c.covered_until IS NULL OR c.covered_until >= $1)`;
const IN_GRADUAL_EXIT = `c.gradual_exit_amount_fen IS NOT NULL AND c.gradual_exit_until IS NOT NULL AND c.gradual_exit_until >= $1`;

export interface ProgramSum {
  program: 'DIBAO' | 'TEKUN';
  lineCount: number;
  amountFen: string;
}

/**
 * The first payable case (by id) whose figure is not in force, or null. Run only when a figure is
 * missing, so that a missing figure refuses the payroll instead of silently skipping the case.
 */
export async function caseNeedingMissingFigure(manager: EntityManager, month: YearMonth, rates: PayrollRates): Promise<{ program: 'DIBAO' | 'TEKUN'; area: 'URBAN' | 'RURAL'; careForm: 'CENTRAL' | 'DISPERSED' | null } | null> {
  const rows = await manager.query(
    `SELECT c.program, h.area, c.care_form AS "careForm" FROM assistance_case c JOIN household h ON h.id = c.household_id
     WHERE ${PAYABLE} AND NOT (${IN_GRADUAL_EXIT})
       AND ((c.program = 'DIBAO' AND h.area = ANY ($2::text[]))
         OR (c.program = 'TEKUN' AND NOT EXISTS (SELECT 1 FROM unnest($3::text[], $4::text[]) AS t(care_form, level) WHERE t.care_form = c.care_form AND t.level = c.care_level)))
     LIMIT 1`,
    [month.toString(), Object.keys(rates.dibaoProblem), rates.tekunCareForms, rates.tekunLevels],
  );
  return rows[0] ?? null;
}

/** The id closing a batch of `size` payable cases after `afterId`, or null when fewer remain. */
export async function batchEnd(manager: EntityManager, month: YearMonth, afterId: string | null, size: number): Promise<string | null> {
  const rows: Array<{ id: string }> = await manager.query(
    `SELECT c.id FROM assistance_case c WHERE ${PAYABLE} AND ($2::uuid IS NULL OR c.id > $2) ORDER BY c.id OFFSET $3 LIMIT 1`,
    [month.toString(), afterId, size - 1],
  );
  return rows[0]?.id ?? null;
}

/**
 * The REGULAR lines of one batch of payable cases: facts per case (members counted, income,
 * add-ons of the categories recorded and derived for the month), the amount, then the insert.
 */
const REGULAR_LINES = `WITH add_on (category, percent, fixed_fen) AS (SELECT * FROM unnest($5::text[], $6::numeric[], $7::numeric[])),
     tekun (care_form, level, amount_fen) AS (SELECT * FROM unnest($8::text[], $9::text[], $10::bigint[])),
     facts AS (
       SELECT c.id, c.program, c.payee_institution, c.gradual_exit_until, c.gradual_exit_amount_fen, t.amount_fen AS tekun_fen, s.standard,
              count(*) AS members, sum(m.monthly_income_fen) AS income, sum(coalesce(a.amount, 0)) AS add_ons
       FROM assistance_case c
       JOIN household h ON h.id = c.household_id
       CROSS JOIN LATERAL (SELECT CASE h.area WHEN 'URBAN' THEN $3::numeric ELSE $4::numeric / 12 END AS standard) s
       JOIN household_member m ON m.household_id = c.household_id
         AND (c.resident_id IS NULL OR m.resident_id = c.resident_id)
         AND (m.deceased_on IS NULL OR m.deceased_on >= $11::date)
         AND (c.program = 'TEKUN' OR ((m.joined_month IS NULL OR m.joined_month <= $1) AND (m.left_month IS NULL OR m.left_month > $1)
              AND (m.dibao_excluded_from IS NULL OR m.dibao_excluded_from > $1)))
       CROSS JOIN LATERAL (SELECT to_date(substr(m.resident_id, 7, 8), 'YYYYMMDD') AS birth) b
       CROSS JOIN LATERAL (
         SELECT array_remove(array_remove(m.categories, 'ELDERLY'), 'MINOR')
           || CASE WHEN $15::int IS NOT NULL AND (b.birth - 1 + make_interval(years => $15::int))::date + 1 <= $14::date THEN ARRAY['ELDERLY'] ELSE ARRAY[]::text[] END
           || CASE WHEN $16::int IS NOT NULL AND (b.birth - 1 + make_interval(years => $16::int))::date + 1 > $14::date THEN ARRAY['MINOR'] ELSE ARRAY[]::text[] END AS categories
       ) mc
       LEFT JOIN LATERAL (
         SELECT max(CASE WHEN ao.percent IS NOT NULL THEN s.standard * ao.percent / 100 ELSE ao.fixed_fen END) AS amount
         FROM add_on ao WHERE ao.category = ANY (mc.categories)
       ) a ON c.program = 'DIBAO' AND cardinality(mc.categories) > 0
       LEFT JOIN tekun t ON c.program = 'TEKUN' AND t.care_form = c.care_form AND t.level = c.care_level
       WHERE ${PAYABLE} AND ($12::uuid IS NULL OR c.id > $12) AND ($13::uuid IS NULL OR c.id <= $13)
       GROUP BY c.id, c.program, c.payee_institution, c.gradual_exit_until, c.gradual_exit_amount_fen, t.amount_fen, s.standard
     ),
     lines AS (
       SELECT id, program, payee_institution, members,
         CASE
           WHEN gradual_exit_amount_fen IS NOT NULL AND gradual_exit_until IS NOT NULL AND gradual_exit_until >= $1 THEN gradual_exit_amount_fen
           WHEN program = 'TEKUN' THEN tekun_fen
           WHEN standard * members - income <= 0 THEN 0
           ELSE round(standard * members - income + add_ons)::bigint
         END AS amount_fen
       FROM facts
     ),
     inserted AS (
       INSERT INTO payment_line (case_id, payroll_id, program, month, members, amount_fen, payee_institution)
       SELECT id, $2, program, $1, members, amount_fen, payee_institution FROM lines WHERE amount_fen > 0
       ON CONFLICT (case_id, month) WHERE kind = 'REGULAR' DO NOTHING
       RETURNING program, amount_fen
     )
     SELECT program, count(*)::int AS "lineCount", sum(amount_fen)::text AS "amountFen" FROM inserted GROUP BY program`;

/** Inserts the REGULAR lines of the payable cases with afterId < id ≤ upToId (null: unbounded); returns what was inserted, per program. */
export async function insertRegularLines(
  manager: EntityManager,
  payrollId: string,
  month: YearMonth,
  rates: PayrollRates,
  afterId: string | null,
  upToId: string | null,
): Promise<ProgramSum[]> {
  return manager.query(REGULAR_LINES, [
    month.toString(),
    payrollId,
    rates.urbanStandard,
    rates.ruralAnnualStandard,
    rates.addOnCategories,
    rates.addOnPercents,
    rates.addOnFixedFen,
    rates.tekunCareForms,
    rates.tekunLevels,
    rates.tekunAmounts,
    month.firstDay(),
    afterId,
    upToId,
    rates.ageReadOn,
    rates.elderlyFromAge,
    rates.minorUnderAge,
  ]);
}

/** Arrears lines (补发) waiting for a payroll are paid by this one; returns them per program. */
export async function attachPendingArrears(manager: EntityManager, payrollId: string): Promise<ProgramSum[]> {
  return manager.query(
    `WITH attached AS (UPDATE payment_line SET payroll_id = $1 WHERE payroll_id IS NULL RETURNING program, amount_fen)
     SELECT program, count(*)::int AS "lineCount", sum(amount_fen)::text AS "amountFen" FROM attached GROUP BY program`,
    [payrollId],
  );
}

/** Approved cases paid for the first time become ACTIVE; returns their ids. */
export async function activatePaidCases(manager: EntityManager, payrollId: string): Promise<string[]> {
  const rows: Array<{ id: string }> = await manager.query(
    `UPDATE assistance_case c SET status = 'ACTIVE' FROM payment_line pl
     WHERE c.status = 'APPROVED' AND pl.case_id = c.id AND pl.payroll_id = $1 AND pl.kind = 'REGULAR' RETURNING c.id`,
    [payrollId],
  );
  return rows.map((r) => r.id);
}
