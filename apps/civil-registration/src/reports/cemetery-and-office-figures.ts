// The annual figures of registration offices and cemeteries, from this service's own tables.
import type { DataSource } from 'typeorm';
import { ashBurialRate } from './rules/ash-burial-rate.rule';

export interface OfficeAndCemeteryFigures {
  registrationOffices: number;
  registrationPoints: number;
  parkRegistrationPoints: number;
  urbanCemeteries: number;
  ruralCemeteries: number;
  ruralAshHalls: number;
  ashesPlaced: number;
  ashBurialRate: number | null;
}

/** Offices that registered on some day of the year; cemeteries as recorded; the year's cremations and their ashes placed. */
export async function officeAndCemeteryFigures(dataSource: DataSource, from: string, to: string): Promise<OfficeAndCemeteryFigures> {
  const [row]: Array<Record<string, string>> = await dataSource.query(
    `WITH open_offices AS (SELECT kind FROM registration_office WHERE opened_on <= $2 AND (closed_on IS NULL OR closed_on > $1)),
          cremated AS (SELECT id FROM death_record WHERE disposal = 'CREMATION' AND date_of_death BETWEEN $1 AND $2)
     SELECT
       (SELECT count(*) FROM open_offices WHERE kind = 'OFFICE') AS offices,
       (SELECT count(*) FROM open_offices WHERE kind = 'POINT') AS points,
       (SELECT count(*) FROM open_offices WHERE kind = 'PARK_POINT') AS park_points,
       (SELECT count(*) FROM cemetery WHERE kind = 'URBAN_PUBLIC_WELFARE_CEMETERY') AS urban_cemeteries,
       (SELECT count(*) FROM cemetery WHERE kind = 'RURAL_PUBLIC_WELFARE_CEMETERY') AS rural_cemeteries,
       (SELECT count(*) FROM cemetery WHERE kind = 'RURAL_ASH_HALL') AS ash_halls,
       (SELECT count(*) FROM cremated) AS cremations,
       (SELECT count(*) FROM cremated c WHERE EXISTS (SELECT 1 FROM cemetery_allocation a WHERE a.death_id = c.id AND a.status = 'ACTIVE')) AS ashes_placed`,
    [from, to],
  );
  const n = (key: string): number => Number(row[key]);
  return {
    registrationOffices: n('offices'),
    registrationPoints: n('points'),
    parkRegistrationPoints: n('park_points'),
    urbanCemeteries: n('urban_cemeteries'),
    ruralCemeteries: n('rural_cemeteries'),
    ruralAshHalls: n('ash_halls'),
    ashesPlaced: n('ashes_placed'),
    ashBurialRate: ashBurialRate(n('cremations'), n('ashes_placed')),
  };
}
