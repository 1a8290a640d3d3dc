// The summary at the end of a year: per kind what the plan asked and what the services answered,
// every refusal by problem code, how long it took, and what the year does not drive yet. Pure.
import { formatDuration } from './progress';
import { refusalsByCode, type Tally } from './tally';

/** What the city's year has that version 0 does not drive yet (the issue's list, by programme). */
export const NOT_DRIVEN_YET: readonly string[] = [
  'social assistance: reviews (复核) of 低保 and 特困 cases — the service lists the reviews due but takes no review outcome; 特困 of a 低保 member (TRANSFERRED_TO_TEKUN); 渐退期 (income rising through work) and stops at reviews; temporary relief paid first and documented later; hotline calls, street patrols and 回归稳固 follow-ups of vagrants; disputed 物质+服务 visits',
  'elderly care: ability assessments, cancelled home-care orders, home-care beds, admissions to institutions, elders moving away',
  'canteen: canteens opened during the year (the reference data’s 12 canteens are all loaded before the year, with their opening days), diners joining during the year, meals at full price, disputed settlement lines',
  'child welfare: visits of the risk ledger, per-child plans, the staff register (directors, supervisors, trainings)',
  'civil registration: remarriages (复婚), certificate re-issues, divorce withdrawals, funeral-benefit claimants and approvals, the exempt groups’ burials in cemetery plots, allocations released as errors',
  'payments (一卡通): overpayment recovery (冲正) after a late death; bank layout changes; accounts moving to another bank',
  'data exchange: the departments’ files (deaths from public security and hospitals)',
];

export interface SummaryInput {
  year: number;
  scale: string;
  seed: number;
  planned: Record<string, number>;
  tally: Tally;
  lastCompletedDay: string | null;
  lastDayOfYear: string;
  /** Time spent driving, over every run of this year, and by this run. */
  drivenMs: number;
  runMs: number;
  deadLetters?: Record<string, number>;
}

function row(cells: Array<string | number>, widths: number[]): string {
  return cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
}

export function summaryText(s: SummaryInput): string {
  const complete = s.lastCompletedDay === s.lastDayOfYear;
  const lines = [
    `The year ${s.year} (${s.scale}, seed ${s.seed}): ${complete ? 'complete' : `driven up to ${s.lastCompletedDay ?? 'nothing yet'}; run again to resume`}; ` +
      `${formatDuration(s.drivenMs)} of driving in all, ${formatDuration(s.runMs)} in this run.`,
    '',
  ];
  const widths = [32, 8, 8, 8, 8];
  lines.push(row(['kind', 'planned', 'done', 'present', 'refused'], widths));
  const kinds = [...new Set([...Object.keys(s.planned), ...Object.keys(s.tally.kinds)])];
  for (const kind of kinds) {
    const t = s.tally.kinds[kind] ?? { done: 0, present: 0, refused: {} };
    const refusedCount = Object.values(t.refused).reduce((a, b) => a + b, 0);
    lines.push(row([kind, s.planned[kind] ?? '—', t.done, t.present, refusedCount], widths));
  }
  const refusals = refusalsByCode(s.tally);
  lines.push('', refusals.length === 0 ? 'Refusals: none.' : 'Refusals by problem code:');
  for (const r of refusals) lines.push(`  ${r.code}  ${r.n}  (${r.kinds.join(', ')})`);
  if (s.tally.examples.length > 0) lines.push('', 'First refusals:', ...s.tally.examples.map((e) => `  ${e}`));
  const dead = Object.entries(s.deadLetters ?? {});
  lines.push('', dead.length === 0 ? 'Dead letters: none.' : `Dead letters (events whose handling failed; npm run dlq): ${dead.map(([service, n]) => `${service} ${n}`).join(', ')}`);
  lines.push('', 'Not driven yet (version 0):', ...NOT_DRIVEN_YET.map((n) => `  - ${n}`));
  return lines.join('\n');
}
