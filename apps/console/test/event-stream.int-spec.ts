// GET /api/events/stream against the real broker: the console in-process on a vhost of this
// file's own, events published straight onto civil-affairs.events the way the services' relays
// publish them (persistent, with the correlation in a header too — or without it, as an older
// relay or another department might).
import { connectOptionsFromUrl } from '@app/messaging/connection/amqp-connection';
import { EVENTS_EXCHANGE } from '@app/messaging/topology/names';
import { createEnvelope, type RoutingKey } from '@app/contracts';
import { sampleEvents, SAMPLE_RESIDENT_IDS } from '@app/contracts/testing/event-samples';
import { connect, type ChannelModel, type ConfirmChannel } from 'amqplib';
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { consolePermission } from '../../../scripts/rabbitmq/definitions';
import { amqpBaseUrl, ensureRunId, isolateBroker, releaseBroker } from '../../../test/support/test-env';
import { waitFor } from '../../../test/support/wait-for';
import { createUser, loginAdmin, startConsole, type Browser, type ConsoleHarness } from './console-harness';

const PURPOSE = 'console_events';
const STREAM_SECONDS = 3;

interface Frame {
  event: string;
  data: Record<string, unknown>;
}

interface OpenStream {
  status: number;
  frames: Frame[];
  /** Resolves when the console ended the response. */
  finished: Promise<void>;
  abort(): void;
}

function parseFrames(text: string): Frame[] {
  return text
    .split('\n\n')
    .filter((block) => block.split('\n').some((line) => line.startsWith('event: ')))
    .map((block) => {
      const lines = block.split('\n');
      const event = lines.find((l) => l.startsWith('event: '))!.slice(7);
      const data = lines.find((l) => l.startsWith('data: '))!.slice(6);
      return { event, data: JSON.parse(data) as Record<string, unknown> };
    });
}

describe('console event stream (GET /api/events/stream)', () => {
  let h: ConsoleHarness;
  let admin: Browser;
  let clerk: Browser;
  let model: ChannelModel;
  let publisher: ConfirmChannel;
  let vhost: string;

  beforeAll(async () => {
    const amqpUrl = isolateBroker(PURPOSE);
    vhost = connectOptionsFromUrl(amqpUrl).vhost!;
    h = await startConsole(PURPOSE, { AMQP_URL: amqpUrl, EVENTS_STREAM_SECONDS: String(STREAM_SECONDS), EVENTS_STREAMS_PER_USER: '2', EVENTS_HEARTBEAT_SECONDS: '1' });
    admin = await loginAdmin(h);
    clerk = (await createUser(h, admin, { username: 'sun.clerk', roles: ['operator'], division: '110105' })).browser;
    model = await connect(connectOptionsFromUrl(amqpUrl));
    publisher = await model.createConfirmChannel();
    await publisher.assertExchange(EVENTS_EXCHANGE, 'topic', { durable: true });
  });

  afterAll(async () => {
    await model?.close().catch(() => undefined); // already closed by the last test
    await h?.close();
    releaseBroker(PURPOSE);
  });

  async function open(browser: Browser | null, correlationId: string, baseUrl = h.running.url): Promise<OpenStream> {
    const controller = new AbortController();
    const headers: Record<string, string> = { Accept: 'text/event-stream' };
    if (browser) headers.Cookie = browser.cookie;
    const response = await fetch(`${baseUrl}/api/events/stream?correlationId=${encodeURIComponent(correlationId)}`, { headers, signal: controller.signal });
    const frames: Frame[] = [];
    let text = '';
    const finished = (async () => {
      try {
        for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
          text += Buffer.from(chunk).toString('utf8');
          frames.splice(0, frames.length, ...parseFrames(text));
        }
      } catch {
        // aborted by the test
      }
    })();
    return { status: response.status, frames, finished, abort: () => controller.abort() };
  }

  async function publish<K extends RoutingKey>(type: K, correlationId: string, options: { header: boolean; causationId?: string } = { header: true }): Promise<string> {
    const event = createEnvelope(type, sampleEvents[type], { source: `/${type.split('.')[0]}`, subject: SAMPLE_RESIDENT_IDS.elderWoman, correlationId, causationId: options.causationId });
    publisher.publish(EVENTS_EXCHANGE, type, Buffer.from(JSON.stringify(event)), {
      persistent: true,
      messageId: event.id,
      type,
      contentType: 'application/json',
      ...(options.header && { headers: { 'x-correlation-id': correlationId } }),
    });
    await publisher.waitForConfirms();
    return event.id;
  }

  it('streams the events of its correlation only, in the order they came, masked, then ends when its time is up', async () => {
    const mine = randomUUID();
    const other = randomUUID();
    const started = Date.now();
    const stream = await open(clerk, mine);
    expect(stream.status).toBe(200);
    await waitFor('ready', () => stream.frames[0]?.event === 'ready', 5_000);
    expect(stream.frames[0].data).toEqual({ correlationId: mine, seconds: STREAM_SECONDS });

    const death = await publish('civil-registration.death.registered.v1', mine);
    await publish('civil-registration.death.registered.v1', other);
    const stop = await publish('social-assistance.enrollment.stopped.v1', mine, { header: false, causationId: death });
    await publish('social-assistance.overpayment.detected.v1', other, { header: false });
    const funeral = await publish('civil-registration.funeral-benefit.granted.v1', mine, { header: true, causationId: death });
    await stream.finished;

    const elapsed = Date.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(STREAM_SECONDS * 1000 - 100);
    expect(elapsed).toBeLessThan(STREAM_SECONDS * 1000 + 3_000);
    expect(stream.frames.map((f) => f.event)).toEqual(['ready', 'platform-event', 'platform-event', 'platform-event', 'end']);
    const events = stream.frames.filter((f) => f.event === 'platform-event').map((f) => f.data);
    expect(events.map((e) => [e.id, e.type, e.causationid])).toEqual([
      [death, 'civil-registration.death.registered.v1', null],
      [stop, 'social-assistance.enrollment.stopped.v1', death],
      [funeral, 'civil-registration.funeral-benefit.granted.v1', death],
    ]);
    expect(events[0]).toMatchObject({ source: '/civil-registration', subject: '110***********002X', summary: { disposal: 'CREMATION', source: 'HOSPITAL' } });
    expect(events[1].summary).toEqual({ program: 'DIBAO', reason: 'DECEASED', stopFromMonth: sampleEvents['social-assistance.enrollment.stopped.v1'].stopFromMonth, lastPaidMonth: sampleEvents['social-assistance.enrollment.stopped.v1'].lastPaidMonth });
    expect(events[2].summary).toMatchObject({ amountFen: 200_000, basis: 'DIBAO_TEKUN' });
    expect(stream.frames[4].data).toEqual({ reason: 'TIMEOUT' });
    // Nothing personal: no resident ID, name, ethnicity or place.
    const sent = JSON.stringify(stream.frames);
    for (const secret of [SAMPLE_RESIDENT_IDS.elderWoman, '张秀英', 'HAN', '市第一医院']) expect(sent).not.toContain(secret);
  });

  it('answers 401 without a session, 403 to a role that reads no records, 400 for a malformed correlation id', async () => {
    const anonymous = await open(null, randomUUID());
    expect(anonymous.status).toBe(401);
    const body = await fetch(`${h.running.url}/api/events/stream?correlationId=x`);
    expect(body.headers.get('content-type')).toContain('application/problem+json');
    expect(await body.json()).toMatchObject({ status: 401, code: 'AUTH.NO_SESSION' });

    const cashier = (await createUser(h, admin, { username: 'qian.cashier', roles: ['canteen-operator'], division: '110105' })).browser;
    const forbidden = await cashier.get(`/api/events/stream?correlationId=${randomUUID()}`).expect(403);
    expect(forbidden.body.code).toBe('AUTH.FORBIDDEN');

    const malformed = await clerk.get('/api/events/stream?correlationId=has%20spaces').expect(400);
    expect(malformed.body).toMatchObject({ code: 'VALIDATION.FAILED', errors: [expect.objectContaining({ field: 'correlationId' })] });
    await clerk.get('/api/events/stream').expect(400);
  });

  it('lets a user hold EVENTS_STREAMS_PER_USER streams at once; one closed by the browser frees its place', async () => {
    const first = await open(clerk, randomUUID());
    const second = await open(clerk, randomUUID());
    expect([first.status, second.status]).toEqual([200, 200]);
    const third = await clerk.get(`/api/events/stream?correlationId=${randomUUID()}`).expect(429);
    expect(third.body.code).toBe('EVENTS.TOO_MANY_STREAMS');
    expect(third.headers['retry-after']).toBe(String(STREAM_SECONDS));
    // Another user is not held back by this one.
    const others = await open(admin, randomUUID());
    expect(others.status).toBe(200);

    first.abort();
    const again = await waitFor(
      'a place freed by the closed stream',
      async () => {
        const attempt = await open(clerk, randomUUID());
        if (attempt.status === 200) return attempt;
        attempt.abort();
        return null;
      },
      2_000,
      50,
    );
    for (const s of [second, others, again!]) s.abort();
  });

  it('ends the open streams with SHUTDOWN when the console stops, and stops', async () => {
    const stopping = await startConsole(`${PURPOSE}_stopping`, { AMQP_URL: process.env.AMQP_URL, EVENTS_STREAM_SECONDS: '60' });
    let closed = false;
    try {
      const stream = await open(await loginAdmin(stopping), randomUUID(), stopping.running.url);
      await waitFor('ready', () => stream.frames[0]?.event === 'ready', 5_000);
      const started = Date.now();
      await stopping.close();
      closed = true;
      await stream.finished;
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(stream.frames.map((f) => [f.event, f.data.reason])).toEqual([['ready', undefined], ['end', 'SHUTDOWN']]);
    } finally {
      if (!closed) await stopping.close();
    }
  });

  it('listens with no more than its own broker user’s rights (deploy/rabbitmq: console.* queues, read on the exchange)', async () => {
    const user = `cap-test-${ensureRunId()}-console-listener`;
    const password = 'listener passphrase for tests';
    const rights = consolePermission(user, vhost);
    execFileSync('rabbitmqctl', ['add_user', user, password], { stdio: 'ignore' });
    const listening = await (async () => {
      execFileSync('rabbitmqctl', ['set_permissions', '-p', vhost, user, rights.configure, rights.write, rights.read], { stdio: 'ignore' });
      const base = new URL(amqpBaseUrl());
      return startConsole(`${PURPOSE}_listener`, { AMQP_URL: `amqp://${encodeURIComponent(user)}:${encodeURIComponent(password)}@${base.host}/${encodeURIComponent(vhost)}` });
    })();
    try {
      const correlationId = randomUUID();
      const stream = await open(await loginAdmin(listening), correlationId, listening.running.url);
      expect(stream.status).toBe(200);
      await waitFor('ready', () => stream.frames[0]?.event === 'ready', 5_000);
      const death = await publish('civil-registration.death.registered.v1', correlationId);
      await waitFor('the event', () => stream.frames.some((f) => f.data.id === death), 5_000);
      stream.abort();
    } finally {
      await listening.close();
      execFileSync('rabbitmqctl', ['delete_user', user], { stdio: 'ignore' });
    }
  });

  it('answers 503 EVENTS.BROKER_UNAVAILABLE when the broker cannot be reached', async () => {
    const offline = await startConsole(`${PURPOSE}_offline`, { AMQP_URL: 'amqp://guest:guest@127.0.0.1:9', EVENTS_BROKER_WAIT_MS: '300' });
    try {
      const offlineAdmin = await loginAdmin(offline);
      const refused = await offlineAdmin.get(`/api/events/stream?correlationId=${randomUUID()}`).expect(503);
      expect(refused.body).toMatchObject({ code: 'EVENTS.BROKER_UNAVAILABLE', status: 503 });
      // The rest of the console does not depend on the broker.
      await offlineAdmin.get('/api/session').expect(200);
    } finally {
      await offline.close();
    }
  });

  // Last: it cuts this file's connections, the test's publisher included.
  it('ends a stream with BROKER_LOST when the broker drops the console, which reconnects for the next one', async () => {
    model.on('error', () => undefined);
    const stream = await open(clerk, randomUUID());
    await waitFor('ready', () => stream.frames[0]?.event === 'ready', 5_000);
    execFileSync('rabbitmqctl', ['close_all_connections', '--vhost', vhost, 'event stream test'], { stdio: 'ignore' });
    await stream.finished;
    expect(stream.frames.map((f) => [f.event, f.data.reason])).toEqual([['ready', undefined], ['end', 'BROKER_LOST']]);
    const next = await open(clerk, randomUUID());
    expect(next.status).toBe(200);
    next.abort();
  });
});
