// `npm run openapi:lint`: lints every OpenAPI document the platform serves with the rules of
// redocly.yaml (Redocly's, offline: @redocly/openapi-core); exit 1 naming each problem.
import 'reflect-metadata';
import { resolve } from 'node:path';
import { lintFromString, loadConfig } from '@redocly/openapi-core';
import { allDocuments, type NamedDocument } from './documents';

const ROOT = resolve(__dirname, '../..');
const CONFIG = resolve(ROOT, 'redocly.yaml');

export interface LintFinding {
  document: string;
  rule: string;
  severity: string;
  message: string;
  where: string;
}

/** Every finding of the linter in the documents, warnings included. */
export async function lintDocuments(documents: readonly NamedDocument[]): Promise<LintFinding[]> {
  const config = await loadConfig({ configPath: CONFIG });
  const findings: LintFinding[] = [];
  for (const { name, document } of documents) {
    const problems = await lintFromString({ source: JSON.stringify(document), absoluteRef: resolve(ROOT, `${name}.json`), config });
    // Findings listed in .redocly.lint-ignore.yaml (each with its reason) come back marked ignored.
    for (const problem of problems.filter((p) => !p.ignored)) {
      findings.push({ document: name, rule: problem.ruleId, severity: problem.severity, message: problem.message, where: problem.location[0]?.pointer ?? '' });
    }
  }
  return findings;
}

async function main(): Promise<number> {
  const findings = await lintDocuments(await allDocuments());
  for (const f of findings) process.stdout.write(`${f.document} ${f.severity} ${f.rule} ${f.where}: ${f.message}\n`);
  process.stdout.write(findings.length === 0 ? 'The OpenAPI documents pass the lint.\n' : `${findings.length} findings.\n`);
  return findings.length === 0 ? 0 : 1;
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (err: unknown) => {
      process.stderr.write(`${(err as Error).stack ?? String(err)}\n`);
      process.exit(2);
    },
  );
}
