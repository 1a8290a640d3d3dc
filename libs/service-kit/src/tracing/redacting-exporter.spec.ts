import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import { ExportResultCode } from '@opentelemetry/core';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { maskIdsIn, RedactingSpanExporter } from './redacting-exporter';

const ID = '11010519491231002X';
const MASKED = '110***********002X';

describe('maskIdsIn', () => {
  it.each([
    [`/api/v1/people/${ID}`, `/api/v1/people/${MASKED}`],
    [`/api/v1/deaths?residentId=${ID.toLowerCase()}&page=2`, `/api/v1/deaths?residentId=${MASKED.slice(0, -1)}x&page=2`],
    [`SELECT 1 WHERE resident_id = '${ID}'`, `SELECT 1 WHERE resident_id = '${MASKED}'`],
    [`canteen:meal_${ID}:2024-07-01`, `canteen:meal_${MASKED}:2024-07-01`],
    ['0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9b01', '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9b01'],
    ['1101051949123100211', '1101051949123100211'],
    ['account 62220212345678901234', 'account 62220212345678901234'],
  ])('%s', (text, expected) => {
    expect(maskIdsIn(text)).toBe(expected);
  });
});

describe('RedactingSpanExporter', () => {
  it('masks resident IDs in the name, attributes, status and events of every span it passes on, and nothing else', async () => {
    const memory = new InMemorySpanExporter();
    const provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(new RedactingSpanExporter(memory))] });
    const span = provider.getTracer('test').startSpan(`GET /api/v1/people/${ID}`, { kind: SpanKind.SERVER, attributes: { 'url.path': `/api/v1/people/${ID}`, 'http.response.status_code': 404, tags: [ID, 'x'] } });
    span.addEvent('exception', { 'exception.message': `no person ${ID}` });
    span.setStatus({ code: SpanStatusCode.ERROR, message: `no person ${ID}` });
    span.end();
    await provider.forceFlush();

    const [exported] = memory.getFinishedSpans();
    expect(exported.name).toBe(`GET /api/v1/people/${MASKED}`);
    expect(exported.attributes).toEqual({ 'url.path': `/api/v1/people/${MASKED}`, 'http.response.status_code': 404, tags: [MASKED, 'x'] });
    expect(exported.events[0].attributes).toEqual({ 'exception.message': `no person ${MASKED}` });
    expect(exported.status).toEqual({ code: SpanStatusCode.ERROR, message: `no person ${MASKED}` });
    expect(exported.spanContext()).toEqual(span.spanContext());
    expect(exported.kind).toBe(SpanKind.SERVER);
    await provider.shutdown();
  });

  it('reports the result of the exporter it wraps', async () => {
    const memory = new InMemorySpanExporter();
    await memory.shutdown();
    const result = await new Promise((resolve) => new RedactingSpanExporter(memory).export([], resolve));
    expect(result).toMatchObject({ code: ExportResultCode.FAILED });
  });
});
