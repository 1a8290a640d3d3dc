// The anchor: the rows each screen needs, read by the plainest statements straight from the
// services' databases with `pg` — no HTTP, no console, no token, no masking, no ORM. What the
// screen costs on top of this is the platform's share.
import { Pool } from 'pg';
import { databaseConfigFromEnv } from '../../libs/common/src/database/database.config';

const DATABASES = ['social_assistance', 'elderly_care', 'child_welfare', 'canteen', 'civil_registration'] as const;
type Database = (typeof DATABASES)[number];

/** Per database: who the service knows by resident ID or name, within a division prefix. */
const PEOPLE: Record<Database, { byId: string; byName: string; countByName: string }> = {
  social_assistance: {
    byId: `SELECT m.* FROM household_member m WHERE m.resident_id = $1`,
    byName: `SELECT m.resident_id, m.name FROM household_member m JOIN household h ON h.id = m.household_id WHERE h.region_code LIKE $2 AND m.name ILIKE $1 ORDER BY m.name, m.resident_id LIMIT 100`,
    countByName: `SELECT count(*) FROM household_member m JOIN household h ON h.id = m.household_id WHERE h.region_code LIKE $2 AND m.name ILIKE $1`,
  },
  elderly_care: {
    byId: `SELECT * FROM elder WHERE resident_id = $1`,
    byName: `SELECT resident_id, name FROM elder WHERE region LIKE $2 AND name ILIKE $1 ORDER BY name, resident_id LIMIT 100`,
    countByName: `SELECT count(*) FROM elder WHERE region LIKE $2 AND name ILIKE $1`,
  },
  child_welfare: {
    byId: `SELECT * FROM child WHERE resident_id = $1`,
    byName: `SELECT resident_id, name FROM child WHERE village_code LIKE $2 AND name ILIKE $1 ORDER BY name, resident_id LIMIT 100`,
    countByName: `SELECT count(*) FROM child WHERE village_code LIKE $2 AND name ILIKE $1`,
  },
  canteen: {
    byId: `SELECT * FROM diner WHERE resident_id = $1`,
    byName: `SELECT resident_id, name FROM diner WHERE name ILIKE $1 AND $2::text IS NOT NULL ORDER BY name, resident_id LIMIT 100`,
    countByName: `SELECT count(*) FROM diner WHERE name ILIKE $1 AND $2::text IS NOT NULL`,
  },
  civil_registration: {
    byId: `SELECT * FROM death_record WHERE resident_id = $1`,
    byName: `SELECT resident_id, name FROM death_record WHERE division_code LIKE $2 AND name ILIKE $1 ORDER BY name, resident_id LIMIT 100`,
    countByName: `SELECT count(*) FROM death_record WHERE division_code LIKE $2 AND name ILIKE $1`,
  },
};

/** The first page of 待入户调查 (applications waiting for investigation), oldest first, with its count. */
const WORK_LIST_FIRST_PAGE = `SELECT c.id, c.program, c.status, c.applied_on FROM assistance_case c JOIN household h ON h.id = c.household_id
  WHERE h.region_code LIKE $1 AND c.program = 'DIBAO' AND c.status = 'APPLIED' ORDER BY c.applied_on, c.id LIMIT 20`;
const WORK_LIST_COUNT = `SELECT count(*) FROM assistance_case c JOIN household h ON h.id = c.household_id WHERE h.region_code LIKE $1 AND c.program = 'DIBAO' AND c.status = 'APPLIED'`;

export class RawAnchor {
  private readonly pools = new Map<Database, Pool>(DATABASES.map((db) => [db, new Pool({ ...databaseConfigFromEnv(db), max: 4 })]));

  private pool(db: Database): Pool {
    return this.pools.get(db)!;
  }

  /** Milliseconds for every database's look-up of one resident ID, in parallel. */
  async byResidentId(residentId: string): Promise<number> {
    return timed(DATABASES.map((db) => this.pool(db).query(PEOPLE[db].byId, [residentId])));
  }

  /** Milliseconds for every database's first 100 matches of a name and their count, in parallel. */
  async byName(name: string, divisionPrefix: string): Promise<number> {
    const pattern = `%${name}%`;
    return timed(DATABASES.flatMap((db) => [this.pool(db).query(PEOPLE[db].byName, [pattern, `${divisionPrefix}%`]), this.pool(db).query(PEOPLE[db].countByName, [pattern, `${divisionPrefix}%`])]));
  }

  async workListFirstPage(divisionPrefix: string): Promise<number> {
    const db = this.pool('social_assistance');
    return timed([db.query(WORK_LIST_FIRST_PAGE, [`${divisionPrefix}%`]), db.query(WORK_LIST_COUNT, [`${divisionPrefix}%`])]);
  }

  /** The township with the most children: the overdue-visit list is a township supervisor's. */
  async busiestTownship(): Promise<string> {
    const { rows } = await this.pool('child_welfare').query('SELECT township_code FROM child GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1');
    return rows[0].township_code as string;
  }

  /** Rows the bench would look in: a platform without the city's population gives meaningless figures. */
  async loadedCounts(): Promise<Record<string, number>> {
    const count = async (db: Database, table: string): Promise<number> => Number((await this.pool(db).query(`SELECT count(*) AS n FROM ${table}`)).rows[0].n);
    return {
      elders: await count('elderly_care', 'elder'),
      householdMembers: await count('social_assistance', 'household_member'),
      children: await count('child_welfare', 'child'),
      diners: await count('canteen', 'diner'),
      cases: await count('social_assistance', 'assistance_case'),
    };
  }

  async close(): Promise<void> {
    await Promise.all([...this.pools.values()].map((pool) => pool.end()));
  }
}

async function timed(queries: Array<Promise<unknown>>): Promise<number> {
  const started = performance.now();
  await Promise.all(queries);
  return performance.now() - started;
}
