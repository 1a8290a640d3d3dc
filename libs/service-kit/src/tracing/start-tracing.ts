import type { SpanExporter } from '@opentelemetry/sdk-trace-base';
import type { StartedTracing } from './tracing-sdk';
import { tracingConfigFromEnv } from './tracing-config';

let started: StartedTracing | undefined;

/**
 * Starts tracing for this process when it is configured (tracing-config.ts), and does nothing
 * otherwise: the SDK is not even loaded, and the OpenTelemetry API that libs/messaging calls
 * stays a no-op. Call it before anything loads http, express, pg or ioredis (apps/<service>/src/
 * tracing.ts, the first import of main.ts): instrumentation hooks into those modules as they load.
 * `exporter` (tests) turns tracing on whatever the environment says. Answers whether it is on.
 */
export function startTracing(service: string, options: { exporter?: SpanExporter } = {}): boolean {
  if (started) return true;
  const config = options.exporter ? { enabled: true, serviceName: service } : tracingConfigFromEnv(service);
  if (!config.enabled) return false;
  // Required here, not imported above: with tracing off the SDK's modules are never loaded.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { startSdk } = require('./tracing-sdk') as typeof import('./tracing-sdk');
  started = startSdk(config.serviceName, options.exporter);
  return true;
}

/** Exports what is still buffered; a service's shutdown waits for it. */
export async function flushTracing(): Promise<void> {
  await started?.flush();
}

/** Stops tracing in this process (tests that started it with their own exporter). */
export async function stopTracing(): Promise<void> {
  const stopping = started;
  started = undefined;
  await stopping?.shutdown();
}
