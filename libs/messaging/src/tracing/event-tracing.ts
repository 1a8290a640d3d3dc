import { traceContextOf, type CloudEvent, type TraceContext } from '@app/contracts';
import { context, createTraceState, isSpanContextValid, ProxyTracerProvider, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace, type Attributes, type Context, type Span } from '@opentelemetry/api';
import { EVENTS_EXCHANGE, eventsQueue } from '../topology/names';

// Only the OpenTelemetry API is used here: without a started SDK (tracing off, the default) its
// calls are no-ops, there is no active span, and no event carries a trace context.
const tracer = trace.getTracer('civil-affairs.messaging');

/**
 * Whether a tracer provider is registered (the SDK started: tracing on). Off, the consumer skips
 * building spans and their attributes per event, which cost a few per cent of a consumer's CPU.
 */
function tracingOn(): boolean {
  const provider = trace.getTracerProvider();
  return !(provider instanceof ProxyTracerProvider) || provider.getDelegateTracer('civil-affairs.messaging') !== undefined;
}

/**
 * The W3C trace context of the span the caller runs in, for an event created now; undefined
 * outside a trace. A trace that is sampled out still passes on its id and its "not sampled" flag.
 */
export function currentTraceContext(): TraceContext | undefined {
  const span = trace.getSpanContext(context.active());
  if (!span || !isSpanContextValid(span)) return undefined;
  const flags = (span.traceFlags & 0xff).toString(16).padStart(2, '0');
  const traceparent = `00-${span.traceId}-${span.spanId}-${flags}`;
  const tracestate = span.traceState?.serialize();
  return tracestate ? { traceparent, tracestate } : { traceparent };
}

/** A context whose parent is the (remote) span that created the event; the root context without one. */
export function contextOfEvent(attributes: { traceparent?: unknown; tracestate?: unknown }): Context {
  const carried = traceContextOf(attributes);
  if (!carried) return ROOT_CONTEXT;
  const [, traceId, spanId, flags] = carried.traceparent.split('-');
  return trace.setSpanContext(ROOT_CONTEXT, {
    traceId,
    spanId,
    traceFlags: Number.parseInt(flags, 16),
    isRemote: true,
    traceState: carried.tracestate ? createTraceState(carried.tracestate) : undefined,
  });
}

/** Attributes naming an event; never its subject or data, which may be a resident ID. */
function eventAttributes(event: { id: string; type: string; source?: string; correlationid?: string }): Attributes {
  return {
    'messaging.system': 'rabbitmq',
    'messaging.message.id': event.id,
    'messaging.rabbitmq.destination.routing_key': event.type,
    'cloudevents.event_id': event.id,
    'cloudevents.event_type': event.type,
    ...(event.source ? { 'cloudevents.event_source': event.source } : {}),
    ...(event.correlationid ? { 'messaging.message.conversation_id': event.correlationid } : {}),
  };
}

/**
 * Runs a consumer's handling of one event in a CONSUMER span, child of the span that created the
 * event, so one trace follows a cascade across services. Whatever the handler publishes meanwhile
 * carries this span as its parent.
 */
export function handleInSpan<T>(event: CloudEvent, consumer: string, handle: () => Promise<T>): Promise<T> {
  if (!tracingOn()) return handle();
  return tracer.startActiveSpan(`process ${event.type}`, { kind: SpanKind.CONSUMER, attributes: processAttributes(event, consumer) }, contextOfEvent(event), async (span) => {
    try {
      return await handle();
    } catch (err) {
      failed(span, err);
      throw err;
    } finally {
      span.end();
    }
  });
}

/** What a consumer's processing span says of the consumer, for one event or a batch. */
function consumerAttributes(consumer: string): Attributes {
  return {
    'messaging.system': 'rabbitmq',
    'messaging.operation.name': 'process',
    'messaging.operation.type': 'process',
    'messaging.destination.name': eventsQueue(consumer),
    'messaging.consumer.group.name': consumer,
  };
}

function processAttributes(event: CloudEvent, consumer: string): Attributes {
  return { ...eventAttributes(event), ...consumerAttributes(consumer) };
}

/** Runs `work` as part of one event of a batch: in that event's span, as its cause. */
export type WithinEvent = <R>(event: CloudEvent, work: () => Promise<R>) => Promise<R>;

/**
 * Runs a batch handler's handling of a micro-batch so that each event still has its CONSUMER
 * span, child of the span that created it — one trace still follows every death, including one a
 * service only records — and whatever is done for one event (`within`) runs in that span. The
 * statements shared by the batch run in the event's span when the batch holds one event (handled
 * as a single handler would be), else in a batch span linked to every event's span (the
 * OpenTelemetry way for batch processing: one operation, many messages).
 */
export async function handleBatchInSpans<T>(events: readonly CloudEvent[], consumer: string, handle: (within: WithinEvent) => Promise<T>): Promise<T> {
  if (!tracingOn()) return handle((_event, work) => work());
  const spans = new Map<string, Span>();
  for (const event of events) {
    spans.set(event.id, tracer.startSpan(`process ${event.type}`, { kind: SpanKind.CONSUMER, attributes: processAttributes(event, consumer) }, contextOfEvent(event)));
  }
  const within: WithinEvent = async (event, work) => {
    const span = spans.get(event.id);
    // Its failure fails the batch: marked below, with every event's span.
    return span ? context.with(trace.setSpan(context.active(), span), work) : work();
  };
  const batch = events.length === 1 ? spans.get(events[0].id)! : batchSpan(events, consumer, [...spans.values()]);
  try {
    return await context.with(trace.setSpan(context.active(), batch), () => handle(within));
  } catch (err) {
    for (const span of new Set([batch, ...spans.values()])) failed(span, err);
    throw err;
  } finally {
    for (const span of new Set([batch, ...spans.values()])) span.end();
  }
}

function batchSpan(events: readonly CloudEvent[], consumer: string, eventSpans: Span[]): Span {
  const attributes: Attributes = { ...consumerAttributes(consumer), 'messaging.rabbitmq.destination.routing_key': events[0].type, 'messaging.batch.message_count': events.length };
  const links = eventSpans.filter((s) => s.isRecording()).map((s) => ({ context: s.spanContext() }));
  return tracer.startSpan(`process ${events[0].type}`, { kind: SpanKind.CONSUMER, attributes, links }, ROOT_CONTEXT);
}

function failed(span: Span, err: unknown): void {
  const error = err instanceof Error ? err : new Error(String(err));
  span.recordException(error);
  span.setStatus({ code: SpanStatusCode.ERROR, message: error.message });
}

/**
 * The PRODUCER spans of one relay batch: one per event that was created in a trace, child of the
 * span that created it, ended when the broker has confirmed the batch (or it failed). Events
 * created outside a trace (scheduled jobs) are published without a span.
 */
export class PublishSpans {
  private readonly spans: Span[] = [];

  constructor(private readonly service: string) {}

  start(envelope: { id: string; type: string; traceparent?: unknown; tracestate?: unknown }): void {
    const parent = contextOfEvent(envelope);
    if (parent === ROOT_CONTEXT) return;
    const attributes: Attributes = {
      ...eventAttributes(envelope),
      'messaging.operation.name': 'publish',
      'messaging.operation.type': 'send',
      'messaging.destination.name': EVENTS_EXCHANGE,
      'messaging.client.id': this.service,
    };
    this.spans.push(tracer.startSpan(`publish ${envelope.type}`, { kind: SpanKind.PRODUCER, attributes }, parent));
  }

  end(err?: unknown): void {
    for (const span of this.spans.splice(0)) {
      if (err !== undefined) failed(span, err);
      span.end();
    }
  }
}
