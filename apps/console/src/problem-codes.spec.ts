import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONSOLE_PROBLEM_CODES } from './problem-codes';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') && entry.name !== 'problem-codes.ts' ? [path] : [];
  });
}

describe('CONSOLE_PROBLEM_CODES', () => {
  it('are AREA.REASON codes, each once', () => {
    for (const code of CONSOLE_PROBLEM_CODES) expect(code).toMatch(/^[A-Z]+\.[A-Z0-9_]+$/);
    expect(new Set(CONSOLE_PROBLEM_CODES).size).toBe(CONSOLE_PROBLEM_CODES.length);
  });

  it('hold every code the console’s source names', () => {
    const named = new Set(sourceFiles(__dirname).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/'([A-Z]+\.[A-Z][A-Z0-9_]+)'/g)].map((m) => m[1])));
    expect(named.size).toBeGreaterThan(15);
    expect([...named].filter((code) => !(CONSOLE_PROBLEM_CODES as readonly string[]).includes(code))).toEqual([]);
  });

  it('hold the codes of libs/common the console answers with (roles, validation, errors)', () => {
    expect(CONSOLE_PROBLEM_CODES).toEqual(expect.arrayContaining(['AUTH.FORBIDDEN', 'VALIDATION.FAILED', 'REQUEST.MALFORMED_JSON', 'HTTP.NOT_FOUND', 'INTERNAL.ERROR']));
  });
});
