// Naming rules of STYLE.md that ESLint cannot see: where rules live, how consumers are named, and
// one spelling of "enrollment" (the event contracts'). Each rule reads the source tree as it is.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';

const ROOT = join(__dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name === 'web' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') ? [relative(ROOT, path)] : [];
  });
}

const APP_AND_LIB_SOURCES = ['apps', 'libs'].flatMap((top) =>
  readdirSync(join(ROOT, top)).flatMap((name) => sourceFiles(join(ROOT, top, name, 'src'))),
);

const pascal = (words: string): string => words.split(/[-_]/).map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');

/**
 * What a consumer file breaks of the scheme: `<folder>.consumer.ts`, class `<Folder>Consumer`,
 * handlers `on<Entity><Verb>`, and a batch handler (`@OnEventBatch`, several events a call)
 * `on<Entity>s<Verb>`.
 */
export function consumerNamingProblems(path: string, source: string): string[] {
  const folder = basename(dirname(path));
  const problems: string[] = [];
  if (basename(path) !== `${folder}.consumer.ts`) problems.push(`${path}: a consumer file is named after its folder (${folder}.consumer.ts)`);
  const classes = [...source.matchAll(/export class (\w+)/g)].map((m) => m[1]);
  if (!classes.includes(`${pascal(folder)}Consumer`)) problems.push(`${path}: the class is ${pascal(folder)}Consumer, found ${classes.join(', ')}`);
  // One key or several (the programmes' copies of one contract): each names the same handler.
  for (const [, batch, keyList, method] of source.matchAll(/@OnEvent(Batch)?\(((?:\s*'[^']+',?)+)\s*\)\s*\n\s*async (\w+)\(/g)) {
    for (const [, key] of keyList.matchAll(/'([^']+)'/g)) {
      const [, entity, verb] = key.split('.');
      const expected = `on${pascal(entity)}${batch ? 's' : ''}${pascal(verb)}`;
      if (method !== expected) problems.push(`${path}: the handler of ${key} is ${expected}, found ${method}`);
    }
  }
  return problems;
}

describe('house style', () => {
  it('a file in a rules/ folder is a .rule.ts (or its .rule.spec.ts)', () => {
    const misnamed = APP_AND_LIB_SOURCES.filter((path) => /\/rules\/[^/]+\.ts$/.test(path) && !/\.rule(\.spec)?\.ts$/.test(path));
    expect(misnamed).toEqual([]);
  });

  it('every consumer follows one naming scheme', () => {
    const consumers = APP_AND_LIB_SOURCES.filter((path) => path.endsWith('.consumer.ts'));
    expect(consumers.length).toBeGreaterThanOrEqual(10);
    expect(consumers.flatMap((path) => consumerNamingProblems(path, readFileSync(join(ROOT, path), 'utf8')))).toEqual([]);
  });

  it('the consumer scheme refuses a handler named otherwise', () => {
    const source = `export class DeathsConsumer {\n  @OnEvent('civil-registration.death.registered.v1')\n  async onDeath(`;
    expect(consumerNamingProblems('apps/x/src/deaths/deaths.consumer.ts', source)).toEqual([
      'apps/x/src/deaths/deaths.consumer.ts: the handler of civil-registration.death.registered.v1 is onDeathRegistered, found onDeath',
    ]);
    expect(consumerNamingProblems('apps/x/src/deaths/death-registered.consumer.ts', 'export class DeathRegisteredConsumer {}')).toHaveLength(2);
    const batch = (method: string) => `export class DeathsConsumer {\n  @OnEventBatch('civil-registration.death.registered.v1')\n  async ${method}(`;
    expect(consumerNamingProblems('apps/x/src/deaths/deaths.consumer.ts', batch('onDeathsRegistered'))).toEqual([]);
    expect(consumerNamingProblems('apps/x/src/deaths/deaths.consumer.ts', batch('onDeathRegistered'))).toEqual([
      'apps/x/src/deaths/deaths.consumer.ts: the handler of civil-registration.death.registered.v1 is onDeathsRegistered, found onDeathRegistered',
    ]);
    const several = `export class PayablesConsumer {\n  @OnEvent(\n    'canteen.payables.approved.v1',\n    'canteen.settlement.approved.v1',\n  )\n  async onPayablesApproved(`;
    expect(consumerNamingProblems('apps/x/src/payables/payables.consumer.ts', several)).toEqual([
      'apps/x/src/payables/payables.consumer.ts: the handler of canteen.settlement.approved.v1 is onSettlementApproved, found onPayablesApproved',
    ]);
  });

  it('spells "enrollment" as the event contracts do (migrations keep their history)', () => {
    // Written so that a search-and-replace of the old spelling cannot rewrite the test itself.
    const misspelt = APP_AND_LIB_SOURCES.filter((path) => !path.includes('/migrations/') && /enrol(?!l)ment/i.test(readFileSync(join(ROOT, path), 'utf8')));
    expect(misspelt).toEqual([]);
  });
});
