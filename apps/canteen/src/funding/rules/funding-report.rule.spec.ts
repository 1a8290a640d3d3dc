import { fundingReport, type FundingCanteen, type FundingSumRow } from './funding-report.rule';

const canteens: FundingCanteen[] = [
  { canteenId: 'b', canteenName: 'B食堂', operatingMode: 'CHAIN' },
  { canteenId: 'a', canteenName: 'A食堂', operatingMode: 'SELF_RUN' },
  { canteenId: 'c', canteenName: 'C食堂', operatingMode: 'CHAIN' },
];

describe('fundingReport', () => {
  it.each<[string, FundingSumRow[], [number, number, number], Record<string, [number, number, number]>]>([
    ['no funding: zeros everywhere', [], [0, 0, 0], { SELF_RUN: [0, 0, 0], CHAIN: [0, 0, 0] }],
    [
      'build subsidy and social capital added up per mode',
      [
        { canteenId: 'a', kind: 'BUILD_SUBSIDY', amountFen: 10_000_000 },
        { canteenId: 'b', kind: 'BUILD_SUBSIDY', amountFen: 5_000_000 },
        { canteenId: 'c', kind: 'BUILD_SUBSIDY', amountFen: 3_000_000 },
        { canteenId: 'c', kind: 'SOCIAL_CAPITAL', amountFen: 8_000_000 },
        { canteenId: 'b', kind: 'OPERATING_SUBSIDY', amountFen: 120_000 },
      ],
      [18_000_000, 120_000, 8_000_000],
      { SELF_RUN: [10_000_000, 0, 0], CHAIN: [8_000_000, 120_000, 8_000_000] },
    ],
    ['a row of a canteen the report does not know is left out', [{ canteenId: 'gone', kind: 'SOCIAL_CAPITAL', amountFen: 1 }], [0, 0, 0], { CHAIN: [0, 0, 0] }],
  ])('%s', (_case, sums, totals, modes) => {
    const report = fundingReport(canteens, sums);
    expect([report.buildSubsidyFen, report.operatingSubsidyFen, report.socialCapitalFen]).toEqual(totals);
    for (const [mode, expected] of Object.entries(modes)) {
      const line = report.byOperatingMode.find((m) => m.operatingMode === mode)!;
      expect([line.buildSubsidyFen, line.operatingSubsidyFen, line.socialCapitalFen]).toEqual(expected);
    }
  });

  it('lists every canteen by name with its mode label, and every mode with its canteens', () => {
    const report = fundingReport(canteens, [{ canteenId: 'c', kind: 'SOCIAL_CAPITAL', amountFen: 700 }]);
    expect(report.byCanteen.map((c) => [c.canteenName, c.operatingModeLabel, c.socialCapitalFen])).toEqual([
      ['A食堂', '自营', 0],
      ['B食堂', '连锁经营', 0],
      ['C食堂', '连锁经营', 700],
    ]);
    expect(report.byOperatingMode.map((m) => [m.operatingMode, m.operatingModeLabel, m.canteens])).toEqual([
      ['SELF_RUN', '自营', 1],
      ['ENTRUSTED', '委托运营', 0],
      ['CHAIN', '连锁经营', 2],
      ['MUTUAL_AID', '邻里互助', 0],
    ]);
  });
});
