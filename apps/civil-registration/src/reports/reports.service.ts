import type { Principal } from '@app/common/auth/claims';
import { divisionPrefix } from '@app/common/auth/division-scope';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AnnualReportDto } from './dto/annual-report.dto';
import { serviceFigures } from './service-figures';
import { cremationRate } from './rules/cremation-rate.rule';

/**
 * The figures of the bureau's annual summary, counted from this service's own tables, for the
 * caller's division (a county reports its own): a marriage, divorce or death by the division it
 * was recorded in, a re-issue by its marriage's, a benefit by its death's, a place name by its region.
 */
@Injectable()
export class ReportsService {
  constructor(private readonly dataSource: DataSource) {}

  async annual(principal: Principal, year: number): Promise<AnnualReportDto> {
    const from = `${year}-01-01`;
    const to = `${year}-12-31`;
    const prefix = `${divisionPrefix(principal.division)}%`;
    const [row]: Array<Record<string, string>> = await this.dataSource.query(
      `SELECT
         (SELECT count(*) FROM marriage WHERE registered_on BETWEEN $1 AND $2 AND division_code LIKE $3) AS marriages,
         (SELECT count(*) FROM marriage WHERE kind = 'RETROACTIVE' AND registered_on BETWEEN $1 AND $2 AND division_code LIKE $3) AS retroactive,
         (SELECT count(*) FROM marriage WHERE kind = 'REMARRIAGE' AND registered_on BETWEEN $1 AND $2 AND division_code LIKE $3) AS remarriages,
         (SELECT count(*) FROM marriage_certificate_reissue r JOIN marriage m ON m.id = r.marriage_id WHERE r.reissued_on BETWEEN $1 AND $2 AND m.division_code LIKE $3) AS reissues,
         (SELECT count(*) FROM divorce WHERE applied_on BETWEEN $1 AND $2 AND division_code LIKE $3) AS divorce_applications,
         (SELECT count(*) FROM divorce WHERE status = 'REGISTERED' AND registered_on BETWEEN $1 AND $2 AND division_code LIKE $3) AS divorce_registrations,
         (SELECT count(*) FROM divorce WHERE status = 'WITHDRAWN' AND withdrawn_on BETWEEN $1 AND $2 AND division_code LIKE $3) AS withdrawn,
         (SELECT count(*) FROM divorce WHERE status = 'DEEMED_WITHDRAWN' AND withdrawn_on BETWEEN $1 AND $2 AND division_code LIKE $3) AS deemed_withdrawn,
         (SELECT count(*) FROM death_record WHERE date_of_death BETWEEN $1 AND $2 AND division_code LIKE $3) AS deaths,
         (SELECT count(*) FROM death_record WHERE disposal = 'BURIAL' AND date_of_death BETWEEN $1 AND $2 AND division_code LIKE $3) AS burials,
         (SELECT count(*) FROM death_record WHERE disposal = 'CREMATION' AND date_of_death BETWEEN $1 AND $2 AND division_code LIKE $3) AS cremations,
         (SELECT count(*) FROM funeral_benefit b JOIN death_record d ON d.id = b.death_id WHERE b.granted_on BETWEEN $1 AND $2 AND d.division_code LIKE $3) AS benefits,
         (SELECT coalesce(sum(b.amount_fen), 0) FROM funeral_benefit b JOIN death_record d ON d.id = b.death_id WHERE b.granted_on BETWEEN $1 AND $2 AND d.division_code LIKE $3) AS benefit_fen,
         (SELECT count(*) FROM place_name WHERE kind = 'NAMING' AND recorded_on BETWEEN $1 AND $2 AND region_code LIKE $3) AS named,
         (SELECT count(*) FROM place_name WHERE kind = 'RURAL_COLLECTION' AND recorded_on BETWEEN $1 AND $2 AND region_code LIKE $3) AS collected`,
      [from, to, prefix],
    );
    const n = (key: string): number => Number(row[key]);
    // Burials are only ever recorded for exempt groups: a non-exempt burial is refused at registration.
    const exemptBurials = n('burials');
    return {
      year,
      marriages: n('marriages'),
      retroactiveRegistrations: n('retroactive'),
      remarriages: n('remarriages'),
      reRegistrations: n('retroactive') + n('remarriages'),
      certificateReissues: n('reissues'),
      divorceApplications: n('divorce_applications'),
      divorceRegistrations: n('divorce_registrations'),
      divorcesWithdrawn: n('withdrawn'),
      divorcesDeemedWithdrawn: n('deemed_withdrawn'),
      deaths: n('deaths'),
      exemptBurials,
      cremations: n('cremations'),
      cremationRate: cremationRate(n('deaths'), n('cremations'), exemptBurials),
      funeralBenefitsGranted: n('benefits'),
      funeralBenefitTotalFen: n('benefit_fen'),
      placeNamesNamed: n('named'),
      placeNamesCollected: n('collected'),
      ...(await serviceFigures(this.dataSource, from, to, prefix)),
    };
  }
}
