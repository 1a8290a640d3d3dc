// A month's reconciliation per programme (DOMAIN §8): every approved line is in exactly one state,
// so approved = paid + failed + pending + held + awaiting + refused, in lines and in fen. The
// states are counted from the tables that hold them, independently of the approved count, so a
// line lost or counted twice shows as a difference instead of vanishing in the arithmetic. The
// approved lines are also held against what the intake recorded per chunk. Pure.

/** Where an approved line stands: paid or failed by the bank's return; pending in a batch not yet
 * returned; held without a usable account; awaiting the next assembly; refused (a re-issue that
 * may not be paid). */
export const LINE_STATES = ['PAID', 'FAILED', 'PENDING', 'HELD', 'AWAITING', 'REFUSED'] as const;
export type LineState = (typeof LINE_STATES)[number];

export interface Tally {
  lines: number;
  amountFen: number;
}

export interface ProgrammeCount extends Tally {
  programme: string;
}

export interface StateCount extends ProgrammeCount {
  state: LineState;
}

export interface ProgrammeReconciliation {
  programme: string;
  approved: Tally;
  paid: Tally;
  failed: Tally;
  pending: Tally;
  held: Tally;
  awaiting: Tally;
  refused: Tally;
  /** approved − (paid + failed + pending + held + awaiting + refused); zero when balanced. */
  difference: Tally;
  balanced: boolean;
}

export interface Reconciliation {
  month: string;
  programmes: ProgrammeReconciliation[];
  total: Omit<ProgrammeReconciliation, 'programme'>;
  /** New lines and their amounts as recorded chunk by chunk when the approvals arrived. */
  intake: Tally;
  /** Every programme balances and the approved lines are the lines the intake recorded. */
  balanced: boolean;
}

const zero = (): Tally => ({ lines: 0, amountFen: 0 });
const add = (a: Tally, b: Tally): Tally => ({ lines: a.lines + b.lines, amountFen: a.amountFen + b.amountFen });
const minus = (a: Tally, b: Tally): Tally => ({ lines: a.lines - b.lines, amountFen: a.amountFen - b.amountFen });
const KEY: Record<LineState, keyof Omit<ProgrammeReconciliation, 'programme' | 'approved' | 'difference' | 'balanced'>> = {
  PAID: 'paid',
  FAILED: 'failed',
  PENDING: 'pending',
  HELD: 'held',
  AWAITING: 'awaiting',
  REFUSED: 'refused',
};

function settle(programme: string, approved: Tally, states: Partial<Record<LineState, Tally>>): ProgrammeReconciliation {
  const row = {
    programme,
    approved,
    ...Object.fromEntries(LINE_STATES.map((s) => [KEY[s], states[s] ?? zero()])),
  } as Omit<ProgrammeReconciliation, 'difference' | 'balanced'>;
  const accounted = LINE_STATES.reduce((sum, s) => add(sum, row[KEY[s]]), zero());
  const difference = minus(approved, accounted);
  return { ...row, difference, balanced: difference.lines === 0 && difference.amountFen === 0 };
}

export function reconcile(month: string, approved: readonly ProgrammeCount[], states: readonly StateCount[], intake: Tally): Reconciliation {
  const programmes = [...new Set([...approved.map((a) => a.programme), ...states.map((s) => s.programme)])].sort();
  const rows = programmes.map((programme) => {
    const own = approved.filter((a) => a.programme === programme).reduce(add, zero());
    const byState: Partial<Record<LineState, Tally>> = {};
    for (const s of states.filter((x) => x.programme === programme)) byState[s.state] = add(byState[s.state] ?? zero(), s);
    return settle(programme, own, byState);
  });
  const totalStates = Object.fromEntries(LINE_STATES.map((s) => [s, rows.reduce((sum, r) => add(sum, r[KEY[s]]), zero())])) as Record<LineState, Tally>;
  const { programme: _all, ...total } = settle('*', rows.reduce((sum, r) => add(sum, r.approved), zero()), totalStates);
  const intakeMatches = intake.lines === total.approved.lines && intake.amountFen === total.approved.amountFen;
  return { month, programmes: rows, total, intake, balanced: total.balanced && rows.every((r) => r.balanced) && intakeMatches };
}
