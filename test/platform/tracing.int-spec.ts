import type { Client } from 'pg';
import { OtlpReceiver, SPAN_KIND, type ReceivedSpan } from '../support/otlp-receiver';
import { residentId } from '../support/resident-ids';
import { openDatabase } from '../support/service-under-test';
import { isolateBroker, releaseBroker, testDatabaseName } from '../support/test-env';
import { waitFor } from '../support/wait-for';
import { Platform, token } from '../system/support/platform';

// Tracing as operators turn it on: the services as their own processes (main.ts starts tracing
// before anything else loads), exporting over OTLP/HTTP to a collector kept in this test's memory.
const PURPOSE = 'tracing';
const DEATH = 'civil-registration.death.registered.v1';
const ADMIN = token(['admin', 'operator'], 'trace-admin');
const OPERATOR = token(['operator'], 'trace-clerk');

describe('tracing across services (civil-registration → outbox → broker → social-assistance)', () => {
  const collector = new OtlpReceiver();
  const platform = new Platform(PURPOSE);
  let registrationDb: Client;

  beforeAll(async () => {
    isolateBroker(PURPOSE);
    const endpoint = await collector.start();
    // A short batch delay: spans reach the collector within the test's patience.
    await platform.start(['civil-registration', 'social-assistance'], { OTEL_EXPORTER_OTLP_ENDPOINT: endpoint, OTEL_BSP_SCHEDULE_DELAY: '100' });
    for (const [key, value] of [
      ['civil-registration.burial-exempt-ethnicities', ['HUI']],
      ['civil-registration.funeral-benefit.basic-fen', 100_000],
      ['civil-registration.funeral-benefit.dibao-tekun-extra-fen', 100_000],
    ] as const) {
      await platform.http('civil-registration').post('/api/v1/policy-parameters').set('Authorization', ADMIN).send({ key, value, effectiveFrom: '2000-01-01' }).expect(201);
    }
    registrationDb = await openDatabase(testDatabaseName(`${PURPOSE}_civil_registration`));
  });

  afterAll(async () => {
    await registrationDb?.end();
    await platform.stop();
    await collector.stop();
    releaseBroker(PURPOSE);
  });

  function span(what: string, match: (s: ReceivedSpan) => boolean): Promise<ReceivedSpan> {
    return waitFor(what, () => collector.spans.find(match)) as Promise<ReceivedSpan>;
  }

  it('follows a death from the HTTP request through the outbox and the broker into the consumer, in one trace', async () => {
    const id = residentId('110105', '19391231', 7);
    const body = { residentId: id, name: '张秀英', ethnicity: 'HAN', dateOfDeath: '2024-07-10', placeOfDeath: '市第一医院', disposal: 'CREMATION', source: 'HOSPITAL' };
    await platform.http('civil-registration').post('/api/v1/deaths').set('Authorization', OPERATOR).send(body).expect(201);
    const { rows } = await registrationDb.query<{ id: string; traceparent: string | null }>(
      `SELECT id, envelope->>'traceparent' AS traceparent FROM outbox WHERE routing_key = $1 AND envelope->>'subject' = $2`,
      [DEATH, id],
    );
    expect(rows).toHaveLength(1);
    const event = rows[0];

    const request = await span('the request span', (s) => s.service === 'civil-registration' && s.kind === SPAN_KIND.SERVER && s.attributes['http.request.method'] === 'POST' && s.attributes['http.route'] === '/api/v1/deaths');
    const consumer = await span('the consumer span', (s) => s.service === 'social-assistance' && s.kind === SPAN_KIND.CONSUMER && s.attributes['messaging.message.id'] === event.id);
    const publish = await span('the relay span', (s) => s.service === 'civil-registration' && s.kind === SPAN_KIND.PRODUCER && s.attributes['messaging.message.id'] === event.id);

    // The event carries the trace of the request that recorded it, and the consumer continues it.
    expect(event.traceparent).toMatch(new RegExp(`^00-${request.traceId}-[0-9a-f]{16}-01$`));
    expect(consumer.name).toBe(`process ${DEATH}`);
    expect(consumer.traceId).toBe(request.traceId);
    expect(collector.ancestorsOf(consumer)).toContainEqual(request);
    expect(publish.name).toBe(`publish ${DEATH}`);
    expect(collector.ancestorsOf(publish)).toContainEqual(request);

    // civil-registration's own handler grants the funeral benefit: its event is published in the same trace.
    const ownHandling = await span('civil-registration handling its death', (s) => s.service === 'civil-registration' && s.kind === SPAN_KIND.CONSUMER && s.attributes['messaging.message.id'] === event.id);
    const followUp = await span('the follow-up event published', (s) => s.kind === SPAN_KIND.PRODUCER && s.name === 'publish civil-registration.funeral-benefit.granted.v1' && s.traceId === request.traceId);
    expect(collector.ancestorsOf(followUp)).toContainEqual(ownHandling);

    // The handler's SQL is traced under the consumer's span, as statement text without values.
    const query = await span('a query of the handler', (s) => s.service === 'social-assistance' && s.attributes['db.system.name'] === 'postgresql' && collector.ancestorsOf(s).some((a) => a.spanId === consumer.spanId));
    expect(query.attributes['db.query.text']).toEqual(expect.stringMatching(/\$1/));
    expect(Object.keys(query.attributes).filter((key) => key.startsWith('db.query.parameter'))).toEqual([]);
    expect(collector.spans.filter((s) => s.traceId === request.traceId).map((s) => s.raw).join('\n')).not.toContain(id.slice(0, 17));
  });

  it('records no resident ID, not even one an old client still puts in a URL, and no probe of the orchestrator', async () => {
    const id = residentId('110105', '19380101', 3);
    // The person file is a POST with the ID in its body (not recorded); a URL with an ID matches no route, yet is traced masked.
    await platform.http('civil-registration').post('/api/v1/people/file').set('Authorization', OPERATOR).send({ residentId: id });
    await platform.http('civil-registration').get(`/api/v1/people/${id}`).set('Authorization', OPERATOR).expect(404);
    await platform.http('civil-registration').get('/health/ready').expect(200);
    await span('the person file request span', (s) => s.kind === SPAN_KIND.SERVER && s.attributes['http.route'] === '/api/v1/people/file');
    const request = await span('the request span', (s) => s.kind === SPAN_KIND.SERVER && String(s.attributes['url.path']).startsWith('/api/v1/people/110'));
    expect(request.raw).toContain(`/api/v1/people/110${'*'.repeat(11)}${id.slice(-4)}`);
    expect(collector.spans.map((s) => s.raw).join('\n')).not.toContain(id.slice(0, 17));
    expect(collector.spans.filter((s) => String(s.attributes['url.path']).startsWith('/health'))).toEqual([]);
  });
});
