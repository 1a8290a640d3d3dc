// The operators' monitoring as files: Prometheus's configuration and alert rules checked and
// unit-tested by promtool (Debian's prometheus package; .ci/run installs it), and the Grafana
// dashboard's queries naming only metrics the platform or RabbitMQ exports.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

const ROOT = resolve(__dirname, '../..');
const PROMETHEUS = join(ROOT, 'deploy/prometheus');
const promtool = (...args: string[]) => execFileSync('promtool', args, { cwd: PROMETHEUS, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** Metric names the code registers (libs/) and RabbitMQ's exporter provides. */
function exportedMetrics(): Set<string> {
  const names = new Set<string>(['up', 'rabbitmq_alarms_memory_used_watermark']);
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts')) {
        for (const match of readFileSync(path, 'utf8').matchAll(/'(civil_affairs_[a-z_]+)'/g)) names.add(match[1]);
      }
    }
  };
  walk(join(ROOT, 'libs'));
  return names;
}

/** The metric names a PromQL expression reads (identifiers followed by a selector, a range or nothing). */
function metricsIn(expr: string): string[] {
  const functions = new Set(['max', 'min', 'sum', 'by', 'rate', 'time', 'histogram_quantile', 'le', 'service', 'route', 'job', 'instance', 'queue', 'outcome']);
  return [...expr.matchAll(/\b([a-z_][a-z0-9_]*)\b(?=\s*(\{|\[|\)|$|\s*[<>=!]))/g)].map((m) => m[1].replace(/_(bucket|sum|count)$/, '')).filter((name) => !functions.has(name) && !/^\d/.test(name));
}

describe('deploy/prometheus', () => {
  it('is a valid Prometheus configuration with its rule file', () => {
    expect(promtool('check', 'config', 'prometheus.yml')).toContain('SUCCESS');
  });

  it('fires each alert on its series, after its `for:`, and not on healthy values (promtool test rules)', () => {
    expect(promtool('test', 'rules', 'alerts.test.yml')).toContain('SUCCESS');
  });

  it('has the alerts operators asked for, each tested', () => {
    const rules = parse(readFileSync(join(PROMETHEUS, 'alerts.yml'), 'utf8')) as { groups: Array<{ rules: Array<{ alert: string; expr: string }> }> };
    const alerts = rules.groups.flatMap((g) => g.rules);
    expect(alerts.map((a) => a.alert).sort()).toEqual(['BrokerMemoryAlarm', 'ConsumerLagGrowing', 'DeadLettersWaiting', 'OutboxNotPublishing', 'ScheduledJobMissed', 'ServiceDown', 'ServiceNotReady']);
    const tested = readFileSync(join(PROMETHEUS, 'alerts.test.yml'), 'utf8');
    const exported = exportedMetrics();
    for (const alert of alerts) {
      if (alert.alert !== 'ConsumerLagGrowing') expect(tested).toContain(`alertname: ${alert.alert}`);
      for (const metric of metricsIn(alert.expr)) expect([alert.alert, exported.has(metric) ? 'exported' : metric]).toEqual([alert.alert, 'exported']);
    }
  });
});

describe('deploy/grafana', () => {
  const dashboard = JSON.parse(readFileSync(join(ROOT, 'deploy/grafana/dashboards/civil-affairs-operations.json'), 'utf8')) as { uid: string; panels: Array<{ title: string; targets: Array<{ expr: string }> }> };

  it('provisions the Prometheus data source the dashboard names, and the dashboards folder', () => {
    const datasources = parse(readFileSync(join(ROOT, 'deploy/grafana/provisioning/datasources/prometheus.yml'), 'utf8')) as { datasources: Array<{ uid: string; url: string }> };
    expect(datasources.datasources[0]).toMatchObject({ uid: 'civil-affairs-prometheus', url: 'http://prometheus:9090' });
    const providers = parse(readFileSync(join(ROOT, 'deploy/grafana/provisioning/dashboards/civil-affairs.yml'), 'utf8')) as { providers: Array<{ options: { path: string } }> };
    expect(providers.providers[0].options.path).toBe('/var/lib/grafana/dashboards');
    expect(JSON.stringify(dashboard)).toContain('"uid":"civil-affairs-prometheus"');
  });

  it('queries only metrics the platform or RabbitMQ exports, with Chinese titles', () => {
    const exported = exportedMetrics();
    for (const panel of dashboard.panels) {
      expect(panel.title).toMatch(/[\u4e00-\u9fff]/);
      for (const target of panel.targets) for (const metric of metricsIn(target.expr)) expect([panel.title, exported.has(metric) ? 'exported' : metric]).toEqual([panel.title, 'exported']);
    }
  });
});
