import { summariseKeys } from './policy-key-summary';

const row = (key: string, effectiveFrom: string, effectiveTo: string | null, value: unknown) => ({ key, effectiveFrom, effectiveTo, value });

describe('summariseKeys', () => {
  const rows = [
    row('s.standard', '2024-07-01', null, 73500),
    row('s.standard', '2023-07-01', '2024-06-30', 72800),
    row('s.cap', '2025-01-01', null, 3),
    row('s.other', '2024-01-01', null, 1),
  ];

  it('gives each key its period in force on the date, its next period and its count, in the keys’ order', () => {
    const summary = summariseKeys(
      [
        { key: 's.standard', optional: false },
        { key: 's.cap', optional: true },
        { key: 's.missing', optional: false },
      ],
      rows,
      '2024-06-30',
    );
    expect(summary.map((s) => s.key)).toEqual(['s.standard', 's.cap', 's.missing']);
    expect(summary[0]).toMatchObject({ periods: 2, inForce: { value: 72800 }, upcoming: { value: 73500 }, overlapping: false, optional: false });
    expect(summary[1]).toMatchObject({ periods: 1, inForce: null, upcoming: { value: 3 }, optional: true });
    expect(summary[2]).toEqual({ key: 's.missing', optional: false, periods: 0, inForce: null, upcoming: null, overlapping: false });
  });

  it('takes the new period from its first day, with nothing upcoming after an open-ended one', () => {
    const [standard] = summariseKeys([{ key: 's.standard', optional: false }], rows, '2024-07-01');
    expect(standard.inForce?.value).toBe(73500);
    expect(standard.upcoming).toBeNull();
  });

  it('says when two periods cover the date', () => {
    const [clash] = summariseKeys([{ key: 's.standard', optional: false }], [...rows, row('s.standard', '2024-08-01', '2024-08-31', 1)], '2024-08-15');
    expect(clash.overlapping).toBe(true);
  });
});
