import { waitFor } from '../../../test/support/wait-for';
import { amqpUrl, count, produceDeaths, startProducer, type Producer } from './messaging-harness';

/** The sizes of the relay's claims that published something, from now on. */
function claimSizes(producer: Producer): number[] {
  const sizes: number[] = [];
  const publishBatch = producer.relay.publishBatch.bind(producer.relay);
  jest.spyOn(producer.relay, 'publishBatch').mockImplementation(async () => {
    const published = await publishBatch();
    if (published > 0) sizes.push(published);
    return published;
  });
  return sizes;
}

async function publishedAll(producer: Producer, ids: string[]): Promise<void> {
  await waitFor('every row published', async () => (await count(producer.dataSource, 'SELECT 1 FROM outbox WHERE id = ANY($1) AND published_at IS NOT NULL', [ids])) === ids.length);
}

/** The relay LISTENs on a connection of its own, opened after start(): a NOTIFY before that would be missed. */
async function listening(producer: Producer): Promise<void> {
  await waitFor('the relay listening', async () =>
    (await count(producer.dataSource, `SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN %'`)) === 1,
  );
}

/**
 * The relay has published a first row: its broker connection is up and the wake that follows
 * connecting (after declaring the exchanges) is spent. That wake, landing in the middle of a
 * trickle, had cut the gathering after the first NOTIFY short (claims of 1 and 3 instead of 4).
 */
async function settled(producer: Producer, seed: number): Promise<void> {
  await publishedAll(producer, await produceDeaths(producer, seed, 1));
}

/** Four transactions 50 ms apart, each committing one event. */
async function trickle(producer: Producer, from: number): Promise<string[]> {
  const ids: string[] = [];
  for (let n = from; n < from + 4; n += 1) {
    ids.push(...(await produceDeaths(producer, n, 1)));
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return ids;
}

describe('the relay after a NOTIFY (OUTBOX_NOTIFY_DELAY_MS)', () => {
  let producer: Producer | undefined;

  afterEach(async () => {
    await producer?.stop();
    producer = undefined;
  });

  // The poll is far away, so only NOTIFY wakes the relay within the test.
  it('claims once for the rows committed within the delay after the first NOTIFY', async () => {
    producer = await startProducer('notify_delay', amqpUrl(), 500, { pollMs: 60_000, notifyDelayMs: 1_500 });
    await listening(producer);
    await settled(producer, 90);
    const sizes = claimSizes(producer);
    const ids = await trickle(producer, 1);
    await publishedAll(producer, ids);
    expect(sizes).toEqual([4]);
  });

  it('without a delay, claims at each NOTIFY', async () => {
    producer = await startProducer('notify_no_delay', amqpUrl(), 500, { pollMs: 60_000, notifyDelayMs: 0 });
    await listening(producer);
    await settled(producer, 91);
    const sizes = claimSizes(producer);
    const ids = await trickle(producer, 11);
    await publishedAll(producer, ids);
    // One claim per commit, unless the machine is so slow that a claim outlasts the 50 ms between two.
    expect(sizes.length).toBeGreaterThan(2);
  });
});
