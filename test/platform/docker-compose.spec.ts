import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

// Docker does not run on the development machines, so the operators' compose file is checked
// statically: every service it names exists in apps/, every path it builds from exists, and
// services wait for healthy dependencies.
const ROOT = resolve(__dirname, '../..');
const compose = parse(readFileSync(join(ROOT, 'docker-compose.yml'), 'utf8'), { merge: true }) as {
  services: Record<string, { build?: string | { context: string; dockerfile?: string }; command?: string[]; depends_on?: Record<string, { condition: string }>; healthcheck?: unknown; environment?: Record<string, string>; ports?: string[] }>;
};
const APPS = ['civil-registration', 'social-assistance', 'elderly-care', 'child-welfare', 'canteen'];
const DEFAULT_PORTS: Record<string, number> = {
  'civil-registration': 3001,
  'social-assistance': 3002,
  'elderly-care': 3003,
  'child-welfare': 3004,
  canteen: 3005,
};
const built = Object.entries(compose.services).filter(([, s]) => s.build !== undefined);

describe('docker-compose.yml', () => {
  it('runs PostgreSQL, RabbitMQ with the management plugin, Redis and all five services', () => {
    expect(Object.keys(compose.services).sort()).toEqual([...APPS, 'postgres', 'rabbitmq', 'redis'].sort());
    expect(JSON.stringify(compose.services.rabbitmq)).toContain('management');
    expect(built.map(([name]) => name).sort()).toEqual([...APPS].sort());
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

  it.each(built)('%s waits for healthy dependencies, has a health check and its default port', (name, service) => {
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
});
