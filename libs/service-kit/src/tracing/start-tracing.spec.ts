import { trace } from '@opentelemetry/api';
import { InMemorySpanExporter } from '@opentelemetry/sdk-trace-base';
import { startTracing, stopTracing } from './start-tracing';

describe('startTracing', () => {
  const saved = { ...process.env };

  afterEach(async () => {
    await stopTracing();
    process.env = { ...saved };
  });

  it('starts nothing when tracing is not configured: spans stay no-ops', () => {
    for (const key of Object.keys(process.env).filter((k) => k.startsWith('OTEL_'))) delete process.env[key];
    expect(startTracing('canteen')).toBe(false);
    expect(trace.getTracer('test').startSpan('s').isRecording()).toBe(false);
  });

  it('starts the SDK, once, and stops it again', async () => {
    const exporter = new InMemorySpanExporter();
    expect(startTracing('canteen', { exporter })).toBe(true);
    expect(startTracing('canteen', { exporter })).toBe(true);
    trace.getTracer('test').startSpan('s').end();
    expect(exporter.getFinishedSpans().map((s) => [s.name, s.resource.attributes['service.name']])).toEqual([['s', 'canteen']]);
    await stopTracing();
    expect(trace.getTracer('test').startSpan('after').isRecording()).toBe(false);
  });
});
