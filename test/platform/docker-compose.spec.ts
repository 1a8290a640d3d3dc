import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

// Docker does not run on the development machines, so the operators' compose file is checked
// statically: every service it names exists in apps/, every path it builds from exists, and
// services wait for healthy dependencies.
const ROOT = resolve(__dirname, '../..');
const compose = parse(readFileSync(join(ROOT, 'docker-compose.yml'), 'utf8'), { merge: true }) as {
  services: Record<string, { build?: string | { context: string; dockerfile?: string }; command?: string[]; depends_on?: Record<string, { condition: string }>; healthcheck?: unknown; environment?: Record<string, string>; ports?: string[]; volumes?: string[] }>;
};
const APPS = ['civil-registration', 'social-assistance', 'elderly-care', 'child-welfare', 'canteen', 'payments', 'data-exchange'];
/** The services the console's backend-for-frontend forwards to (apps/console/src/bff/service-directory.ts): all of them. */
const FORWARDED = APPS;
const DEFAULT_PORTS: Record<string, number> = {
  'civil-registration': 3001,
  'social-assistance': 3002,
  'elderly-care': 3003,
  'child-welfare': 3004,
  canteen: 3005,
  payments: 3006,
  'data-exchange': 3007,
};
const built = Object.entries(compose.services).filter(([, s]) => s.build !== undefined);
const services = built.filter(([name]) => name !== 'console');

describe('docker-compose.yml', () => {
  it('runs PostgreSQL, RabbitMQ with the management plugin, Redis, all seven services, the console, Prometheus and Grafana', () => {
    expect(Object.keys(compose.services).sort()).toEqual([...APPS, 'console', 'grafana', 'postgres', 'prometheus', 'rabbitmq', 'redis'].sort());
    expect(JSON.stringify(compose.services.rabbitmq)).toContain('management');
    expect(built.map(([name]) => name).sort()).toEqual([...APPS, 'console'].sort());
  });

  it('monitors the platform: RabbitMQ exports its metrics, Prometheus loads the checked rules, Grafana its dashboards read-only on loopback', () => {
    expect(compose.services.rabbitmq.volumes).toContain('./deploy/rabbitmq/enabled_plugins:/etc/rabbitmq/enabled_plugins:ro');
    expect(readFileSync(join(ROOT, 'deploy/rabbitmq/enabled_plugins'), 'utf8')).toContain('rabbitmq_prometheus');
    const prometheus = compose.services.prometheus;
    expect(prometheus.volumes).toEqual(expect.arrayContaining(['./deploy/prometheus/prometheus.yml:/etc/prometheus/prometheus.yml:ro', './deploy/prometheus/alerts.yml:/etc/prometheus/alerts.yml:ro']));
    const targets = readFileSync(join(ROOT, 'deploy/prometheus/prometheus.yml'), 'utf8');
    for (const app of APPS) expect(targets).toContain(`${app}:${DEFAULT_PORTS[app]}`);
    expect(targets).toContain('rabbitmq:15692');
    const grafana = compose.services.grafana;
    expect(grafana.volumes).toEqual(expect.arrayContaining(['./deploy/grafana/provisioning:/etc/grafana/provisioning:ro', './deploy/grafana/dashboards:/var/lib/grafana/dashboards:ro']));
    expect(grafana.environment).toMatchObject({ GF_AUTH_DISABLE_LOGIN_FORM: 'true', GF_AUTH_BASIC_ENABLED: 'false', GF_AUTH_ANONYMOUS_ORG_ROLE: 'Viewer' });
    expect(JSON.stringify(grafana.environment)).not.toMatch(/PASSWORD/);
    for (const monitor of [prometheus, grafana]) for (const port of monitor.ports ?? []) expect(port).toMatch(/^127\.0\.0\.1:/);
  });

  it('starts the console on 3000 after the services it forwards to, with their addresses', () => {
    const consoleService = compose.services.console;
    for (const dependency of ['postgres', ...FORWARDED]) expect(consoleService.depends_on?.[dependency]?.condition).toBe('service_healthy');
    expect(consoleService.healthcheck).toBeDefined();
    expect(consoleService.environment?.CONSOLE_PORT).toBe('3000');
    expect(consoleService.ports).toEqual(['3000:3000']);
    for (const app of FORWARDED) {
      expect(consoleService.environment?.[`${app.toUpperCase().replace('-', '_')}_URL`]).toBe(`http://${app}:${DEFAULT_PORTS[app]}`);
    }
    const dockerfile = readFileSync(join(ROOT, 'Dockerfile'), 'utf8');
    expect(dockerfile).toContain('npm run build:console');
    expect(dockerfile).toContain('COPY --from=build /app/apps/console/web/dist ./apps/console/web/dist');
  });

  it.each(built)('%s names an app that exists, with an entry point the build produces', (name, service) => {
    expect(existsSync(join(ROOT, 'apps', name, 'src/main.ts'))).toBe(true);
    expect(service.command).toEqual(['node', `dist/apps/${name}/src/main.js`]);
  });

  it.each(built)('%s builds from paths that exist', (_name, service) => {
    const build = typeof service.build === 'string' ? { context: service.build } : service.build!;
    const context = join(ROOT, build.context);
    const dockerfile = join(context, build.dockerfile ?? 'Dockerfile');
    expect(existsSync(dockerfile)).toBe(true);
    for (const line of readFileSync(dockerfile, 'utf8').split('\n')) {
      const copy = /^COPY (?!--from)(.+) \S+$/.exec(line.trim());
      if (!copy) continue;
      for (const source of copy[1].split(/\s+/)) expect([source, existsSync(join(context, source))]).toEqual([source, true]);
    }
  });

  it.each(services)('%s waits for healthy dependencies, has a health check and its default port', (name, service) => {
    for (const dependency of ['postgres', 'rabbitmq', 'redis']) {
      expect(service.depends_on?.[dependency]?.condition).toBe('service_healthy');
    }
    expect(service.healthcheck).toBeDefined();
    expect(service.environment?.PORT).toBe(String(DEFAULT_PORTS[name]));
    expect(service.ports).toEqual([`${DEFAULT_PORTS[name]}:${DEFAULT_PORTS[name]}`]);
  });

  it.each(['postgres', 'rabbitmq', 'redis'])('%s has a health check', (name) => {
    expect(compose.services[name].healthcheck).toBeDefined();
  });

  describe('RabbitMQ users (deploy/rabbitmq)', () => {
    const definitions = JSON.parse(readFileSync(join(ROOT, 'deploy/rabbitmq/definitions.json'), 'utf8')) as {
      users: Array<{ name: string }>;
      permissions: Array<{ user: string; configure: string; write: string; read: string }>;
    };

    it('mounts the definitions and the configuration that loads them', () => {
      const volumes = compose.services.rabbitmq.volumes ?? [];
      expect(volumes).toContain('./deploy/rabbitmq/definitions.json:/etc/rabbitmq/definitions.json:ro');
      const conf = volumes.find((v) => v.startsWith('./deploy/rabbitmq/rabbitmq.conf:'));
      expect(conf).toMatch(/^\.\/deploy\/rabbitmq\/rabbitmq\.conf:\/etc\/rabbitmq\/conf\.d\/[\w-]+\.conf:ro$/);
      for (const volume of volumes.filter((v) => v.startsWith('./'))) expect(existsSync(join(ROOT, volume.split(':')[0]))).toBe(true);
      const rabbitConf = readFileSync(join(ROOT, 'deploy/rabbitmq/rabbitmq.conf'), 'utf8');
      expect(rabbitConf).toMatch(/^definitions\.local\.path = \/etc\/rabbitmq\/definitions\.json$/m);
      expect(rabbitConf).toMatch(/^definitions\.import_backend = local_filesystem$/m);
      // A default user next to the definitions would be a second, unmanaged administrator.
      expect(JSON.stringify(compose.services.rabbitmq.environment ?? {})).not.toContain('RABBITMQ_DEFAULT_USER');
    });

    it.each(APPS)('%s connects as its own RabbitMQ user, defined with rights on its own queues', (name) => {
      const url = new URL(compose.services[name].environment?.AMQP_URL ?? 'amqp://missing@x');
      expect(url.username).toBe(name);
      expect(url.hostname).toBe('rabbitmq');
      expect(definitions.users.map((u) => u.name)).toContain(name);
      const permission = definitions.permissions.find((p) => p.user === name);
      expect(permission?.configure).toContain(`${name.replaceAll('-', '\\-')}\\..*`);
    });

    it('gives every service a different user', () => {
      const users = APPS.map((name) => new URL(compose.services[name].environment?.AMQP_URL ?? 'amqp://x@y').username);
      expect(new Set(users).size).toBe(APPS.length);
    });

    it('has an integrator that cannot write to civil-affairs.events', () => {
      const integrator = definitions.permissions.find((p) => p.user === 'integrator');
      expect(integrator).toBeDefined();
      expect(new RegExp(integrator!.write).test('civil-affairs.events')).toBe(false);
      expect(new RegExp(integrator!.read).test('civil-affairs.events')).toBe(true);
    });
  });
});
