// Loads the reference records of seeds/reference (the city's institutions, the home care
// catalogue, community care facilities, its canteens, marriage registration offices and points,
// cemeteries and ash halls, the banks that pay its subsidies and their file layouts) into running
// services through their own APIs, so the same validation applies as for an operator. Idempotent: a record already there is answered with the
// endpoint's "already present" problem and left alone.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { jwtSecretFromEnv } from '../libs/common/src/auth/auth-config';
import { signToken } from '../libs/common/src/auth/jwt';

export interface RecordSeed {
  /** Which service takes the records. */
  service: string;
  /** File under seeds/reference. */
  file: string;
  path: string;
  /** The request bodies in the file. */
  bodies(file: Record<string, unknown>): unknown[];
  /** Whether a refusal means "already there" (status and problem body). */
  alreadyPresent(status: number, problem: { code?: string; errors?: Array<{ code?: string }> }): boolean;
}

const withoutComments = (file: Record<string, unknown>): Record<string, unknown> => Object.fromEntries(Object.entries(file).filter(([key]) => !key.startsWith('$')));

export const RECORD_SEEDS: RecordSeed[] = [
  {
    service: 'elderly-care',
    file: 'institutions.json',
    path: '/api/v1/institutions',
    bodies: (file) => file.institutions as unknown[],
    alreadyPresent: (status, problem) => status === 409 && problem.code === 'INSTITUTION.CODE_TAKEN',
  },
  {
    service: 'elderly-care',
    file: 'home-care-catalogue.json',
    path: '/api/v1/home-care/catalogue',
    bodies: (file) => [withoutComments(file)],
    // The catalogue is added all or none; a second load overlaps every period it holds.
    alreadyPresent: (status, problem) =>
      status === 422 && problem.code === 'HOME_CARE.CATALOGUE_INVALID' && (problem.errors ?? []).length > 0 && (problem.errors ?? []).every((e) => e.code === 'periodOverlap'),
  },
  {
    service: 'elderly-care',
    file: 'facilities.json',
    path: '/api/v1/facilities',
    bodies: (file) => file.facilities as unknown[],
    alreadyPresent: (status, problem) => status === 409 && problem.code === 'FACILITY.CODE_TAKEN',
  },
  {
    service: 'canteen',
    file: 'canteens.json',
    path: '/api/v1/canteens',
    bodies: (file) => file.canteens as unknown[],
    alreadyPresent: (status, problem) => status === 409 && problem.code === 'CANTEEN.CODE_TAKEN',
  },
  {
    service: 'civil-registration',
    file: 'registration-offices.json',
    path: '/api/v1/registration-offices',
    bodies: (file) => file.offices as unknown[],
    alreadyPresent: (status, problem) => status === 409 && problem.code === 'REGISTRATION_OFFICE.CODE_TAKEN',
  },
  {
    service: 'civil-registration',
    file: 'cemeteries.json',
    path: '/api/v1/cemeteries',
    bodies: (file) => file.cemeteries as unknown[],
    // Plots and niches are not seeded: a cemetery present is left as the bureau keeps it.
    alreadyPresent: (status, problem) => status === 409 && problem.code === 'CEMETERY.CODE_TAKEN',
  },
  {
    service: 'payments',
    file: 'banks.json',
    path: '/api/v1/banks',
    bodies: (file) => file.banks as unknown[],
    // A bank present keeps its layouts; a changed layout is added as a new version, by hand (docs/payments.md).
    alreadyPresent: (status, problem) => status === 409 && problem.code === 'BANK.CODE_TAKEN',
  },
];

export type RecordSummary = Record<string, { added: number; present: number }>;

/** Per seed file, how many records were added and how many were already there. */
export async function loadReferenceRecords(baseUrls: Record<string, string>, seeds = RECORD_SEEDS, root = join(__dirname, '..')): Promise<RecordSummary> {
  const token = signToken({ sub: 'reference-data-loader', roles: ['admin'], division: '000000' }, { secret: jwtSecretFromEnv(), expiresIn: '10m' });
  const summary: RecordSummary = {};
  for (const seed of seeds) {
    const base = baseUrls[seed.service];
    const path = join(root, 'seeds/reference', seed.file);
    if (!base || !existsSync(path)) continue;
    const tally = (summary[seed.file] = { added: 0, present: 0 });
    for (const body of seed.bodies(JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>)) {
      const res = await fetch(`${base}${seed.path}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
      const text = await res.text();
      if (res.status === 201) tally.added += 1;
      else if (seed.alreadyPresent(res.status, safeJson(text))) tally.present += 1;
      else throw new Error(`${seed.service} ${seed.file}: refused ${res.status} ${text.slice(0, 500)}`);
    }
  }
  return summary;
}

function safeJson(text: string): { code?: string; errors?: Array<{ code?: string }> } {
  try {
    return JSON.parse(text) as { code?: string };
  } catch {
    return {};
  }
}
