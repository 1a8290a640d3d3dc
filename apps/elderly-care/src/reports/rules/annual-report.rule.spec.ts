import { bedFigures, careWorkerFigures, levelCounts, reportAsOf } from './annual-report.rule';

describe('reportAsOf', () => {
  it.each([
    [2024, '2025-03-01', '2024-12-31'],
    [2024, '2024-12-31', '2024-12-31'],
    [2024, '2024-06-15', '2024-06-15'],
  ])('year %i on %s -> %s', (year, today, asOf) => {
    expect(reportAsOf(year, today)).toBe(asOf);
  });
});

describe('levelCounts', () => {
  it('lists every level 0-4, with zeros', () => {
    expect(levelCounts([{ level: 2, n: 3 }, { level: 4, n: 1 }])).toEqual([
      { level: 0, assessments: 0 },
      { level: 1, assessments: 0 },
      { level: 2, assessments: 3 },
      { level: 3, assessments: 0 },
      { level: 4, assessments: 1 },
    ]);
  });
});

describe('bedFigures', () => {
  it('adds the flows to the occupancy', () => {
    expect(bedFigures(1349, 1012, 300, 250)).toEqual({ beds: 1349, occupied: 1012, free: 337, occupancyPercent: 75, admissions: 300, discharges: 250 });
  });
});

describe('careWorkerFigures', () => {
  it.each([
    ['nobody', [], 0, [0, 0, 0], [0, 0, 0, 0, 0]],
    [
      'workers of public and privately run homes',
      [
        { operatingModel: 'PUBLIC', certificateLevel: 'JUNIOR', n: 20 },
        { operatingModel: 'PUBLIC', certificateLevel: 'SENIOR', n: 4 },
        { operatingModel: 'PUBLIC_BUILT_PRIVATE_RUN', certificateLevel: 'JUNIOR', n: 12 },
        { operatingModel: 'PRIVATE', certificateLevel: 'TECHNICIAN', n: 8 },
      ],
      44,
      [24, 12, 8],
      [32, 0, 4, 8, 0],
    ],
  ])('%s', (_case, rows, certified, byModel, byLevel) => {
    const figures = careWorkerFigures(rows);
    expect(figures.certified).toBe(certified);
    expect(figures.byOperatingModel.map((m) => m.count)).toEqual(byModel);
    expect(figures.byCertificateLevel.map((l) => l.count)).toEqual(byLevel);
  });
});
