import { maskResidentId } from '@app/common/resident-id/resident-id';
import type { ExportResult } from '@opentelemetry/core';
import type { ReadableSpan, SpanExporter } from '@opentelemetry/sdk-trace-base';
import type { Attributes, AttributeValue } from '@opentelemetry/api';

/**
 * 17 digits and a digit or X, not inside a longer number or word. Wider than the logs' pattern on
 * purpose (an ID after an underscore, as in a key, is caught too): a trace leaves the platform for
 * a collector, and masking a number that only looks like an ID costs nothing.
 */
const RESIDENT_ID = /(?<![0-9])[0-9]{17}[0-9Xx](?![0-9A-Za-z])/g;

export function maskIdsIn(text: string): string {
  return text.replace(RESIDENT_ID, (id) => maskResidentId(id));
}

function maskValue(value: AttributeValue | undefined): AttributeValue | undefined {
  if (typeof value === 'string') return maskIdsIn(value);
  if (Array.isArray(value)) return value.map((item: unknown) => (typeof item === 'string' ? maskIdsIn(item) : item)) as AttributeValue;
  return value;
}

function maskAttributes(attributes: Attributes): Attributes {
  return Object.fromEntries(Object.entries(attributes).map(([key, value]) => [key, maskValue(value)]));
}

/** A copy of the span with every resident ID in its name, attributes, status and events masked. */
export function redactSpan(span: ReadableSpan): ReadableSpan {
  return {
    name: maskIdsIn(span.name),
    kind: span.kind,
    spanContext: () => span.spanContext(),
    parentSpanContext: span.parentSpanContext,
    startTime: span.startTime,
    endTime: span.endTime,
    status: span.status.message === undefined ? span.status : { ...span.status, message: maskIdsIn(span.status.message) },
    attributes: maskAttributes(span.attributes),
    links: span.links.map((link) => ({ ...link, attributes: link.attributes && maskAttributes(link.attributes) })),
    events: span.events.map((event) => ({ ...event, name: maskIdsIn(event.name), attributes: event.attributes && maskAttributes(event.attributes) })),
    duration: span.duration,
    ended: span.ended,
    resource: span.resource,
    instrumentationScope: span.instrumentationScope,
    droppedAttributesCount: span.droppedAttributesCount,
    droppedEventsCount: span.droppedEventsCount,
    droppedLinksCount: span.droppedLinksCount,
  };
}

/**
 * The last guard before spans leave the process: instrumentations record URLs (`/people/<id>`),
 * SQL text and error messages, and any of them may hold a resident ID. Statement parameters and
 * Redis arguments are not recorded in the first place (see tracing-sdk.ts).
 */
export class RedactingSpanExporter implements SpanExporter {
  constructor(private readonly next: SpanExporter) {}

  export(spans: ReadableSpan[], resultCallback: (result: ExportResult) => void): void {
    this.next.export(spans.map(redactSpan), resultCallback);
  }

  shutdown(): Promise<void> {
    return this.next.shutdown();
  }

  forceFlush(): Promise<void> {
    return this.next.forceFlush?.() ?? Promise.resolve();
  }
}
