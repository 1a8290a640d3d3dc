import { createEnvelope, parseEvent, type CloudEvent } from '@app/contracts';
import { sampleEvents } from '@app/contracts/testing/event-samples';
import { context, propagation, SpanKind, SpanStatusCode, trace, type Span } from '@opentelemetry/api';
import { InMemorySpanExporter, SimpleSpanProcessor, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import type { EntityManager } from 'typeorm';
import { EventPublisher } from '../outbox/event-publisher';
import { currentTraceContext, handleBatchInSpans, handleInSpan, PublishSpans } from './event-tracing';

// The trace context's way through an event: stored from the span that creates the event, carried
// in the envelope, continued by the consumer. Run against a real tracer provider, as a service
// with tracing on has; the first block runs before any is registered, as a service with it off.
const DEATH = 'civil-registration.death.registered.v1';
const BENEFIT = 'civil-registration.funeral-benefit.granted.v1';
const REMOTE = { traceId: '4bf92f3577b34da6a3ce929d0e0e4736', spanId: '00f067aa0ba902b7' };
const REMOTE_PARENT = `00-${REMOTE.traceId}-${REMOTE.spanId}-01`;

function event(traceparent?: unknown): CloudEvent {
  const created = createEnvelope(DEATH, sampleEvents[DEATH], { source: '/civil-registration', subject: 's' });
  return { ...created, ...(traceparent === undefined ? {} : { traceparent }) } as CloudEvent;
}

function outboxManager(): { manager: EntityManager; written: () => CloudEvent[] } {
  const query = jest.fn().mockResolvedValue([]);
  const manager = { queryRunner: { isTransactionActive: true }, query } as unknown as EntityManager;
  return { manager, written: () => query.mock.calls.flatMap(([, params]) => (params[2] as string[]).map((json) => JSON.parse(json) as CloudEvent)) };
}

describe('with tracing off (no SDK started)', () => {
  it('stores no trace context with an event and handles events as before', async () => {
    const { manager, written } = outboxManager();
    await new EventPublisher('civil-registration').publish(manager, DEATH, sampleEvents[DEATH]);
    expect(written()[0]).not.toHaveProperty('traceparent');
    expect(currentTraceContext()).toBeUndefined();
    await expect(handleInSpan(event(REMOTE_PARENT), 'social-assistance', async () => currentTraceContext())).resolves.toBeUndefined();
    await expect(handleBatchInSpans([event(REMOTE_PARENT), event()], 'social-assistance', (within) => within(event(), async () => currentTraceContext()))).resolves.toBeUndefined();
  });
});

describe('with tracing on', () => {
  const exporter = new InMemorySpanExporter();
  const provider = new NodeTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
  const tracer = trace.getTracer('test');

  beforeAll(() => provider.register());
  afterEach(() => exporter.reset());
  afterAll(async () => {
    await provider.shutdown();
    trace.disable();
    context.disable();
    propagation.disable();
  });

  function inSpan<T>(fn: (span: Span) => Promise<T>): Promise<T> {
    return tracer.startActiveSpan('request', async (span) => {
      try {
        return await fn(span);
      } finally {
        span.end();
      }
    });
  }

  function only(kind: SpanKind): ReadableSpan {
    const spans = exporter.getFinishedSpans().filter((s) => s.kind === kind);
    expect(spans).toHaveLength(1);
    return spans[0];
  }

  it('stores the current span as the traceparent of the events a request publishes', async () => {
    const { manager, written } = outboxManager();
    const span = await inSpan(async (active) => {
      await Promise.resolve(); // the context survives awaits
      await new EventPublisher('civil-registration').publish(manager, DEATH, sampleEvents[DEATH]);
      return active;
    });
    const { traceId, spanId } = span.spanContext();
    expect(written()[0].traceparent).toBe(`00-${traceId}-${spanId}-01`);
    expect(written()[0]).not.toHaveProperty('tracestate');
  });

  it('stores nothing outside a span (a scheduled job)', () => {
    expect(currentTraceContext()).toBeUndefined();
  });

  it('passes on the tracestate and a "not sampled" flag as received', async () => {
    const parent = event(`00-${REMOTE.traceId}-${REMOTE.spanId}-00`);
    const carried = await handleInSpan({ ...parent, tracestate: 'vendor=abc' }, 'social-assistance', async () => currentTraceContext());
    expect(carried).toEqual({ traceparent: expect.stringMatching(new RegExp(`^00-${REMOTE.traceId}-[0-9a-f]{16}-00$`)), tracestate: 'vendor=abc' });
  });

  it('handles an event in a CONSUMER span, child of the span that created it, and chains what the handler publishes', async () => {
    const { manager, written } = outboxManager();
    await handleInSpan(event(REMOTE_PARENT), 'social-assistance', () => new EventPublisher('social-assistance').publish(manager, BENEFIT, sampleEvents[BENEFIT]));
    const consumer = only(SpanKind.CONSUMER);
    expect(consumer.name).toBe(`process ${DEATH}`);
    expect(consumer.spanContext().traceId).toBe(REMOTE.traceId);
    expect(consumer.parentSpanContext).toMatchObject({ ...REMOTE, isRemote: true });
    expect(consumer.attributes).toMatchObject({ 'messaging.system': 'rabbitmq', 'messaging.consumer.group.name': 'social-assistance', 'messaging.destination.name': 'social-assistance.events' });
    expect(JSON.stringify(consumer.attributes)).not.toContain(sampleEvents[DEATH].residentId);
    expect(written()[0].traceparent).toBe(`00-${REMOTE.traceId}-${consumer.spanContext().spanId}-01`);
  });

  it('follows the context through the wire: created in a span, parsed, handled as its child', async () => {
    const request = await inSpan(async (active) => active);
    const sent = await context.with(trace.setSpan(context.active(), request), async () =>
      createEnvelope(DEATH, sampleEvents[DEATH], { source: '/civil-registration', subject: 's', traceContext: currentTraceContext() }),
    );
    const received = parseEvent(JSON.parse(JSON.stringify(sent)));
    if (!received.ok) throw new Error(received.reason);
    await handleInSpan(received.event, 'elderly-care', async () => undefined);
    expect(only(SpanKind.CONSUMER).parentSpanContext?.spanId).toBe(request.spanContext().spanId);
  });

  it.each([['00-abc'], [42], [`00-${'0'.repeat(32)}-${REMOTE.spanId}-01`]])('handles an event with a malformed traceparent (%p) in a new trace, not as an error', async (traceparent) => {
    await expect(handleInSpan(event(traceparent), 'social-assistance', async () => 'handled')).resolves.toBe('handled');
    const consumer = only(SpanKind.CONSUMER);
    expect(consumer.parentSpanContext).toBeUndefined();
    expect(consumer.status.code).not.toBe(SpanStatusCode.ERROR);
  });

  it('marks the span of a failed handling and passes the error on', async () => {
    await expect(handleInSpan(event(REMOTE_PARENT), 'social-assistance', async () => Promise.reject(new Error('database away')))).rejects.toThrow('database away');
    expect(only(SpanKind.CONSUMER).status).toEqual({ code: SpanStatusCode.ERROR, message: 'database away' });
  });

  it('gives each event of a batch its CONSUMER span, child of its own creator; what is done for one event runs in its span', async () => {
    const others = ['1111111111111111', '2222222222222222'].map((spanId) => event(`00-${REMOTE.traceId.replace(/^4/, '5')}-${spanId}-01`));
    const batch = [event(REMOTE_PARENT), ...others];
    const carried = await handleBatchInSpans(batch, 'social-assistance', async (within) => ({
      shared: currentTraceContext()?.traceparent,
      perEvent: await Promise.all(batch.map((e) => within(e, async () => currentTraceContext()?.traceparent))),
    }));
    const spans = exporter.getFinishedSpans().filter((s) => s.kind === SpanKind.CONSUMER);
    const ofEvent = batch.map((e) => spans.find((s) => s.attributes['messaging.message.id'] === e.id)!);
    expect(ofEvent.map((s) => s.parentSpanContext?.spanId)).toEqual([REMOTE.spanId, '1111111111111111', '2222222222222222']);
    expect(carried.perEvent).toEqual(ofEvent.map((s) => `00-${s.spanContext().traceId}-${s.spanContext().spanId}-01`));
    // The statements shared by the batch: one span for the batch, linked to every event's span.
    const batchSpan = spans.find((s) => s.attributes['messaging.batch.message_count'] === 3)!;
    expect(spans).toHaveLength(4);
    expect(batchSpan.links.map((l) => l.context.spanId)).toEqual(ofEvent.map((s) => s.spanContext().spanId));
    expect(carried.shared).toBe(`00-${batchSpan.spanContext().traceId}-${batchSpan.spanContext().spanId}-01`);
  });

  it('handles a batch of one event as a single handler would: one span, the shared statements in it', async () => {
    const shared = await handleBatchInSpans([event(REMOTE_PARENT)], 'elderly-care', async () => currentTraceContext()?.traceparent);
    const consumer = only(SpanKind.CONSUMER);
    expect(consumer.parentSpanContext?.spanId).toBe(REMOTE.spanId);
    expect(shared).toBe(`00-${REMOTE.traceId}-${consumer.spanContext().spanId}-01`);
  });

  it('marks every span of a failed batch and passes the error on', async () => {
    const batch = [event(REMOTE_PARENT), event(REMOTE_PARENT)];
    await expect(handleBatchInSpans(batch, 'canteen', (within) => within(batch[1], async () => Promise.reject(new Error('constraint'))))).rejects.toThrow('constraint');
    const statuses = exporter.getFinishedSpans().map((s) => s.status.code);
    expect(statuses).toEqual([SpanStatusCode.ERROR, SpanStatusCode.ERROR, SpanStatusCode.ERROR]);
  });

  it('gives the relay a PRODUCER span per traced event, ended with the confirms; none for an untraced one', () => {
    const spans = new PublishSpans('civil-registration');
    const traced = event(REMOTE_PARENT);
    spans.start(traced);
    spans.start(event());
    expect(exporter.getFinishedSpans()).toHaveLength(0);
    spans.end();
    const publish = only(SpanKind.PRODUCER);
    expect(publish.name).toBe(`publish ${DEATH}`);
    expect(publish.parentSpanContext?.spanId).toBe(REMOTE.spanId);
    expect(publish.attributes).toMatchObject({ 'messaging.message.id': traced.id, 'messaging.destination.name': 'civil-affairs.events' });
  });

  it('marks the relay spans of a batch the broker did not confirm', () => {
    const spans = new PublishSpans('civil-registration');
    spans.start(event(REMOTE_PARENT));
    spans.end(new Error('publisher confirms timed out'));
    expect(only(SpanKind.PRODUCER).status.code).toBe(SpanStatusCode.ERROR);
  });
});
