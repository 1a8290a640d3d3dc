import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { PG, testDatabaseName } from '../../../../test/support/test-env';
import { createDeathNoticeTable, DeathNoticeTable } from './death-notice.table';
import { createEnrollmentSpellTable, EnrollmentSpellTable } from './enrollment-spell.table';

const DATABASE = testDatabaseName('common_read_models');
const RESIDENT = '11010519491231002X';

async function admin(sql: string): Promise<void> {
  const client = new Client({ ...PG, database: 'postgres' });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

describe('the shared read models against real PostgreSQL', () => {
  let dataSource: DataSource;
  const spells = new EnrollmentSpellTable('test_enrollment');
  const deaths = new DeathNoticeTable('test_death');

  beforeAll(async () => {
    await admin(`DROP DATABASE IF EXISTS "${DATABASE}" WITH (FORCE)`);
    await admin(`CREATE DATABASE "${DATABASE}"`);
    dataSource = new DataSource({ type: 'postgres', host: PG.host, port: PG.port, username: PG.user, password: PG.password, database: DATABASE });
    await dataSource.initialize();
    const runner = dataSource.createQueryRunner();
    await createEnrollmentSpellTable(runner, 'test_enrollment', ['care_form varchar(10)']);
    await createDeathNoticeTable(runner, 'test_death', ['received_at timestamptz']);
    await runner.release();
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await admin(`DROP DATABASE IF EXISTS "${DATABASE}" WITH (FORCE)`);
  });

  const spellOf = async (enrollmentId: string) =>
    (await dataSource.query(`SELECT resident_id, from_month, stop_from_month, care_form FROM test_enrollment WHERE enrollment_id = $1`, [enrollmentId]))[0];

  it('keeps the earliest start and the earliest stop, whatever order the events arrive in', async () => {
    const fact = { residentId: RESIDENT.toLowerCase(), program: 'TEKUN' };
    const orders = [
      ['start', 'stop-late', 'stop-early'],
      ['stop-early', 'start', 'stop-late'],
      ['stop-late', 'stop-early', 'start', 'start', 'stop-late'],
    ];
    for (const order of orders) {
      const enrollmentId = randomUUID();
      for (const step of order) {
        await dataSource.transaction(async (manager) => {
          if (step === 'start') await spells.recordStart(manager, { ...fact, enrollmentId, fromMonth: '2024-03' }, { care_form: 'DISPERSED' });
          else await spells.recordStop(manager, { ...fact, enrollmentId, stopFromMonth: step === 'stop-late' ? '2024-10' : '2024-08' });
        });
      }
      expect(await spellOf(enrollmentId)).toEqual({ resident_id: RESIDENT, from_month: '2024-03', stop_from_month: '2024-08', care_form: 'DISPERSED' });
    }
  });

  it('keeps the stop alone until the start arrives', async () => {
    const enrollmentId = randomUUID();
    await spells.recordStop(dataSource.manager, { enrollmentId, residentId: RESIDENT, program: 'DIBAO', stopFromMonth: '2024-09' });
    expect(await spellOf(enrollmentId)).toEqual({ resident_id: RESIDENT, from_month: null, stop_from_month: '2024-09', care_form: null });
  });

  it('keeps the earliest date of death with its record, and says whether anything changed', async () => {
    const first = { residentId: RESIDENT, deathId: randomUUID(), dateOfDeath: '2024-07-20' };
    const earlier = { residentId: RESIDENT, deathId: randomUUID(), dateOfDeath: '2024-07-10' };
    const received = new Date('2024-07-21T08:00:00Z');
    expect(await deaths.record(dataSource.manager, first, { received_at: received })).toBe(true);
    expect(await deaths.record(dataSource.manager, first, { received_at: new Date() })).toBe(false);
    expect(await deaths.record(dataSource.manager, earlier)).toBe(true);
    expect(await deaths.record(dataSource.manager, first)).toBe(false);
    const rows = await dataSource.query(`SELECT resident_id, death_id, to_char(date_of_death, 'YYYY-MM-DD') AS d, received_at FROM test_death`);
    expect(rows).toEqual([{ resident_id: RESIDENT, death_id: earlier.deathId, d: '2024-07-10', received_at: received }]);
  });

  it('records a micro-batch of deaths in one statement, the earliest per person, and names the people the condition concerns', async () => {
    const [a, b, c] = ['110105194001010012', '110105194002020013', '11010519400303001x'];
    const later = { residentId: a, deathId: randomUUID(), dateOfDeath: '2024-08-20' };
    const earliest = { residentId: a, deathId: randomUUID(), dateOfDeath: '2024-08-05' };
    const other = { residentId: b, deathId: randomUUID(), dateOfDeath: '2024-08-01' };
    const lowerCase = { residentId: c, deathId: randomUUID(), dateOfDeath: '2024-08-02' };
    await dataSource.query(`CREATE TABLE test_known (resident_id char(18) PRIMARY KEY)`);
    await dataSource.query(`INSERT INTO test_known VALUES ($1), ($2)`, [b, c.toUpperCase()]);
    const received = ['2024-08-21T08:00:00Z', '2024-08-06T08:00:00Z', '2024-08-02T08:00:00Z', '2024-08-03T08:00:00Z'];
    const concerned = await deaths.recordAll(dataSource.manager, [later, earliest, other, lowerCase], `EXISTS (SELECT 1 FROM test_known k WHERE k.resident_id = d.resident_id::bpchar)`, {
      received_at: { type: 'timestamptz', values: received },
    });
    // As given: the consumer finds its events by the resident ID they carry.
    expect(concerned).toEqual(new Set([b, c]));
    const rows = await dataSource.query(`SELECT resident_id, death_id, to_char(date_of_death, 'YYYY-MM-DD') AS d, received_at FROM test_death WHERE resident_id <> $1 ORDER BY resident_id`, [RESIDENT]);
    expect(rows).toEqual([
      { resident_id: a, death_id: earliest.deathId, d: '2024-08-05', received_at: new Date(received[1]) },
      { resident_id: b, death_id: other.deathId, d: '2024-08-01', received_at: new Date(received[2]) },
      { resident_id: c.toUpperCase(), death_id: lowerCase.deathId, d: '2024-08-02', received_at: new Date(received[3]) },
    ]);
    // A repeat of the batch changes nothing; an earlier date moves the notice.
    const earlierStill = { residentId: a, deathId: randomUUID(), dateOfDeath: '2024-08-01' };
    await deaths.recordAll(dataSource.manager, [later, earlierStill], 'false', { received_at: { type: 'timestamptz', values: [new Date(), new Date()] } });
    const [row] = await dataSource.query(`SELECT death_id, to_char(date_of_death, 'YYYY-MM-DD') AS d FROM test_death WHERE resident_id = $1`, [a]);
    expect(row).toEqual({ death_id: earlierStill.deathId, d: '2024-08-01' });
    expect(await deaths.recordAll(dataSource.manager, [], 'true')).toEqual(new Set());
  });

  it('refuses a table name that is not a plain identifier', () => {
    expect(() => new EnrollmentSpellTable('x; DROP TABLE y')).toThrow(RangeError);
    expect(() => new DeathNoticeTable('Deaths')).toThrow(RangeError);
  });
});
