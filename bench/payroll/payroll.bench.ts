// bench/payroll: the monthly payroll of N active enrollments (default 1,000,000) through the real
// code path (PayrollService.run, what POST /api/v1/payrolls calls), compared in the same run with
// a raw PostgreSQL COPY of the same number of rows into an equivalent table.
// Usage: npm run bench:payroll [-- --enrollments 1000000]
//
// Everything lives in a throwaway database, vhost and Redis prefix of this run, removed at the end.
import { Client } from 'pg';
import { PolicyService } from '../../libs/common/src/policy/policy.service';
import { runService } from '@app/service-kit';
import { AppModule } from '../../apps/social-assistance/src/app.module';
import { addOnFor, dibaoBenefitFen, monthlyStandard, type AddOnTable, type Area } from '../../apps/social-assistance/src/dibao/rules/dibao-benefit.rule';
import { PayrollService } from '../../apps/social-assistance/src/payroll/payroll.service';
import { SERVICE } from '../../apps/social-assistance/src/service.definition';
import { tekunMonthlyFen } from '../../apps/social-assistance/src/tekun/rules/tekun.rule';
import { BenchEnvironment } from '../pipeline/bench-env';
import { benchArgs } from '../bench-args';
import { BENCH_PG, copyAnchor, copyLine } from '../copy-anchor';

const { enrollments: N } = benchArgs('bench:payroll', { enrollments: 1_000_000 });
const MONTH = '2024-08';
const TODAY = '2024-08-20';

// The city's figures (README of social-assistance); the bench seeds them as policy rows.
const URBAN_FEN = 73500;
const RURAL_FEN_PER_YEAR = 643100;
const ADD_ONS: AddOnTable = { ELDERLY: { percent: 10 }, SEVERELY_DISABLED: { percent: 15 }, SERIOUSLY_ILL: { percent: 10 }, MINOR: { fixedFen: 5000 }, SINGLE_PARENT: { percent: 10 } };
const CARE_FEN = { FULL_SELF_CARE: 10000, PARTIAL_CARE: 30000, FULL_CARE: 60000 };
const TEKUN_BASIC_FEN = { DISPERSED: 95600, CENTRAL: 95600 };

const seconds = (t0: number): number => (performance.now() - t0) / 1000;
const mib = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(0)} MiB`;

async function seedPolicy(policy: PolicyService): Promise<void> {
  const rows: Array<[string, unknown]> = [
    ['social-assistance.dibao.standard.urban-fen-per-month', URBAN_FEN],
    ['social-assistance.dibao.standard.rural-fen-per-year', RURAL_FEN_PER_YEAR],
    ['social-assistance.dibao.classified-addons', ADD_ONS],
    ['social-assistance.dibao.asset-limit-months', 24],
    ['social-assistance.tekun.basic-standard.dispersed-fen-per-month', TEKUN_BASIC_FEN.DISPERSED],
    ['social-assistance.tekun.basic-standard.central-fen-per-month', TEKUN_BASIC_FEN.CENTRAL],
    ['social-assistance.tekun.care-standard-fen-per-month', CARE_FEN],
  ];
  for (const [key, value] of rows) await policy.add({ key, value, effectiveFrom: '2024-07-01' });
}

/**
 * N one-person households, each with one ACTIVE case and its enrollment, paid from 2024-07: 90 %
 * 低保 (a quarter rural; incomes 0–499 yuan; some with add-on categories), 10 % 特困 (care levels
 * in turn). Every case yields exactly one line, so lines = enrollments = COPY rows.
 */
async function seedCases(db: Client): Promise<void> {
  await db.query(`SET synchronous_commit = off`);
  await db.query(`CREATE UNLOGGED TABLE bench_ids AS SELECT i, gen_random_uuid() AS household_id, gen_random_uuid() AS case_id,
                    lpad(i::text, 18, '0') AS resident_id FROM generate_series(1, $1::int) AS i`, [N]);
  await db.query(`INSERT INTO household (id, area, region_code, financial_assets_fen, created_by)
                  SELECT household_id, CASE WHEN i % 4 = 0 THEN 'RURAL' ELSE 'URBAN' END, '110105001', 0, 'bench' FROM bench_ids`);
  await db.query(`INSERT INTO household_member (household_id, resident_id, name, relation, incomes, monthly_income_fen, categories)
                  SELECT household_id, resident_id, '居民', 'APPLICANT', jsonb_build_array(jsonb_build_object('source', 'PENSION', 'monthlyFen', (i % 500) * 100)),
                         (i % 500) * 100,
                         CASE WHEN i % 11 = 0 THEN ARRAY['SEVERELY_DISABLED', 'SERIOUSLY_ILL'] WHEN i % 7 = 0 THEN ARRAY['SINGLE_PARENT'] ELSE ARRAY[]::text[] END
                  FROM bench_ids`);
  await db.query(`INSERT INTO assistance_case (id, program, household_id, status, applied_on, applied_by, decided_on, decided_by, start_month, resident_id, care_form, care_level)
                  SELECT case_id, CASE WHEN i % 10 = 0 THEN 'TEKUN' ELSE 'DIBAO' END, household_id, 'ACTIVE', '2024-06-10', 'bench-clerk', '2024-06-20', 'bench-approver', '2024-07',
                         CASE WHEN i % 10 = 0 THEN resident_id END,
                         CASE WHEN i % 10 = 0 THEN 'DISPERSED' END,
                         CASE WHEN i % 10 <> 0 THEN NULL WHEN i % 3 = 0 THEN 'FULL_SELF_CARE' WHEN i % 3 = 1 THEN 'PARTIAL_CARE' ELSE 'FULL_CARE' END
                  FROM bench_ids`);
  await db.query(`INSERT INTO enrollment (case_id, household_id, resident_id, program, start_month)
                  SELECT case_id, household_id, resident_id, CASE WHEN i % 10 = 0 THEN 'TEKUN' ELSE 'DIBAO' END, '2024-07' FROM bench_ids`);
  await db.query(`DROP TABLE bench_ids`);
  await db.query(`RESET synchronous_commit`);
  await db.query(`VACUUM ANALYZE household, household_member, assistance_case, enrollment, payment_line`);
}

/** Recomputes a sample of lines with the pure rules in TypeScript; returns the mismatches. */
async function checkSample(db: Client, payrollId: string, size: number): Promise<number> {
  const { rows } = await db.query(
    `SELECT pl.amount_fen::float8 AS amount, c.program, c.care_level, h.area, m.monthly_income_fen::float8 AS income, m.categories
     FROM payment_line pl JOIN assistance_case c ON c.id = pl.case_id JOIN household h ON h.id = c.household_id JOIN household_member m ON m.household_id = h.id
     WHERE pl.payroll_id = $1 ORDER BY random() LIMIT $2`,
    [payrollId, size],
  );
  let mismatches = 0;
  for (const r of rows as Array<{ amount: number; program: string; care_level: keyof typeof CARE_FEN; area: Area; income: number; categories: string[] }>) {
    const standard = monthlyStandard(r.area, r.area === 'URBAN' ? URBAN_FEN : RURAL_FEN_PER_YEAR);
    const expected =
      r.program === 'TEKUN' ? tekunMonthlyFen('DISPERSED', r.care_level, TEKUN_BASIC_FEN, CARE_FEN) : dibaoBenefitFen([{ monthlyIncomeFen: r.income, categories: r.categories }], standard, ADD_ONS);
    if (expected !== r.amount) {
      mismatches += 1;
      if (mismatches <= 5) console.log(`  mismatch: ${JSON.stringify(r)} expected ${expected} (add-on ${addOnFor({ monthlyIncomeFen: r.income, categories: r.categories }, standard, ADD_ONS)})`);
    }
  }
  return mismatches;
}

async function main(): Promise<void> {
  const env = new BenchEnvironment();
  await env.setUp();
  const database = await env.database('payroll');
  Object.assign(process.env, { DB_NAME: database, AMQP_URL: env.amqpUrl, REDIS_KEY_PREFIX: `cap-bench:${env.id}:`, CLOCK_FIXED_DATE: TODAY, LOG_LEVEL: 'warn' });
  const service = await runService(AppModule, SERVICE, { port: 0 });
  const db = new Client({ ...BENCH_PG, database });
  await db.connect();
  try {
    await seedPolicy(service.app.get(PolicyService));
    let t0 = performance.now();
    await seedCases(db);
    console.log(`bench/payroll: ${N.toLocaleString('en')} active enrollments (one-person cases: 90 % 低保, 10 % 特困), payroll for ${MONTH}`);
    console.log(`  seeded in ${seconds(t0).toFixed(1)} s (not timed below)`);

    // The payroll, through the service method that POST /api/v1/payrolls calls.
    const payroll = service.app.get(PayrollService);
    await db.query('CHECKPOINT');
    const heapBefore = process.memoryUsage().heapUsed;
    t0 = performance.now();
    const run = await payroll.run(MONTH, { sub: 'bench-approver', roles: ['approver'], division: '110105' });
    const payrollSeconds = seconds(t0);
    const heapAfter = process.memoryUsage().heapUsed;
    const lines = run.payroll.lineCount;
    if (!run.created || lines !== N) throw new Error(`expected ${N} lines in a new payroll, got ${lines} (created ${run.created})`);
    t0 = performance.now();
    const rerun = await payroll.run(MONTH, { sub: 'bench-approver', roles: ['approver'], division: '110105' });
    const rerunSeconds = seconds(t0);
    const stored = Number((await db.query(`SELECT count(*) AS n FROM payment_line WHERE month = $1`, [MONTH])).rows[0].n);
    if (rerun.created || stored !== N) throw new Error(`the rerun changed something: created ${rerun.created}, ${stored} lines`);
    const mismatches = await checkSample(db, run.payroll.id, 2000);

    // The same rows, COPY'd into a table like payment_line: same columns, defaults, checks, indexes and foreign keys.
    const copy = await copyAnchor(db, database, {
      table: 'payment_line',
      columns: 'case_id, payroll_id, program, month, members, amount_fen, kind',
      where: `payroll_id = '${run.payroll.id}'`,
      alter: 'ADD FOREIGN KEY (case_id) REFERENCES assistance_case (id), ADD FOREIGN KEY (payroll_id) REFERENCES payroll (id)',
      rows: N,
    });

    const { DIBAO, TEKUN } = run.payroll.totals;
    console.log(`  payroll  : ${payrollSeconds.toFixed(2)} s for ${lines.toLocaleString('en')} lines = ${(lines / payrollSeconds).toFixed(0)} lines/s`);
    console.log(`             totals 低保 ${DIBAO.lineCount} lines ${DIBAO.amountFen} fen, 特困 ${TEKUN.lineCount} lines ${TEKUN.amountFen} fen; heap ${mib(heapBefore)} -> ${mib(heapAfter)}`);
    console.log(`             rerun ${rerunSeconds.toFixed(2)} s, nothing changed; ${mismatches} mismatches in 2,000 lines recomputed with the pure rules`);
    console.log(copyLine(copy));
    console.log(`  ratio    : payroll / COPY = ${(payrollSeconds / copy.seconds).toFixed(2)} (goal ≤ 2)`);
  } finally {
    await db.end();
    await service.app.close();
    await env.tearDown();
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
