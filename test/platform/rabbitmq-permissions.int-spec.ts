// The users of deploy/rabbitmq/definitions.json against a real broker: the committed file is
// imported into the local RabbitMQ with its vhost and user names made unique to this run, and
// each user then does what it may and tries what it may not. Users and vhost are removed after.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { connect, type Channel, type ChannelModel } from 'amqplib';
import { createEnvelope } from '@app/contracts';
import { sampleEvents, SAMPLE_RESIDENT_IDS } from '@app/contracts/testing/event-samples';
import { connectOptionsFromUrl, DEAD_LETTER_EXCHANGE, declareTopology, EVENTS_EXCHANGE, REPLAY_STREAM } from '@app/messaging';
import { amqpBaseUrl, ensureRunId, testVhost } from '../support/test-env';
import { waitFor } from '../support/wait-for';

const ROOT = resolve(__dirname, '../..');
const runId = ensureRunId();
const vhost = `${testVhost(runId)}-rabbit-perms`;
const suffix = `.t-${runId}`;

interface Named {
  name?: string;
  user?: string;
  vhost?: string;
}

/** The committed definitions with every vhost and user name moved out of the way of real ones. */
function isolatedDefinitions(): { json: string; users: string[] } {
  const definitions = JSON.parse(readFileSync(join(ROOT, 'deploy/rabbitmq/definitions.json'), 'utf8')) as Record<string, Named[]>;
  const users = definitions.users.map((u) => `${u.name}${suffix}`);
  definitions.users = definitions.users.map((u) => ({ ...u, name: `${u.name}${suffix}` }));
  definitions.vhosts = [{ name: vhost }];
  for (const section of ['permissions', 'topic_permissions']) {
    definitions[section] = definitions[section].map((p) => ({ ...p, user: `${p.user}${suffix}`, vhost }));
  }
  for (const section of ['exchanges', 'queues', 'bindings', 'policies']) {
    definitions[section] = (definitions[section] ?? []).map((o) => ({ ...o, vhost }));
  }
  return { json: JSON.stringify(definitions), users };
}

function urlFor(user: string): string {
  const base = new URL(amqpBaseUrl());
  // The local-development password of the committed file: local-dev-only-<user>.
  return `amqp://${encodeURIComponent(`${user}${suffix}`)}:${encodeURIComponent(`local-dev-only-${user}`)}@${base.host}/${encodeURIComponent(vhost)}`;
}

/** Runs `action` on a fresh channel and resolves with the error that closed the channel, if any. */
async function channelError(model: ChannelModel, action: (ch: Channel) => unknown): Promise<string | null> {
  const ch = await model.createChannel();
  const closed = new Promise<string | null>((res) => {
    let error: string | null = null;
    ch.on('error', (err: Error) => (error = err.message));
    ch.on('close', () => res(error));
  });
  try {
    await action(ch);
    // A publish is refused asynchronously: a round trip after it makes sure the refusal has arrived.
    await ch.checkExchange(EVENTS_EXCHANGE);
    await ch.close();
  } catch {
    // the channel was closed by the broker; its error is reported through `closed`
  }
  return closed;
}

function publishDeath(ch: Channel): boolean {
  return publishDeathWithId(ch).sent;
}

function publishDeathWithId(ch: Channel): { id: string; sent: boolean } {
  const event = createEnvelope('civil-registration.death.registered.v1', sampleEvents['civil-registration.death.registered.v1'], {
    source: '/civil-registration',
    subject: SAMPLE_RESIDENT_IDS.elderWoman,
  });
  return { id: event.id, sent: ch.publish(EVENTS_EXCHANGE, event.type, Buffer.from(JSON.stringify(event)), { persistent: true, messageId: event.id }) };
}

/** The event ids the stream holds from `offset` on, with their offsets, until `until` has been read. */
async function readStream(model: ChannelModel, offset: 'first' | number, until: string): Promise<Array<{ id: string; offset: number }>> {
  const ch = await model.createChannel();
  await ch.prefetch(100); // a stream is consumed with a prefetch and acks
  const read: Array<{ id: string; offset: number }> = [];
  const { consumerTag } = await ch.consume(
    REPLAY_STREAM,
    (msg) => {
      if (!msg) return;
      read.push({ id: String(msg.properties.messageId), offset: Number(msg.properties.headers?.['x-stream-offset']) });
      ch.ack(msg);
    },
    { noAck: false, arguments: { 'x-stream-offset': offset } },
  );
  await waitFor(`${until} in the replay stream`, async () => read.some((r) => r.id === until), 10_000);
  await ch.cancel(consumerTag);
  await ch.close();
  return read;
}

describe('deploy/rabbitmq/definitions.json on a real broker', () => {
  let users: string[] = [];
  const models: ChannelModel[] = [];

  beforeAll(() => {
    const imported = isolatedDefinitions();
    users = imported.users;
    // rabbitmqctl may run as the rabbitmq OS user: the file must be readable by others (it holds
    // only the public local-development hashes).
    const dir = mkdtempSync(join(tmpdir(), 'cap-rabbit-defs-'));
    chmodSync(dir, 0o755);
    const file = join(dir, 'definitions.json');
    writeFileSync(file, imported.json, { mode: 0o644 });
    try {
      execFileSync('rabbitmqctl', ['import_definitions', file], { stdio: 'pipe' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  afterAll(async () => {
    for (const model of models) await model.close().catch(() => undefined);
    const existing = execFileSync('rabbitmqctl', ['-q', 'list_users'], { encoding: 'utf8' });
    for (const user of users) if (existing.includes(user)) execFileSync('rabbitmqctl', ['delete_user', user], { stdio: 'ignore' });
    if (execFileSync('rabbitmqctl', ['-q', 'list_vhosts'], { encoding: 'utf8' }).includes(vhost)) execFileSync('rabbitmqctl', ['delete_vhost', vhost], { stdio: 'ignore' });
  });

  async function login(user: string): Promise<ChannelModel> {
    const model = await connect(connectOptionsFromUrl(urlFor(user)));
    model.on('error', () => undefined);
    models.push(model);
    return model;
  }

  it('lets a service declare its topology and publish its own events, and refuses another service\'s events and queues', async () => {
    const service = await login('civil-registration');
    await expect(
      channelError(service, (ch) =>
        declareTopology(ch, { service: 'civil-registration', bindings: ['social-assistance.enrollment.#'], retryDelaysMs: [1000], deliveryLimit: 20 }),
      ),
    ).resolves.toBeNull();
    await expect(channelError(service, publishDeath)).resolves.toBeNull();
    await expect(channelError(service, (ch) => ch.sendToQueue('civil-registration.events.delay.1000ms', Buffer.from('{}')))).resolves.toBeNull();
    await expect(channelError(service, (ch) => ch.publish(DEAD_LETTER_EXCHANGE, 'civil-registration.events.dlq', Buffer.from('{}')))).resolves.toBeNull();
    await expect(channelError(service, (ch) => ch.get('civil-registration.events.dlq'))).resolves.toBeNull();

    const foreignEvent = await channelError(service, (ch) => ch.publish(EVENTS_EXCHANGE, 'social-assistance.enrollment.stopped.v1', Buffer.from('{}')));
    expect(foreignEvent).toMatch(/ACCESS_REFUSED|403/);
    const foreignQueue = await channelError(service, (ch) => ch.assertQueue('canteen.events.sneaky', { durable: true }));
    expect(foreignQueue).toMatch(/ACCESS_REFUSED|403/);
  });

  it('lets the integrator bind and consume a queue of its own, and refuses its publish to civil-affairs.events', async () => {
    const integrator = await login('integrator');
    const consumer = await integrator.createChannel();
    const queue = 'integrator.test.deaths';
    await consumer.assertQueue(queue, { durable: true, arguments: { 'x-queue-type': 'quorum' } });
    await consumer.bindQueue(queue, EVENTS_EXCHANGE, 'civil-registration.death.registered.*');
    // The broker bounds every integrator queue (length, drop-head, TTL): a department away cannot fill the broker.
    const policies = execFileSync('rabbitmqctl', ['-q', 'list_queues', '-p', vhost, 'name', 'policy'], { encoding: 'utf8' });
    expect(policies).toMatch(/integrator\.test\.deaths\s+integrator-queues-bounded/);

    const service = await login('civil-registration');
    await expect(channelError(service, publishDeath)).resolves.toBeNull();
    const delivered = await waitFor('the death in the integrator\'s queue', async () => (await consumer.get(queue, { noAck: true })) || null, 10_000);
    expect(delivered?.fields.routingKey).toBe('civil-registration.death.registered.v1');

    const publish = await channelError(integrator, publishDeath);
    expect(publish).toMatch(/ACCESS_REFUSED|403/);
    expect(publish).toContain(EVENTS_EXCHANGE);
    const declareExchange = await channelError(integrator, (ch) => ch.assertExchange(EVENTS_EXCHANGE, 'topic', { durable: true }));
    expect(declareExchange).toMatch(/ACCESS_REFUSED|403/);
    const serviceQueue = await channelError(integrator, (ch) => ch.assertQueue('civil-registration.events.spy', { durable: true }));
    expect(serviceQueue).toMatch(/ACCESS_REFUSED|403/);
    const readServiceQueue = await channelError(integrator, (ch) => ch.get('civil-registration.events'));
    expect(readServiceQueue).toMatch(/ACCESS_REFUSED|403/);
    await consumer.deleteQueue(queue);
  });

  it('keeps every event in the replay stream, which the integrator reads from any offset and can neither write nor delete', async () => {
    const service = await login('civil-registration');
    const publisher = await service.createConfirmChannel();
    const first = publishDeathWithId(publisher).id;
    const second = publishDeathWithId(publisher).id;
    await publisher.waitForConfirms();
    await publisher.close();

    const integrator = await login('integrator');
    const all = await readStream(integrator, 'first', second);
    const ours = all.filter((r) => r.id === first || r.id === second);
    expect(ours.map((r) => r.id)).toEqual([first, second]);
    expect(ours[1].offset).toBeGreaterThan(ours[0].offset);
    // From a stored offset: the second event and nothing before it.
    const again = await readStream(integrator, ours[1].offset, second);
    expect(again[0]).toEqual(ours[1]);

    expect(await channelError(integrator, (ch) => ch.deleteQueue(REPLAY_STREAM))).toMatch(/ACCESS_REFUSED|403/);
    expect(await channelError(integrator, (ch) => ch.sendToQueue(REPLAY_STREAM, Buffer.from('{}')))).toMatch(/ACCESS_REFUSED|403/);
  });

  it('lets the integrator dead-letter its own queue into exchanges and queues of its own, as docs/integration.md says', async () => {
    const integrator = await login('integrator');
    const ch = await integrator.createChannel();
    await ch.assertExchange('integrator.test.dlx', 'fanout', { durable: true });
    await ch.assertQueue('integrator.test.dlq', { durable: true });
    await ch.bindQueue('integrator.test.dlq', 'integrator.test.dlx', '');
    await ch.assertQueue('integrator.test.work', { durable: true, arguments: { 'x-dead-letter-exchange': 'integrator.test.dlx' } });
    await ch.bindQueue('integrator.test.work', EVENTS_EXCHANGE, 'civil-registration.#');

    const service = await login('civil-registration');
    await expect(channelError(service, publishDeath)).resolves.toBeNull();
    const received = await waitFor('the death in the work queue', async () => (await ch.get('integrator.test.work')) || null, 10_000);
    ch.nack(received!, false, false);
    const dead = await waitFor('the death in the dead-letter queue', async () => (await ch.get('integrator.test.dlq', { noAck: true })) || null, 10_000);
    expect(dead?.fields.routingKey).toBe('civil-registration.death.registered.v1');

    for (const queue of ['integrator.test.work', 'integrator.test.dlq']) await ch.deleteQueue(queue);
    await ch.deleteExchange('integrator.test.dlx');
  });

  it('refuses a wrong password', async () => {
    const wrong = urlFor('integrator').replace('local-dev-only-integrator', 'not-the-password');
    await expect(connect(connectOptionsFromUrl(wrong))).rejects.toThrow(/ACCESS_REFUSED|403|auth/i);
  });
});
