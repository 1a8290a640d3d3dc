import { randomUUID } from 'node:crypto';
import type { Channel, ChannelModel } from 'amqplib';
import type { DataSource } from 'typeorm';
import type { ChildService } from '../../../test/support/child-service';
import { waitFor } from '../../../test/support/wait-for';
import { listDeadLetters } from '../src/dlq/dead-letters';
import { dlqOutput, runDlq, type DlqCommand, type DlqResult } from '../src/dlq/dlq.cli';
import { EVENTS_EXCHANGE, deadLetterQueue } from '../src/topology/names';
import { amqpUrl, brokerChannelModel, consumerDatabase, count, deathData, produceDeaths, startConsumer, startProducer, type Producer } from './messaging-harness';

const letterIds = (result: DlqResult) => (result.kind === 'show' ? [] : result.letters.map((l) => l.messageId));

describe('retries and dead letters', () => {
  const service = 'dlq-consumer';
  let producer: Producer;
  let consumer: ChildService;
  let consumerDb: DataSource;
  let model: ChannelModel;
  let channel: Channel;

  beforeAll(async () => {
    const db = await consumerDatabase('dlq_consumer');
    consumerDb = db.dataSource;
    consumer = await startConsumer(service, db.name, { RETRY_DELAYS_MS: '200,400,800' });
    producer = await startProducer('dlq_producer');
    model = await brokerChannelModel();
    channel = await model.createChannel();
  });

  afterAll(async () => {
    await model?.close();
    await producer?.stop();
    await consumer?.stop();
    await consumerDb?.destroy();
  });

  async function dlqDepth(): Promise<number> {
    return (await channel.checkQueue(deadLetterQueue(service))).messageCount;
  }

  it('retries a failing handler with growing delays, dead-letters it with the error, and replays it once after the fix', async () => {
    const data = deathData(30_000);
    await consumerDb.query('INSERT INTO fault_switch (resident_id) VALUES ($1)', [data.residentId]);
    const event = await producer.dataSource.transaction((m) =>
      producer.publisher.publish(m, 'civil-registration.death.registered.v1', data),
    );

    await waitFor('the event in the DLQ', async () => (await dlqDepth()) === 1, 30_000);
    const [letter] = await listDeadLetters(channel, service);
    expect(letter.messageId).toBe(event.id);
    expect(letter.reason).toBe('HANDLER_FAILED');
    expect(letter.error).toContain('simulated fault');
    expect(letter.retries).toBe(3);
    expect(letter.originalRoutingKey).toBe('civil-registration.death.registered.v1');

    // One first attempt plus three retries, each after a longer wait than the one before.
    const attempts: Array<{ at: Date }> = await consumerDb.query('SELECT at FROM attempts WHERE event_id = $1 ORDER BY at', [event.id]);
    expect(attempts).toHaveLength(4);
    const gaps = attempts.slice(1).map((a, i) => a.at.getTime() - attempts[i].at.getTime());
    expect(gaps[0]).toBeGreaterThanOrEqual(180);
    expect(gaps[1]).toBeGreaterThan(gaps[0]);
    expect(gaps[2]).toBeGreaterThan(gaps[1]);
    expect(await count(consumerDb, 'SELECT 1 FROM effect WHERE event_id = $1', [event.id])).toBe(0);

    // Fix the fault, replay through the operators' CLI code path.
    await consumerDb.query('DELETE FROM fault_switch WHERE resident_id = $1', [data.residentId]);
    const result = await runDlq({ kind: 'replay', service, select: { messageId: event.id }, filter: {}, dryRun: false, json: false }, amqpUrl());
    expect(letterIds(result)).toEqual([event.id]);
    await waitFor('the replayed effect', () => count(consumerDb, 'SELECT 1 FROM effect WHERE event_id = $1', [event.id]));

    // Replaying again (the DLQ is empty now) and delivering a duplicate change nothing.
    expect(await dlqDepth()).toBe(0);
    expect(letterIds(await runDlq({ kind: 'replay', service, select: { all: true }, filter: {}, dryRun: false, json: false }, amqpUrl()))).toEqual([]);
    const [barrier] = await produceDeaths(producer, 30_001, 1);
    await waitFor('the barrier event', () => count(consumerDb, 'SELECT 1 FROM effect WHERE event_id = $1', [barrier]));
    expect(await count(consumerDb, 'SELECT 1 FROM effect WHERE event_id = $1', [event.id])).toBe(1);
  });

  it('sends a payload that fails its schema straight to the DLQ; the handler never sees it', async () => {
    const before = await dlqDepth();
    const id = randomUUID();
    const envelope = {
      specversion: '1.0',
      id,
      type: 'civil-registration.death.registered.v1',
      source: '/civil-registration',
      time: new Date().toISOString(),
      subject: 'x',
      datacontenttype: 'application/json',
      correlationid: id,
      data: { ...deathData(30_002), residentId: '110105194912310000' },
    };
    const publisher = await model.createConfirmChannel();
    publisher.publish(EVENTS_EXCHANGE, 'civil-registration.death.registered.v1', Buffer.from(JSON.stringify(envelope)), {
      persistent: true,
      messageId: id,
    });
    publisher.publish(EVENTS_EXCHANGE, 'civil-registration.death.registered.v1', Buffer.from('{not json'), {
      persistent: true,
      messageId: `${id}-garbage`,
    });
    await publisher.waitForConfirms();

    await waitFor('two new dead letters', async () => (await dlqDepth()) === before + 2, 30_000);
    const letters = await listDeadLetters(channel, service);
    const invalid = letters.find((l) => l.messageId === id);
    const garbage = letters.find((l) => l.messageId === `${id}-garbage`);
    expect(invalid?.reason).toBe('SCHEMA_INVALID');
    expect(invalid?.error).toMatch(/residentId/);
    expect(invalid?.retries).toBe(0);
    expect(garbage?.reason).toBe('MALFORMED_MESSAGE');
    expect(await count(consumerDb, 'SELECT 1 FROM attempts WHERE event_id = $1', [id])).toBe(0);
  });

  it('lets an operator pick dead letters by reason and type, try a discard dry, and discard for good', async () => {
    const before = await dlqDepth();
    const command = (over: { filter?: { reason?: string; type?: string }; dryRun?: boolean }): DlqCommand => ({ kind: 'discard', service, select: { all: true }, filter: {}, dryRun: false, json: false, ...over });
    const listed = await runDlq({ kind: 'list', service, filter: { reason: 'schema_invalid' }, json: false }, amqpUrl());
    expect(listed.kind === 'list' && listed.letters.map((l) => l.reason)).toEqual(['SCHEMA_INVALID']);
    const table = dlqOutput({ kind: 'list', service, filter: {}, json: false }, await runDlq({ kind: 'list', service, filter: {}, json: false }, amqpUrl())).split('\n');
    expect(table[0]).toMatch(/^messageId +type +reason +retries +failedAt +error$/);
    expect(table.at(-1)).toBe(`${before} dead letters`);

    const dry = command({ filter: { reason: 'MALFORMED_MESSAGE' }, dryRun: true });
    const tried = await runDlq(dry, amqpUrl());
    expect(dlqOutput(dry, tried).split('\n').at(-1)).toBe('1 dead letter would be discarded (dry run: nothing changed)');
    expect(await dlqDepth()).toBe(before);

    const byType = await runDlq(command({ filter: { type: 'civil-registration.death.registered.v1', reason: 'SCHEMA_INVALID' } }), amqpUrl());
    expect(letterIds(byType)).toHaveLength(1);
    await waitFor('one dead letter fewer', async () => (await dlqDepth()) === before - 1, 10_000);
    const left = await listDeadLetters(channel, service);
    expect(left.map((l) => l.reason)).toEqual(['MALFORMED_MESSAGE']);
  });
});
