// The annual figures of the services around registration (offices, ceremonies, counselling,
// mediation) and of cemeteries, from this service's own tables.
import type { DataSource } from 'typeorm';
import { ashBurialRate } from './rules/ash-burial-rate.rule';

export interface ServiceFigures {
  registrationOffices: number;
  registrationPoints: number;
  parkRegistrationPoints: number;
  groupCeremonies: number;
  otherCeremonies: number;
  premaritalCounsellingCouples: number;
  divorceMediationCouples: number;
  urbanCemeteries: number;
  ruralCemeteries: number;
  ruralAshHalls: number;
  ashesPlaced: number;
  ashBurialRate: number | null;
}

/**
 * Offices open on some day of the year; ceremonies held in it; couples counselled and couples
 * (applications) mediated in it, each couple once however many sessions; cemeteries as recorded;
 * the year's cremations and how many of their ashes have a place. Each within the division
 * (`prefix`, ending in %) the record was made in.
 */
export async function serviceFigures(dataSource: DataSource, from: string, to: string, prefix: string): Promise<ServiceFigures> {
  const [row]: Array<Record<string, string>> = await dataSource.query(
    `WITH open_offices AS (SELECT kind FROM registration_office WHERE opened_on <= $2 AND (closed_on IS NULL OR closed_on > $1) AND division_code LIKE $3),
          cremated AS (SELECT id FROM death_record WHERE disposal = 'CREMATION' AND date_of_death BETWEEN $1 AND $2 AND division_code LIKE $3)
     SELECT
       (SELECT count(*) FROM open_offices WHERE kind = 'OFFICE') AS offices,
       (SELECT count(*) FROM open_offices WHERE kind = 'POINT') AS points,
       (SELECT count(*) FROM open_offices WHERE kind = 'PARK_POINT') AS park_points,
       (SELECT count(*) FROM ceremony WHERE kind = 'GROUP' AND held_on BETWEEN $1 AND $2 AND division_code LIKE $3) AS group_ceremonies,
       (SELECT count(*) FROM ceremony WHERE kind = 'OTHER' AND held_on BETWEEN $1 AND $2 AND division_code LIKE $3) AS other_ceremonies,
       (SELECT count(DISTINCT (party_a_resident_id, party_b_resident_id)) FROM counselling_session WHERE held_on BETWEEN $1 AND $2 AND division_code LIKE $3) AS counselled,
       (SELECT count(DISTINCT divorce_id) FROM mediation_session WHERE held_on BETWEEN $1 AND $2 AND division_code LIKE $3) AS mediated,
       (SELECT count(*) FROM cemetery WHERE kind = 'URBAN_PUBLIC_WELFARE_CEMETERY' AND division_code LIKE $3) AS urban_cemeteries,
       (SELECT count(*) FROM cemetery WHERE kind = 'RURAL_PUBLIC_WELFARE_CEMETERY' AND division_code LIKE $3) AS rural_cemeteries,
       (SELECT count(*) FROM cemetery WHERE kind = 'RURAL_ASH_HALL' AND division_code LIKE $3) AS ash_halls,
       (SELECT count(*) FROM cremated) AS cremations,
       (SELECT count(*) FROM cremated c WHERE EXISTS (SELECT 1 FROM cemetery_allocation a WHERE a.death_id = c.id AND a.status = 'ACTIVE')) AS ashes_placed`,
    [from, to, prefix],
  );
  const n = (key: string): number => Number(row[key]);
  return {
    registrationOffices: n('offices'),
    registrationPoints: n('points'),
    parkRegistrationPoints: n('park_points'),
    groupCeremonies: n('group_ceremonies'),
    otherCeremonies: n('other_ceremonies'),
    premaritalCounsellingCouples: n('counselled'),
    divorceMediationCouples: n('mediated'),
    urbanCemeteries: n('urban_cemeteries'),
    ruralCemeteries: n('rural_cemeteries'),
    ruralAshHalls: n('ash_halls'),
    ashesPlaced: n('ashes_placed'),
    ashBurialRate: ashBurialRate(n('cremations'), n('ashes_placed')),
  };
}
