// Loads seeds/reference/policy-parameters.json into running services through their own API
// (POST /api/v1/policy-parameters, admin token signed with JWT_SECRET or the development secret).
// Idempotent: a period that is already there answers 409 POLICY.OVERLAP and is left alone.
// Every row is first checked against its service's policy catalogue, so a bad file loads nothing
// (the services would refuse the same rows one by one, after loading the rows before them).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { jwtSecretFromEnv } from '../libs/common/src/auth/auth-config';
import { signToken } from '../libs/common/src/auth/jwt';
import type { AnyPolicyCatalogue } from '../libs/common/src/policy/policy-catalogue';
import { POLICY_CATALOGUES } from './policy-catalogues';

export interface SeedRow {
  key: string;
  value: unknown;
  effectiveFrom: string;
  effectiveTo?: string | null;
  note?: string;
}

export type ReferenceData = Record<string, SeedRow[]>;

export function readReferenceData(root = join(__dirname, '..')): ReferenceData {
  const raw = JSON.parse(readFileSync(join(root, 'seeds/reference/policy-parameters.json'), 'utf8')) as Record<string, unknown>;
  const data: ReferenceData = {};
  for (const [service, rows] of Object.entries(raw)) if (!service.startsWith('$')) data[service] = rows as SeedRow[];
  return data;
}

/** Why rows of the reference data would be refused: a service without a catalogue, a key outside it, a value of the wrong shape. */
export function referenceDataProblems(data: ReferenceData, catalogues: Readonly<Record<string, AnyPolicyCatalogue>> = POLICY_CATALOGUES): string[] {
  const problems: string[] = [];
  for (const [service, rows] of Object.entries(data)) {
    const catalogue = catalogues[service];
    if (!catalogue) {
      problems.push(`${service}: no such service`);
      continue;
    }
    for (const row of rows) {
      const problem = catalogue.check(row.key, row.value);
      if (problem?.kind === 'UNKNOWN_KEY') problems.push(`${service}: ${row.key} is not in its policy catalogue`);
      if (problem?.kind === 'INVALID_VALUE') problems.push(`${service}: ${row.key} from ${row.effectiveFrom}: ${problem.issues.map((i) => `${i.path || 'value'}: ${i.message}`).join('; ')}`);
    }
  }
  return problems;
}

/** Returns per service how many rows were added and how many were already present. */
export async function loadReferenceData(baseUrls: Record<string, string>, data = readReferenceData()): Promise<Record<string, { added: number; present: number }>> {
  const problems = referenceDataProblems(data);
  if (problems.length > 0) throw new Error(`reference policy parameters refused, nothing loaded:\n${problems.join('\n')}`);
  const token = signToken({ sub: 'reference-data-loader', roles: ['admin'], division: '000000' }, { secret: jwtSecretFromEnv(), expiresIn: '10m' });
  const summary: Record<string, { added: number; present: number }> = {};
  for (const [service, rows] of Object.entries(data)) {
    const base = baseUrls[service];
    if (!base) continue;
    summary[service] = { added: 0, present: 0 };
    for (const row of rows) {
      const res = await fetch(`${base}/api/v1/policy-parameters`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(row),
      });
      if (res.status === 201) summary[service].added += 1;
      else if (res.status === 409) summary[service].present += 1;
      else throw new Error(`${service}: ${row.key} from ${row.effectiveFrom} refused: ${res.status} ${await res.text()}`);
    }
  }
  return summary;
}
