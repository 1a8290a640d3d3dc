import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { eventSchemas, isRoutingKey, type EventOf, type RoutingKey } from './event-map';
import { instantSchema, uuidSchema } from './shared/primitives';
import { traceContextOf, traceparentSchema, tracestateSchema, type TraceContext } from './trace-context';

/**
 * A CloudEvents 1.0 event in structured JSON mode: the AMQP body. `type` is the routing key,
 * `id` is also the AMQP messageId and the consumers' inbox key.
 */
export interface CloudEvent<K extends RoutingKey = RoutingKey> {
  specversion: '1.0';
  /** UUID, unique per event; a redelivered event keeps its id. */
  id: string;
  type: K;
  /** `/<service>` that produced the event. */
  source: string;
  /** ISO 8601 instant at which the event was created. */
  time: string;
  /** The aggregate or resident the event is about. */
  subject: string;
  datacontenttype: 'application/json';
  /** Shared by everything that one request or one original event caused. */
  correlationid: string;
  /** Id of the event that caused this one, when an event caused it. */
  causationid?: string;
  /** CloudEvents distributed-tracing extension: the trace of the work that created the event. */
  traceparent?: string;
  tracestate?: string;
  data: EventOf<K>;
}

/** A CloudEvent whose `data` is narrowed by checking `type`. */
export type AnyCloudEvent = { [K in RoutingKey]: CloudEvent<K> }[RoutingKey];

/** The envelope's attributes; `data` is checked against the schema of `type` by parseEvent. */
export const envelopeSchema = z.object({
  specversion: z.literal('1.0', { error: 'must be "1.0"' }),
  id: uuidSchema,
  type: z.string({ error: 'must be a routing key' }).min(1, { error: 'must be a routing key' }),
  source: z.string({ error: 'must be /<service>' }).regex(/^\/\S+$/, { error: 'must be /<service>' }),
  time: instantSchema,
  subject: z.string({ error: 'must be text' }).min(1, { error: 'must not be empty' }),
  datacontenttype: z.literal('application/json', { error: 'must be "application/json"' }),
  correlationid: z.string({ error: 'must be text' }).min(1, { error: 'must not be empty' }),
  causationid: uuidSchema.optional(),
  traceparent: traceparentSchema.optional(),
  tracestate: tracestateSchema.optional(),
  data: z.unknown(),
});

/** What parseEvent checks: the trace context is taken when valid and dropped otherwise, never a refusal. */
const receivedEnvelopeSchema = envelopeSchema.extend({ traceparent: z.unknown().optional(), tracestate: z.unknown().optional() });

export type Envelope = z.infer<typeof envelopeSchema>;

export interface EnvelopeMeta {
  /** `/<service>`. */
  source: string;
  subject: string;
  /** Defaults to the new event's own id (the event starts a new chain). */
  correlationId?: string;
  causationId?: string;
  /** Defaults to a random UUID. */
  id?: string;
  /** Defaults to now. */
  time?: Date;
  /** The trace the event is created in, when tracing is on. */
  traceContext?: TraceContext;
}

export function createEnvelope<K extends RoutingKey>(type: K, data: EventOf<K>, meta: EnvelopeMeta): CloudEvent<K> {
  const id = meta.id ?? randomUUID();
  const event: CloudEvent<K> = {
    specversion: '1.0',
    id,
    type,
    source: meta.source,
    time: (meta.time ?? new Date()).toISOString(),
    subject: meta.subject,
    datacontenttype: 'application/json',
    correlationid: meta.correlationId ?? id,
    data,
  };
  if (meta.causationId !== undefined) event.causationid = meta.causationId;
  if (meta.traceContext) {
    event.traceparent = meta.traceContext.traceparent;
    if (meta.traceContext.tracestate) event.tracestate = meta.traceContext.tracestate;
  }
  return event;
}

export type ParseResult = { ok: true; event: AnyCloudEvent } | { ok: false; reason: string };

/**
 * Validates a decoded message body at the consumer boundary: the envelope, a known `type`, and
 * `data` against that type's schema. Unknown extra fields are accepted and dropped (within a
 * version only additive changes happen); the tracing extension is kept when well-formed and
 * dropped otherwise. The reason of a refusal is meant for a dead-letter header, e.g.
 * `data.residentId: invalid resident ID`.
 */
export function parseEvent(raw: unknown): ParseResult {
  const envelope = receivedEnvelopeSchema.safeParse(raw);
  if (!envelope.success) return { ok: false, reason: describeIssues(envelope.error.issues) };
  const { type, traceparent, tracestate, ...attributes } = envelope.data;
  if (!isRoutingKey(type)) return { ok: false, reason: `type: unknown event type "${type}"` };
  const data = eventSchemas[type].safeParse(attributes.data);
  if (!data.success) return { ok: false, reason: describeIssues(data.error.issues, ['data']) };
  return { ok: true, event: { ...attributes, type, ...traceContextOf({ traceparent, tracestate }), data: data.data } as AnyCloudEvent };
}

/** `a.b[0]: message; c: message` — one line, readable in a header or a log. */
export function describeIssues(issues: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[] = []): string {
  return issues.map((issue) => `${formatPath([...prefix, ...issue.path])}: ${issue.message}`).join('; ');
}

function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'event';
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('');
}
