// Annual statistics (DOMAIN §4, issue capability 8): pure assembly of counted facts. No I/O.
import { CERTIFICATE_LEVEL_LABELS, CERTIFICATE_LEVELS } from '../../care-workers/rules/care-worker.rule';
import { occupancy, type Occupancy } from '../../institutions/rules/occupancy.rule';
import { operatingModelCounts } from '../../institutions/rules/operating-model.rule';

export const ABILITY_LEVELS = [0, 1, 2, 3, 4] as const;

/** The day the year's stock figures are taken: 31 December, or today while the year runs. */
export function reportAsOf(year: number, today: string): string {
  const end = `${year}-12-31`;
  return today < end ? today : end;
}

/** Counts per level 0–4, zeros included, from grouped rows. */
export function levelCounts(rows: readonly { level: number; n: number }[]): { level: number; assessments: number }[] {
  return ABILITY_LEVELS.map((level) => ({ level, assessments: rows.filter((r) => r.level === level).reduce((n, r) => n + r.n, 0) }));
}

export function bedFigures(beds: number, occupied: number, admissions: number, discharges: number): Occupancy & { admissions: number; discharges: number } {
  return { ...occupancy(beds, occupied), admissions, discharges };
}

export interface CareWorkerRow {
  operatingModel: string;
  certificateLevel: string;
  n: number;
}

/** Certified care workers at work on the report day: in all, by their institution's operating model and by certificate level. */
export function careWorkerFigures(rows: readonly CareWorkerRow[]) {
  return {
    certified: rows.reduce((n, r) => n + r.n, 0),
    byOperatingModel: operatingModelCounts(rows),
    byCertificateLevel: CERTIFICATE_LEVELS.map((level) => ({
      certificateLevel: level,
      label: CERTIFICATE_LEVEL_LABELS[level],
      count: rows.filter((r) => r.certificateLevel === level).reduce((n, r) => n + r.n, 0),
    })),
  };
}
