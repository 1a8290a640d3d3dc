import { context, propagation, trace } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { registerInstrumentations, type Instrumentation } from '@opentelemetry/instrumentation';
import { ExpressInstrumentation, ExpressLayerType } from '@opentelemetry/instrumentation-express';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { IORedisInstrumentation } from '@opentelemetry/instrumentation-ioredis';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { UndiciInstrumentation } from '@opentelemetry/instrumentation-undici';
import { defaultResource, detectResources, envDetector, resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, SimpleSpanProcessor, type SpanExporter } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';
import { RedactingSpanExporter } from './redacting-exporter';

/** Probes and scrapes arrive every few seconds: not requests anyone reads a trace of. */
const QUIET_PATHS = /^\/(health|metrics)(\/|\?|$)/;

export interface StartedTracing {
  /** Exports the spans still buffered: on shutdown, before the process exits. */
  flush(): Promise<void>;
  /** Stops tracing in this process altogether (tests). */
  shutdown(): Promise<void>;
}

/**
 * What is traced, and what never is: SQL statements without their parameters, Redis commands
 * without their arguments (keys hold resident IDs), no headers or bodies. Database and Redis
 * calls are traced only inside a request or handler span: the relay's polling, LISTEN and the
 * health checks would otherwise fill the collector with root spans.
 */
function instrumentations(): Instrumentation[] {
  return [
    new HttpInstrumentation({ ignoreIncomingRequestHook: (req) => QUIET_PATHS.test(req.url ?? '') }),
    // The console's backend-for-frontend calls the services with fetch.
    new UndiciInstrumentation(),
    // Route handlers only: one span per middleware of every request says nothing worth its cost.
    new ExpressInstrumentation({ ignoreLayersType: [ExpressLayerType.MIDDLEWARE, ExpressLayerType.ROUTER] }),
    new PgInstrumentation({ requireParentSpan: true, enhancedDatabaseReporting: false, ignoreConnectSpans: true }),
    new IORedisInstrumentation({ requireParentSpan: true, dbStatementSerializer: (command) => command }),
  ];
}

/**
 * Starts the OpenTelemetry SDK for this process: a tracer provider named after the service,
 * W3C trace context propagation on HTTP, the instrumentations above, and spans exported over
 * OTLP/HTTP (endpoint and headers from the standard OTEL_EXPORTER_OTLP_* variables) in batches,
 * or to `exporter` one by one (tests). Every exported span passes the resident-ID redactor.
 */
export function startSdk(serviceName: string, exporter?: SpanExporter): StartedTracing {
  const resource = defaultResource()
    .merge(detectResources({ detectors: [envDetector] }))
    .merge(resourceFromAttributes({ [ATTR_SERVICE_NAME]: serviceName, 'service.namespace': 'civil-affairs' }));
  const processor = exporter
    ? new SimpleSpanProcessor(new RedactingSpanExporter(exporter))
    : new BatchSpanProcessor(new RedactingSpanExporter(new OTLPTraceExporter()));
  const provider = new NodeTracerProvider({ resource, spanProcessors: [processor] });
  provider.register();
  const unregister = registerInstrumentations({ tracerProvider: provider, instrumentations: instrumentations() });
  return {
    flush: () => provider.forceFlush(),
    async shutdown() {
      unregister();
      await provider.shutdown();
      trace.disable();
      context.disable();
      propagation.disable();
    },
  };
}
