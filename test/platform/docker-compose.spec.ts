import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

// Docker does not run on the development machines, so the operators' compose file is checked
// statically: every service it names exists in apps/, every path it builds from exists, and
// services wait for healthy dependencies.
const ROOT = resolve(__dirname, '../..');
const compose = parse(readFileSync(join(ROOT, 'docker-compose.yml'), 'utf8'), { merge: true }) as {
  services: Record<
    string,
    {
      image?: string;
      build?: string | { context: string; dockerfile?: string };
      command?: string[];
      restart?: string;
      logging?: { driver: string; options?: Record<string, string> };
      deploy?: { resources?: { limits?: { cpus?: string; memory?: string } } };
      secrets?: string[];
      depends_on?: Record<string, { condition: string }>;
      healthcheck?: { disable?: boolean };
      environment?: Record<string, string>;
      ports?: string[];
      expose?: string[];
      profiles?: string[];
      volumes?: string[];
    }
  >;
  secrets: Record<string, { environment?: string; file?: string }>;
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
/** The long-running processes built from the image (the reference-data job runs once and exits). */
const built = Object.entries(compose.services).filter(([name, s]) => s.build !== undefined && name !== 'reference-data');
const services = built.filter(([name]) => name !== 'console');

describe('docker-compose.yml', () => {
  it('runs PostgreSQL, RabbitMQ with the management plugin, Redis, all seven services, the console, Prometheus and Grafana', () => {
    expect(Object.keys(compose.services).sort()).toEqual([...APPS, 'console', 'grafana', 'jaeger', 'postgres', 'prometheus', 'rabbitmq', 'redis', 'reference-data'].sort());
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

  it.each(['postgres', 'rabbitmq', 'redis'])('%s has a health check, restarts, rotates its logs and has limits', (name) => {
    const service = compose.services[name];
    expect(service.healthcheck).toBeDefined();
    expect(service.restart).toBe('unless-stopped');
    expect(service.logging).toMatchObject({ driver: 'json-file', options: { 'max-size': expect.any(String), 'max-file': expect.any(String) } });
    expect(service.deploy?.resources?.limits).toMatchObject({ cpus: expect.any(String), memory: expect.any(String) });
  });

  it('traces only when asked: the endpoint empty by default, Jaeger in the tracing profile taking OTLP, its UI on loopback', () => {
    for (const [, service] of built) expect(service.environment?.OTEL_EXPORTER_OTLP_ENDPOINT).toBe('${OTEL_EXPORTER_OTLP_ENDPOINT:-}');
    const jaeger = compose.services.jaeger;
    expect(jaeger.profiles).toEqual(['tracing']);
    expect(jaeger.image).toMatch(/^jaegertracing\/jaeger:2\.\d+\.\d+$/);
    expect(jaeger.expose).toContain('4318');
    expect(jaeger.ports).toEqual(['127.0.0.1:16686:16686']);
    expect(readFileSync(join(ROOT, '.env.example'), 'utf8')).toMatch(/OTEL_EXPORTER_OTLP_ENDPOINT=/);
  });

  it('runs supported PostgreSQL and RabbitMQ versions', () => {
    expect(Number(/^postgres:(\d+)/.exec(compose.services.postgres.image ?? '')?.[1])).toBeGreaterThanOrEqual(16);
    const [major, minor] = (/^rabbitmq:(\d+)\.(\d+)/.exec(compose.services.rabbitmq.image ?? '') ?? []).slice(1).map(Number);
    expect(major * 100 + minor).toBeGreaterThanOrEqual(401);
  });

  it.each(built)('%s restarts, rotates its logs and has resource limits', (_name, service) => {
    expect(service.restart).toBe('unless-stopped');
    expect(service.logging?.driver).toBe('json-file');
    expect(service.deploy?.resources?.limits?.memory).toBeDefined();
  });

  it.each(built)('%s reads its secrets from files, never from environment values', (name, service) => {
    const env = service.environment ?? {};
    for (const secret of ['DB_PASSWORD', 'JWT_SECRET', 'AMQP_PASSWORD']) expect([secret, env[secret]]).toEqual([secret, undefined]);
    expect(env.JWT_SECRET_FILE).toBe('/run/secrets/jwt_secret');
    expect(env.DB_PASSWORD_FILE).toBe('/run/secrets/db_password');
    expect(env.AMQP_PASSWORD_FILE).toBe(`/run/secrets/amqp_${name.replaceAll('-', '_')}`);
    expect(new URL(env.AMQP_URL).password).toBe('');
    for (const secret of service.secrets ?? []) expect(compose.secrets[secret]).toBeDefined();
    expect(service.secrets).toEqual(expect.arrayContaining(['db_password', 'jwt_secret', `amqp_${name.replaceAll('-', '_')}`]));
  });

  it('takes each secret from a variable .env.example names', () => {
    const example = readFileSync(join(ROOT, '.env.example'), 'utf8');
    for (const [name, secret] of Object.entries(compose.secrets)) expect([name, example.includes(`${secret.environment}=`)]).toEqual([name, true]);
  });

  it('loads the reference data once the services are healthy, with the seeds the image holds', () => {
    const job = compose.services['reference-data'];
    expect(job.command).toEqual(['node', 'dist/scripts/load-reference.js']);
    expect(existsSync(join(ROOT, 'scripts/load-reference.ts'))).toBe(true);
    expect(job.restart).toBe('no');
    for (const app of APPS) {
      expect(job.depends_on?.[app]?.condition).toBe('service_healthy');
      expect(job.environment?.[`${app.toUpperCase().replaceAll('-', '_')}_URL`]).toBe(`http://${app}:${DEFAULT_PORTS[app]}`);
    }
    expect(readFileSync(join(ROOT, 'Dockerfile'), 'utf8')).toContain('COPY --from=build /app/seeds ./seeds');
  });

  it('builds a Node 24 image with a default command and a health check, from a context without tests or local state', () => {
    const dockerfile = readFileSync(join(ROOT, 'Dockerfile'), 'utf8');
    expect(dockerfile.match(/^FROM node:(\d+)/gm)).toEqual(['FROM node:24', 'FROM node:24']);
    expect(dockerfile).toMatch(/^CMD \[/m);
    expect(dockerfile).toMatch(/^HEALTHCHECK .*\/health\/ready/m);
    const ignored = readFileSync(join(ROOT, '.dockerignore'), 'utf8').split('\n');
    for (const path of ['node_modules', 'dist', '.git', 'test', 'bench', '.env']) expect(ignored).toContain(path);
  });

  it('publishes AMQP (5672) and AMQP over TLS (5671) for the departments, and bounds their queues', () => {
    expect(compose.services.rabbitmq.ports).toEqual(expect.arrayContaining(['5672:5672', '5671:5671']));
    const definitions = JSON.parse(readFileSync(join(ROOT, 'deploy/rabbitmq/definitions.json'), 'utf8')) as { policies: Array<{ pattern: string; definition: Record<string, unknown> }> };
    const policy = definitions.policies.find((p) => new RegExp(p.pattern).test('integrator.public-security.deaths'));
    expect(policy?.definition).toMatchObject({ 'max-length': expect.any(Number), overflow: 'drop-head', 'message-ttl': expect.any(Number) });
    expect(new RegExp(policy!.pattern).test('civil-registration.events')).toBe(false);
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
      expect(compose.secrets[`amqp_${name.replaceAll('-', '_')}`]?.environment).toBe(`AMQP_PASSWORD_${name.toUpperCase().replaceAll('-', '_')}`);
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
