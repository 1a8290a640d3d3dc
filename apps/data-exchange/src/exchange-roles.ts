// Who may send which files. A department's system signs in as a service account with its feed
// role and may import only its own data sets; the bureau's admin may import any file that reached
// it another way (on media, by the provincial exchange platform).
import { ADMIN, READERS } from '@app/common/auth/roles';
import type { Department } from '@app/contracts';

export const FEED_ROLES: Readonly<Record<Department, string>> = {
  PUBLIC_SECURITY: 'feed-public-security',
  HOUSING: 'feed-housing',
  MARKET_REGULATION: 'feed-market-regulation',
  HUMAN_RESOURCES: 'feed-human-resources',
  HEALTH: 'feed-health',
  DISABLED_PERSONS_FEDERATION: 'feed-disabled-persons-federation',
};

/** Every role that may post a file; which data sets each may post is checked per request. */
export const IMPORTERS = [ADMIN, ...Object.values(FEED_ROLES)] as const;

/** Who may read the imports and their refused lines: the bureau's staff. */
export const IMPORT_READERS = READERS;

/** Whether the caller may import this department's files. */
export function mayImportFor(roles: readonly string[], department: Department): boolean {
  return roles.includes(ADMIN) || roles.includes(FEED_ROLES[department]);
}
