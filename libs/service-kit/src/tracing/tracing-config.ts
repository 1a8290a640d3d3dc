/** Whether this process exports traces, from the standard OpenTelemetry environment variables. */
export type TracingConfig = { enabled: false } | { enabled: true; serviceName: string };

/**
 * Tracing is off unless configured: OTEL_TRACES_EXPORTER=otlp, or an OTLP endpoint
 * (OTEL_EXPORTER_OTLP_ENDPOINT or OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) with no exporter named.
 * OTEL_TRACES_EXPORTER=none and OTEL_SDK_DISABLED=true turn it off whatever else is set. Any other
 * exporter name is refused at start-up rather than ignored, so a typo does not silently lose traces.
 */
export function tracingConfigFromEnv(service: string, env: NodeJS.ProcessEnv = process.env): TracingConfig {
  if (env.OTEL_SDK_DISABLED?.trim().toLowerCase() === 'true') return { enabled: false };
  const exporters = (env.OTEL_TRACES_EXPORTER ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  const unsupported = exporters.filter((name) => name !== 'otlp' && name !== 'none');
  if (unsupported.length > 0) throw new Error(`OTEL_TRACES_EXPORTER: ${unsupported.join(', ')} is not supported; use otlp (OTLP over HTTP) or none`);
  if (exporters.includes('none')) return { enabled: false };
  const endpoint = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?.trim() || env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim();
  if (exporters.length === 0 && !endpoint) return { enabled: false };
  return { enabled: true, serviceName: env.OTEL_SERVICE_NAME?.trim() || service };
}
