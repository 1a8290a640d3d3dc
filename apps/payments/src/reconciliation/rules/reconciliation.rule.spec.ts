import { reconcile, type StateCount } from './reconciliation.rule';

const t = (lines: number, amountFen: number) => ({ lines, amountFen });
const s = (programme: string, state: StateCount['state'], lines: number, amountFen: number): StateCount => ({ programme, state, lines, amountFen });

describe('reconcile', () => {
  const approved = [
    { programme: 'DIBAO', ...t(6, 600_000) },
    { programme: 'CANTEEN_SETTLEMENT', ...t(1, 541_500) },
  ];
  const states = [
    s('DIBAO', 'PAID', 2, 200_000),
    s('DIBAO', 'FAILED', 1, 100_000),
    s('DIBAO', 'PENDING', 1, 100_000),
    s('DIBAO', 'HELD', 1, 100_000),
    s('DIBAO', 'REFUSED', 1, 100_000),
    s('CANTEEN_SETTLEMENT', 'AWAITING', 1, 541_500),
  ];

  it('balances when every approved line is in exactly one state', () => {
    const r = reconcile('2024-08', approved, states, t(7, 1_141_500));
    expect(r.balanced).toBe(true);
    expect(r.programmes.map((p) => p.programme)).toEqual(['CANTEEN_SETTLEMENT', 'DIBAO']);
    expect(r.programmes[1]).toEqual({
      programme: 'DIBAO',
      approved: t(6, 600_000),
      paid: t(2, 200_000),
      failed: t(1, 100_000),
      pending: t(1, 100_000),
      held: t(1, 100_000),
      awaiting: t(0, 0),
      refused: t(1, 100_000),
      difference: t(0, 0),
      balanced: true,
    });
    expect(r.total).toMatchObject({ approved: t(7, 1_141_500), paid: t(2, 200_000), awaiting: t(1, 541_500), difference: t(0, 0), balanced: true });
  });

  it('shows a line counted in two states as a negative difference', () => {
    const r = reconcile('2024-08', approved, [...states, s('DIBAO', 'HELD', 1, 100_000)], t(7, 1_141_500));
    expect([r.balanced, r.programmes[1].balanced, r.programmes[1].difference]).toEqual([false, false, t(-1, -100_000)]);
  });

  it('shows a line in no state as a positive difference', () => {
    const r = reconcile('2024-08', approved, states.slice(1), t(7, 1_141_500));
    expect([r.balanced, r.programmes[1].difference, r.total.difference]).toEqual([false, t(2, 200_000), t(2, 200_000)]);
  });

  it('does not balance when the approved lines are not what the intake recorded', () => {
    expect(reconcile('2024-08', approved, states, t(8, 1_241_500)).balanced).toBe(false);
  });

  it('balances an empty month', () => {
    expect(reconcile('2024-09', [], [], t(0, 0))).toMatchObject({ programmes: [], balanced: true, total: { approved: t(0, 0), difference: t(0, 0) } });
  });
});
