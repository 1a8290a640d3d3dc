import { tracingConfigFromEnv } from './tracing-config';

const ENDPOINT = 'http://collector:4318';

describe('tracingConfigFromEnv', () => {
  it.each<[string, NodeJS.ProcessEnv, ReturnType<typeof tracingConfigFromEnv>]>([
    ['nothing configured: off', {}, { enabled: false }],
    ['an OTLP endpoint: on', { OTEL_EXPORTER_OTLP_ENDPOINT: ENDPOINT }, { enabled: true, serviceName: 'canteen' }],
    ['a traces endpoint: on', { OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: `${ENDPOINT}/v1/traces` }, { enabled: true, serviceName: 'canteen' }],
    ['an empty endpoint: off', { OTEL_EXPORTER_OTLP_ENDPOINT: ' ' }, { enabled: false }],
    ['the otlp exporter named (default endpoint): on', { OTEL_TRACES_EXPORTER: 'otlp' }, { enabled: true, serviceName: 'canteen' }],
    ['exporter none wins over an endpoint', { OTEL_TRACES_EXPORTER: 'none', OTEL_EXPORTER_OTLP_ENDPOINT: ENDPOINT }, { enabled: false }],
    ['the SDK disabled wins over everything', { OTEL_SDK_DISABLED: 'TRUE', OTEL_TRACES_EXPORTER: 'otlp', OTEL_EXPORTER_OTLP_ENDPOINT: ENDPOINT }, { enabled: false }],
    ['OTEL_SDK_DISABLED=false leaves it to the rest', { OTEL_SDK_DISABLED: 'false', OTEL_EXPORTER_OTLP_ENDPOINT: ENDPOINT }, { enabled: true, serviceName: 'canteen' }],
    ['OTEL_SERVICE_NAME renames the service', { OTEL_EXPORTER_OTLP_ENDPOINT: ENDPOINT, OTEL_SERVICE_NAME: 'canteen-east' }, { enabled: true, serviceName: 'canteen-east' }],
  ])('%s', (_case, env, expected) => {
    expect(tracingConfigFromEnv('canteen', env)).toEqual(expected);
  });

  it.each([['console'], ['zipkin'], ['otlp,jaeger']])('refuses an exporter it does not ship (%s) rather than losing traces silently', (exporter) => {
    expect(() => tracingConfigFromEnv('canteen', { OTEL_TRACES_EXPORTER: exporter })).toThrow(/OTEL_TRACES_EXPORTER: .* is not supported; use otlp/);
  });
});
