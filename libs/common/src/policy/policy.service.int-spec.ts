import { Global, Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { Client } from 'pg';
import { z } from 'zod';
import { DataSource } from 'typeorm';
import { PG, testDatabaseName } from '../../../../test/support/test-env';
import { YearMonth } from '../time/year-month';
import { definePolicyCatalogue, policyValues } from './policy-catalogue';
import { CreatePolicyParameter1732780800000 } from './policy-parameter.migration';
import { PolicyParameter } from './policy-parameter.entity';
import { PolicyModule } from './policy.module';
import { PolicyService } from './policy.service';
import { PolicyNotFoundError, PolicyValueError, valueForMonth, valueInForce } from './value-in-force';

const DATABASE = testDatabaseName('common_policy');
const URBAN = 'dibao.standard.urban.monthly-fen';

/** A service's catalogue, for the reading API and the checks when storing. */
const DIBAO = definePolicyCatalogue('dibao', {
  [URBAN]: { schema: policyValues.fen },
  'dibao.review-interval-months': { schema: z.object({ STABLE: z.number().int(), OTHER: z.number().int() }) },
  // Optional: no cap unless one is set.
  'dibao.cap': { schema: policyValues.positiveWholeNumber, optional: true },
});

/** Storage without a catalogue (the value as stored, through the pure lookups). */
const inForce = async (service: PolicyService, key: string, onDate: string) => valueInForce(await service.rows(key), key, onDate);
const forMonth = async (service: PolicyService, key: string, month: string) => valueForMonth(await service.rows(key), key, YearMonth.parse(month));

async function admin<T>(fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ ...PG, database: 'postgres' });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function problemOf(promise: Promise<unknown>): Promise<{ status: number; code: string }> {
  try {
    await promise;
  } catch (err) {
    const problem = err as { getStatus?: () => number; code?: string };
    return { status: problem.getStatus?.() ?? -1, code: problem.code ?? String(err) };
  }
  throw new Error('expected a ProblemException, but the call succeeded');
}

describe('PolicyService against real PostgreSQL', () => {
  let dataSource: DataSource;
  let policy: PolicyService;

  beforeAll(async () => {
    await admin(async (client) => {
      await client.query(`DROP DATABASE IF EXISTS "${DATABASE}" WITH (FORCE)`);
      await client.query(`CREATE DATABASE "${DATABASE}"`);
    });
    dataSource = new DataSource({
      type: 'postgres',
      host: PG.host,
      port: PG.port,
      username: PG.user,
      password: PG.password,
      database: DATABASE,
      entities: [PolicyParameter],
      migrations: [CreatePolicyParameter1732780800000],
      synchronize: false,
    });
    await dataSource.initialize();
    await dataSource.runMigrations();
    policy = new PolicyService(dataSource);
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await admin((client) => client.query(`DROP DATABASE IF EXISTS "${DATABASE}" WITH (FORCE)`));
  });

  it('creates the table, its key index and the period check by migration', async () => {
    const columns = await dataSource.query(
      `SELECT column_name, data_type, is_nullable FROM information_schema.columns WHERE table_name = 'policy_parameter' ORDER BY ordinal_position`,
    );
    expect(columns).toEqual([
      { column_name: 'id', data_type: 'uuid', is_nullable: 'NO' },
      { column_name: 'key', data_type: 'character varying', is_nullable: 'NO' },
      { column_name: 'value', data_type: 'jsonb', is_nullable: 'NO' },
      { column_name: 'effective_from', data_type: 'date', is_nullable: 'NO' },
      { column_name: 'effective_to', data_type: 'date', is_nullable: 'YES' },
      { column_name: 'note', data_type: 'text', is_nullable: 'YES' },
      { column_name: 'created_at', data_type: 'timestamp with time zone', is_nullable: 'NO' },
    ]);
    const indexes = await dataSource.query(`SELECT indexname FROM pg_indexes WHERE tablename = 'policy_parameter' ORDER BY indexname`);
    expect(indexes.map((i: { indexname: string }) => i.indexname)).toEqual(['IDX_policy_parameter_key', 'PK_policy_parameter']);
    await expect(
      dataSource.query(`INSERT INTO policy_parameter (key, value, effective_from, effective_to) VALUES ('x', '1', '2024-07-01', '2024-06-30')`),
    ).rejects.toThrow(/CHK_policy_parameter_period/);
  });

  it('answers the city urban 低保 standard per month: 72800 fen in June 2024, 73500 from July', async () => {
    await policy.add({ key: URBAN, value: 72800, effectiveFrom: '2023-07-01', note: 'city 2023' });
    await policy.endOpenPeriod(URBAN, '2024-06-30');
    await policy.add({ key: URBAN, value: 73500, effectiveFrom: '2024-07-01', note: 'city 2024 work summary' });

    expect(await forMonth(policy, URBAN, '2024-06')).toBe(72800);
    expect(await forMonth(policy, URBAN, '2024-07')).toBe(73500);
    expect(await inForce(policy, URBAN, '2024-06-30')).toBe(72800);
    expect(await inForce(policy, URBAN, '2024-07-01')).toBe(73500);
    await expect(inForce(policy, URBAN, '2023-06-30')).rejects.toThrow(PolicyNotFoundError);
  });

  it('reads rows back with dates as YYYY-MM-DD strings, oldest first', async () => {
    const rows = await policy.rows(URBAN);
    expect(rows.map(({ value, effectiveFrom, effectiveTo, note }) => ({ value, effectiveFrom, effectiveTo, note }))).toEqual([
      { value: 72800, effectiveFrom: '2023-07-01', effectiveTo: '2024-06-30', note: 'city 2023' },
      { value: 73500, effectiveFrom: '2024-07-01', effectiveTo: null, note: 'city 2024 work summary' },
    ]);
    expect(rows[0].id).toMatch(/^[0-9a-f-]{36}$/);
    expect(rows[0].createdAt).toBeInstanceOf(Date);
  });

  it('refuses an overlapping period with 409 POLICY.OVERLAP and stores nothing', async () => {
    expect(await problemOf(policy.add({ key: URBAN, value: 99900, effectiveFrom: '2024-06-01', effectiveTo: '2024-06-30' }))).toEqual({
      status: 409,
      code: 'POLICY.OVERLAP',
    });
    expect(await problemOf(policy.add({ key: URBAN, value: 99900, effectiveFrom: '2030-01-01' }))).toEqual({ status: 409, code: 'POLICY.OVERLAP' });
    expect(await policy.rows(URBAN)).toHaveLength(2);
  });

  it('lets exactly one of many concurrent overlapping adds through', async () => {
    const key = 'tekun.basic.dispersed.monthly-fen';
    // Open the pool's connections first; otherwise connecting staggers the adds into a queue.
    await Promise.all(Array.from({ length: 8 }, () => dataSource.query('SELECT pg_sleep(0.05)')));
    const outcomes = await Promise.allSettled(
      Array.from({ length: 8 }, (_, i) => policy.add({ key, value: 95600 + i, effectiveFrom: '2024-07-01' })),
    );
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const rejected = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
    expect(rejected.map((o) => (o.reason as { code: string }).code)).toEqual(Array(7).fill('POLICY.OVERLAP'));
    expect(await policy.rows(key)).toHaveLength(1);
  });

  it('stores structured values as JSON', async () => {
    const tiers = [
      { minAge: 60, fenPerMeal: 200 },
      { minAge: 80, fenPerMeal: 300 },
      { minAge: 90, fenPerMeal: 500 },
    ];
    await policy.add({ key: 'canteen.meal-subsidy.age-tiers', value: tiers, effectiveFrom: '2024-01-01' });
    expect(await forMonth(policy, `canteen.meal-subsidy.age-tiers`, '2024-03')).toEqual(tiers);
  });

  it.each([
    [{ key: 'k', value: 1, effectiveFrom: '2024-07-01', effectiveTo: '2024-06-30' }, 'POLICY.INVALID_PERIOD'],
    [{ key: 'k', value: 1, effectiveFrom: '2024-02-30' }, 'POLICY.INVALID_PERIOD'],
    [{ key: '', value: 1, effectiveFrom: '2024-07-01' }, 'POLICY.INVALID_KEY'],
    [{ key: 'x'.repeat(121), value: 1, effectiveFrom: '2024-07-01' }, 'POLICY.INVALID_KEY'],
    [{ key: 'k', value: undefined, effectiveFrom: '2024-07-01' }, 'POLICY.INVALID_VALUE'],
  ])('refuses %o with 400 %s', async (row, code) => {
    expect(await problemOf(policy.add(row))).toEqual({ status: 400, code });
  });

  it('refuses to end a period that is not open, or before it starts', async () => {
    expect(await problemOf(policy.endOpenPeriod('no.such.key', '2024-06-30'))).toEqual({ status: 404, code: 'POLICY.NO_OPEN_PERIOD' });
    expect(await problemOf(policy.endOpenPeriod(URBAN, '2024-06-30'))).toEqual({ status: 400, code: 'POLICY.INVALID_PERIOD' });
    expect((await policy.rows(URBAN))[1].effectiveTo).toBeNull();
  });

  it('caches lookups for POLICY_CACHE_MS, but sees its own changes at once', async () => {
    const key = 'cache.probe';
    process.env.POLICY_CACHE_MS = '300';
    const cached = new PolicyService(dataSource);
    delete process.env.POLICY_CACHE_MS;
    await cached.add({ key, value: 1, effectiveFrom: '2024-01-01' });
    expect(await inForce(cached, key, '2024-03-01')).toBe(1);
    // A change made elsewhere (another replica) shows after the TTL, not before.
    await dataSource.query(`UPDATE policy_parameter SET value = '2' WHERE key = $1`, [key]);
    expect(await inForce(cached, key, '2024-03-01')).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 350));
    expect(await inForce(cached, key, '2024-03-01')).toBe(2);
    // A change made through this service is seen by the next lookup.
    await cached.endOpenPeriod(key, '2024-06-30');
    await cached.add({ key, value: 3, effectiveFrom: '2024-07-01' });
    expect(await inForce(cached, key, '2024-07-01')).toBe(3);
  });

  it('serves transactions that hold every pooled connection, reading through their own on a miss', async () => {
    const key = 'cache.pool-probe';
    await policy.add({ key, value: 7, effectiveFrom: '2024-01-01' });
    const small = await new DataSource({ ...(dataSource.options as object), type: 'postgres', poolSize: 2, migrations: [] }).initialize();
    try {
      const cached = new PolicyService(small);
      const bothTransactions = Promise.all(
        [1, 2].map(() =>
          small.transaction(async (manager) => {
            await manager.query('SELECT pg_sleep(0.1)'); // both connections are taken before either reads
            return valueInForce(await cached.rows(key, manager), key, '2024-03-01');
          }),
        ),
      );
      const stuck = new Promise((resolve) => setTimeout(() => resolve('pool deadlock'), 5_000));
      expect(await Promise.race([bothTransactions, stuck])).toEqual([7, 7]);
    } finally {
      await small.destroy();
    }
  });

  it('is provided by PolicyModule on the application DataSource', async () => {
    @Global()
    @Module({ providers: [{ provide: DataSource, useValue: dataSource }], exports: [DataSource] })
    class FakeTypeOrmModule {}
    const moduleRef = await Test.createTestingModule({ imports: [FakeTypeOrmModule, PolicyModule.forCatalogue(DIBAO)] }).compile();
    const typed: PolicyService<typeof DIBAO> = moduleRef.get(PolicyService);
    expect(await typed.valueForMonth(URBAN, YearMonth.parse('2024-07'))).toBe(73500);
  });

  describe('through a catalogue', () => {
    let typed: PolicyService<typeof DIBAO>;
    beforeAll(() => {
      typed = new PolicyService(dataSource, undefined, DIBAO);
    });

    it('reads a figure by date and by month, typed and checked by its schema', async () => {
      expect(await typed.require(URBAN, '2024-06-30')).toBe(72800);
      expect(await typed.valueForMonth(URBAN, YearMonth.parse('2024-07'))).toBe(73500);
      await expect(typed.valueForMonth(URBAN, YearMonth.parse('2023-06'))).rejects.toThrow(
        expect.objectContaining({ name: 'PolicyNotFoundError', key: URBAN, onDate: '2023-06-01', month: '2023-06' }),
      );
      expect(await typed.optional('dibao.cap', '2024-07-01')).toBeNull();
      const periods = await typed.periods(URBAN);
      expect([periods.isEmpty, periods.find('2020-01-01'), periods.all()]).toEqual([false, null, [72800, 73500]]);
    });

    it('refuses a key outside the catalogue with 400 POLICY.UNKNOWN_KEY naming `key`, storing nothing', async () => {
      const refused = await typed.add({ key: 'dibao.no-such-figure', value: 1, effectiveFrom: '2024-01-01' }).catch((err: unknown) => err);
      expect((refused as { problem: unknown }).problem).toMatchObject({
        status: 400,
        code: 'POLICY.UNKNOWN_KEY',
        errors: [expect.objectContaining({ field: 'key' })],
        extensions: { key: 'dibao.no-such-figure' },
      });
      expect(await typed.rows('dibao.no-such-figure')).toEqual([]);
      await expect(typed.lookUp('dibao.no-such-figure', '2024-01-01')).rejects.toMatchObject({ code: 'POLICY.UNKNOWN_KEY' });
    });

    it('refuses a value of the wrong shape with 400 POLICY.INVALID_VALUE naming `value` and the key, storing nothing', async () => {
      const key = 'dibao.review-interval-months';
      const refused = await typed.add({ key, value: { STABLE: 12, OTHER: 'six' }, effectiveFrom: '2024-01-01' }).catch((err: unknown) => err);
      expect((refused as { problem: unknown }).problem).toMatchObject({
        status: 400,
        code: 'POLICY.INVALID_VALUE',
        errors: [expect.objectContaining({ field: 'value.OTHER' })],
        extensions: { key },
      });
      const fen = await typed.add({ key: URBAN, value: 735.5, effectiveFrom: '2031-01-01' }).catch((err: unknown) => err);
      expect((fen as { problem: unknown }).problem).toMatchObject({ code: 'POLICY.INVALID_VALUE', errors: [expect.objectContaining({ field: 'value' })] });
      expect(await typed.rows(key)).toEqual([]);
      await typed.add({ key, value: { STABLE: 12, OTHER: 6 }, effectiveFrom: '2024-01-01' });
      expect(await typed.require(key, '2024-02-01')).toEqual({ STABLE: 12, OTHER: 6 });
    });

    it('answers PolicyValueError (503) for a stored value that no longer fits its schema, not a crash', async () => {
      await dataSource.query(`INSERT INTO policy_parameter (key, value, effective_from) VALUES ('dibao.cap', '"two"', '2024-01-01')`);
      const replica = new PolicyService(dataSource, undefined, DIBAO);
      await expect(replica.optional('dibao.cap', '2024-03-01')).rejects.toThrow(PolicyValueError);
      await expect(replica.optional('dibao.cap', '2024-03-01')).rejects.toMatchObject({ key: 'dibao.cap', effectiveFrom: '2024-01-01' });
    });
  });

  it('migrates down cleanly', async () => {
    await dataSource.undoLastMigration();
    const [{ exists }] = await dataSource.query(`SELECT to_regclass('policy_parameter') IS NOT NULL AS exists`);
    expect(exists).toBe(false);
    await dataSource.runMigrations();
  });
});
