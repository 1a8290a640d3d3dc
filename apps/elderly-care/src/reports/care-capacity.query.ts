// The parts of the annual report about capacity of care: assessments by purpose, institutions by
// operating model, certified care workers and community facility coverage, read side by side.
import { divisionCovers, divisionPrefix } from '@app/common/auth/division-scope';
import { PolicyService } from '@app/common/policy/policy.service';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { purposeCounts } from '../assessments/rules/assessment-purpose.rule';
import { COMMUNITIES_PER_TOWNSHIP_POLICY_KEY, coverage, type CoverageFacility } from '../facilities/rules/coverage.rule';
import { operatingModelCounts } from '../institutions/rules/operating-model.rule';
import type { ElderlyCarePolicies } from '../policy-catalogue';
import { careWorkerFigures } from './rules/annual-report.rule';

const num = (v: string | number | null | undefined): number => Number(v ?? 0);

@Injectable()
export class CareCapacityQuery {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: PolicyService<ElderlyCarePolicies>,
  ) {}

  /** The figures of the caller's division. */
  async read(year: number, asOf: string, division: string) {
    const prefix = `${divisionPrefix(division)}%`;
    const q = <T>(sql: string, params: unknown[]): Promise<T[]> => this.dataSource.query(sql, params);
    const [purposes, models, workers, facilities, perTownship] = await Promise.all([
      q<{ purpose: string | null; n: string }>(
        `SELECT x.purpose, count(*) AS n FROM assessment x LEFT JOIN elder e ON e.resident_id = x.resident_id
          WHERE x.assessed_on BETWEEN $1 AND $2 AND coalesce(e.region, '') LIKE $3 GROUP BY x.purpose`,
        [`${year}-01-01`, `${year}-12-31`, prefix],
      ),
      q<{ operating_model: string; institutions: string; beds: string }>(
        `SELECT i.operating_model, count(*) AS institutions, sum((SELECT count(*) FROM bed b WHERE b.institution_id = i.id)) AS beds FROM institution i
          WHERE i.division_code LIKE $1 GROUP BY i.operating_model`,
        [prefix],
      ),
      // Workers at work on the report day, each counted with their institution's model of today.
      q<{ operating_model: string; certificate_level: string; n: string }>(
        `SELECT i.operating_model, w.certificate_level, count(*) AS n FROM care_worker w JOIN institution i ON i.id = w.institution_id
          WHERE w.working_from <= $1 AND (w.working_to IS NULL OR w.working_to >= $1) AND i.division_code LIKE $2 GROUP BY i.operating_model, w.certificate_level`,
        [asOf, prefix],
      ),
      q<{ facility_type: CoverageFacility['type']; division_code: string; opened_on: string; status: CoverageFacility['status'] }>(
        `SELECT facility_type, division_code, opened_on::text AS opened_on, status FROM facility WHERE opened_on <= $1 AND division_code LIKE $2`,
        [asOf, prefix],
      ),
      this.policy.optional(COMMUNITIES_PER_TOWNSHIP_POLICY_KEY, asOf),
    ]);
    const institutions = operatingModelCounts(models.map((r) => ({ operatingModel: r.operating_model, n: num(r.institutions) })));
    const beds = operatingModelCounts(models.map((r) => ({ operatingModel: r.operating_model, n: num(r.beds) })));
    return {
      assessmentsByPurpose: purposeCounts(purposes.map((r) => ({ purpose: r.purpose, n: num(r.n) }))),
      institutionsByOperatingModel: institutions.map((m, i) => ({ operatingModel: m.operatingModel, label: m.label, institutions: m.count, beds: beds[i].count })),
      careWorkers: careWorkerFigures(workers.map((r) => ({ operatingModel: r.operating_model, certificateLevel: r.certificate_level, n: num(r.n) }))),
      facilities: coverage(
        facilities.map((r) => ({ type: r.facility_type, divisionCode: r.division_code, openedOn: r.opened_on, status: r.status })),
        // The division's townships only: a county's coverage is of its own townships.
        perTownship && { townships: perTownship.townships.filter((t) => divisionCovers(division, t.divisionCode)) },
        asOf,
      ),
    };
  }
}
