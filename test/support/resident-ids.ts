import { randomUUID } from 'node:crypto';
import { residentIdCheckChar } from '@app/common/resident-id/resident-id';
import type { EventOf } from '@app/contracts';
import { sampleEvents } from '@app/contracts/testing/event-samples';

const sampleDeath = sampleEvents['civil-registration.death.registered.v1'];

/** A valid GB 11643 resident ID for test data: region, birth date YYYYMMDD, 3-digit sequence. */
export function residentId(region: string, birth: string, sequence: number): string {
  const first17 = `${region}${birth}${String(sequence % 1000).padStart(3, '0')}`;
  return first17 + residentIdCheckChar(first17);
}

/** The n-th of a stream of distinct valid IDs (for bulk tests). */
export function nthResidentId(n: number): string {
  const day = 1 + (Math.floor(n / 1000) % 28);
  const month = 1 + (Math.floor(n / 28_000) % 12);
  const year = 1930 + (Math.floor(n / 336_000) % 60);
  return residentId('110105', `${year}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}`, n % 1000);
}

/** A valid death payload for resident n (a fresh deathId each time), for bulk event tests. */
export function deathOf(n: number): EventOf<'civil-registration.death.registered.v1'> {
  return { ...sampleDeath, deathId: randomUUID(), residentId: nthResidentId(n), name: `居民${n}`, sex: n % 2 ? 'M' : 'F' };
}
