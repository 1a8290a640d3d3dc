// Loads seeds/reference/policy-parameters.json into running services through their own API
// (POST /api/v1/policy-parameters, admin token signed with JWT_SECRET or the development secret).
// Idempotent: a period that is already there answers 409 POLICY.OVERLAP and is left alone.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { jwtSecretFromEnv } from '../libs/common/src/auth/auth-config';
import { signToken } from '../libs/common/src/auth/jwt';

interface SeedRow {
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

/** Returns per service how many rows were added and how many were already present. */
export async function loadReferenceData(baseUrls: Record<string, string>, data = readReferenceData()): Promise<Record<string, { added: number; present: number }>> {
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
