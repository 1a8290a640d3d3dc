// The home-care (居家养老) providers the year's visits are assigned to, registered on the first day
// (the reference data has none): service centres of the city's counties, invented for the
// simulation. Their platform ids are kept in the drive's refs.
import { problemCode } from '../api';
import type { DriveContext, PlanContext } from '../context';
import type { HomeCareProvidersEvent } from '../events';
import { DONE, PRESENT, refused } from '../tally';

export const HOME_CARE_PROVIDERS = [
  { code: 'YEAR-HC-01', providerName: '颐康居家养老服务中心（示例）' },
  { code: 'YEAR-HC-02', providerName: '安馨居家养老服务中心（示例）' },
  { code: 'YEAR-HC-03', providerName: '乐龄上门照护服务站（示例）' },
] as const;

const refKey = (code: string): string => `home-care-provider:${code}`;

export function planHomeCareProviders(ctx: PlanContext): Array<{ day: number; event: HomeCareProvidersEvent }> {
  return ctx.profile.volumes.homeCareVisits.n === 0 ? [] : [{ day: 0, event: { kind: 'home-care-providers', key: 'home-care-providers' } }];
}

async function readIds(ctx: DriveContext): Promise<string[]> {
  const res = await ctx.api.call('elderly-care', 'GET', '/api/v1/home-care/providers?pageSize=100', 'clerk');
  if (res.status !== 200) throw new Error(`the home-care providers could not be read: ${res.status} ${res.text.slice(0, 300)}`);
  const byCode = new Map((res.body as { items: Array<{ id: string; code: string }> }).items.map((p) => [p.code, p.id]));
  const missing = HOME_CARE_PROVIDERS.filter((p) => !byCode.has(p.code));
  if (missing.length > 0) throw new Error(`the home-care providers ${missing.map((p) => p.code).join(', ')} are not registered`);
  for (const p of HOME_CARE_PROVIDERS) ctx.refs[refKey(p.code)] = byCode.get(p.code)!;
  return HOME_CARE_PROVIDERS.map((p) => byCode.get(p.code)!);
}

/** The providers' ids, in the order of HOME_CARE_PROVIDERS. */
export async function providerIds(ctx: DriveContext): Promise<string[]> {
  const known = HOME_CARE_PROVIDERS.map((p) => ctx.refs[refKey(p.code)]);
  return known.every((id) => id !== undefined) ? known : readIds(ctx);
}

/** Each provider registered by the clerk (a code already there is the rerun of the day). */
export async function driveHomeCareProviders(_event: HomeCareProvidersEvent, ctx: DriveContext): Promise<void> {
  const counties = [...new Set(ctx.population.elders.map((e) => e.townshipCode.slice(0, 6)))].sort();
  for (const [i, p] of HOME_CARE_PROVIDERS.entries()) {
    const res = await ctx.api.call('elderly-care', 'POST', '/api/v1/home-care/providers', 'clerk', { ...p, divisionCode: counties[i % counties.length] });
    ctx.record('home-care-providers', res.status === 201 ? DONE : problemCode(res) === 'HOME_CARE.PROVIDER_CODE_TAKEN' ? PRESENT : refused(problemCode(res), res.text), p.code);
  }
  await readIds(ctx);
}
