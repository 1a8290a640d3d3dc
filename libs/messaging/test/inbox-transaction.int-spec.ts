import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { createTestDatabase, dropTestDatabase, openDataSource } from '../../../test/support/databases';
import { inInboxTransaction } from '../src/consumer/inbox-transaction';
import { CreateMessagingTables1732780800001 } from '../src/outbox/messaging-tables.migration';

// The consumer's transaction opened with its inbox rows in one round trip: it must behave as a
// TypeORM transaction in every way a handler can see.
describe('inInboxTransaction', () => {
  let name: string;
  let dataSource: DataSource;
  const type = 'civil-registration.death.registered.v1';

  beforeAll(async () => {
    name = await createTestDatabase('inbox_tx');
    dataSource = await openDataSource(name, [CreateMessagingTables1732780800001]);
    await dataSource.query('CREATE TABLE effect (event_id uuid PRIMARY KEY, note text)');
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await dropTestDatabase(name);
  });

  const effects = async (): Promise<string[]> => (await dataSource.query('SELECT event_id FROM effect ORDER BY note')).map((r: { event_id: string }) => r.event_id);

  it('gives the ids new to the inbox, and the effects commit with the inbox rows', async () => {
    const [a, b] = [randomUUID(), randomUUID()];
    await inInboxTransaction(dataSource, 'svc', [{ id: a, type }], async () => undefined);
    const seen: string[][] = [];
    await inInboxTransaction(dataSource, 'svc', [{ id: a, type }, { id: b, type }], async (fresh, manager) => {
      seen.push([...fresh]);
      for (const id of fresh) await manager.query('INSERT INTO effect VALUES ($1, $2)', [id, 'first']);
    });
    expect(seen).toEqual([[b]]);
    expect(await effects()).toEqual([b]);
    // The same event for another consumer of the same database is new to it.
    await inInboxTransaction(dataSource, "o'ther", [{ id: a, type }], async (fresh) => void seen.push([...fresh]));
    expect(seen[1]).toEqual([a]);
  });

  it('rolls back the inbox rows and the effects when the work throws, and the connection stays usable', async () => {
    const id = randomUUID();
    await expect(
      inInboxTransaction(dataSource, 'svc', [{ id, type }], async (_fresh, manager) => {
        await manager.query('INSERT INTO effect VALUES ($1, $2)', [id, 'rolled back']);
        throw new Error('handler failed');
      }),
    ).rejects.toThrow('handler failed');
    const [{ n }] = await dataSource.query('SELECT count(*)::int AS n FROM inbox WHERE event_id = $1', [id]);
    expect(n).toBe(0);
    expect(await effects()).not.toContain(id);
    // A failing inbox insert (not a uuid) leaves no connection in an aborted transaction behind.
    for (let i = 0; i < 12; i += 1) await expect(inInboxTransaction(dataSource, 'svc', [{ id: 'not-a-uuid', type }], async () => undefined)).rejects.toThrow(/uuid/);
    await inInboxTransaction(dataSource, 'svc', [{ id, type }], async (fresh, manager) => {
      for (const f of fresh) await manager.query('INSERT INTO effect VALUES ($1, $2)', [f, 'second']);
    });
    expect(await effects()).toContain(id);
  });

  it('runs a handler’s nested transaction as a savepoint inside it', async () => {
    const [kept, undone] = [randomUUID(), randomUUID()];
    await inInboxTransaction(dataSource, 'nested', [{ id: kept, type }], async (_fresh, manager) => {
      await manager.query('INSERT INTO effect VALUES ($1, $2)', [kept, 'z kept']);
      await expect(
        manager.transaction(async (inner) => {
          await inner.query('INSERT INTO effect VALUES ($1, $2)', [undone, 'z undone']);
          throw new Error('inner failed');
        }),
      ).rejects.toThrow('inner failed');
      const [{ active }] = await manager.query(`SELECT count(*)::int AS active FROM pg_stat_activity WHERE pid = pg_backend_pid() AND state = 'active' AND backend_xid IS NOT NULL`);
      expect(active).toBe(1);
    });
    const all = await effects();
    expect(all).toContain(kept);
    expect(all).not.toContain(undone);
  });
});
