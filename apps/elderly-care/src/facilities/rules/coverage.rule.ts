// Coverage of townships and communities by community elderly care facilities (DOMAIN §4: "day-care
// coverage of townships and communities"). A community or village is covered by a type when a
// facility of that type serves it, opened by the day of the report and is OPEN (its status as
// recorded now: the service keeps no history of statuses). How many communities a
// township has is a policy parameter; without it the shares are null, the counts stay. Pure.
import { z } from 'zod';
import { FACILITY_TYPE_LABELS, FACILITY_TYPE_LEVEL, FACILITY_TYPES, townshipOf, type FacilityStatus, type FacilityType } from './facility.rule';

export const COMMUNITIES_PER_TOWNSHIP_POLICY_KEY = 'elderly-care.facility-coverage.communities-per-township';

export const communitiesPerTownshipSchema = z.object({
  townships: z.array(z.object({ divisionCode: z.string().regex(/^\d{9}$/), communities: z.number().int().min(1) })),
});
export type CommunitiesPerTownship = z.output<typeof communitiesPerTownshipSchema>;

export interface CoverageFacility {
  type: FacilityType;
  divisionCode: string;
  openedOn: string;
  status: FacilityStatus;
}

export interface TownshipTypeCoverage {
  type: FacilityType;
  label: string;
  facilities: number;
  /** Communities/villages with one at least; null for a type that serves the whole township. */
  communitiesCovered: number | null;
  sharePercent: number | null;
}

export interface TownshipCoverage {
  township: string;
  /** Communities and villages of the township (policy parameter); null when not set. */
  communities: number | null;
  byType: TownshipTypeCoverage[];
}

export interface TypeCoverage {
  type: FacilityType;
  label: string;
  facilities: number;
  townshipsCovered: number;
  townshipsSharePercent: number | null;
  communitiesCovered: number | null;
  communitiesSharePercent: number | null;
}

export interface Coverage {
  townships: number;
  communities: number | null;
  byType: TypeCoverage[];
  byTownship: TownshipCoverage[];
}

/** Share in per cent, one decimal, half up; null when the whole is unknown. */
export function sharePercent(part: number, whole: number | null): number | null {
  return whole === null || whole === 0 ? null : Math.round((part * 1000) / whole) / 10;
}

const openOn = (asOf: string) => (f: CoverageFacility) => f.status === 'OPEN' && f.openedOn <= asOf;

function townshipLine(township: string, communities: number | null, open: readonly CoverageFacility[]): TownshipCoverage {
  const here = open.filter((f) => townshipOf(f.divisionCode) === township);
  const byType = FACILITY_TYPES.map((type) => {
    const ofType = here.filter((f) => f.type === type);
    const covered = FACILITY_TYPE_LEVEL[type] === 'COMMUNITY' ? new Set(ofType.map((f) => f.divisionCode)).size : null;
    return { type, label: FACILITY_TYPE_LABELS[type], facilities: ofType.length, communitiesCovered: covered, sharePercent: covered === null ? null : sharePercent(covered, communities) };
  });
  return { township, communities, byType };
}

/** Coverage on `asOf`: every township of the parameter, and any other township with a facility. */
export function coverage(facilities: readonly CoverageFacility[], perTownship: CommunitiesPerTownship | null, asOf: string): Coverage {
  const open = facilities.filter(openOn(asOf));
  const known = new Map((perTownship?.townships ?? []).map((t) => [t.divisionCode, t.communities]));
  const townships = [...new Set([...known.keys(), ...open.map((f) => townshipOf(f.divisionCode))])].sort();
  const byTownship = townships.map((t) => townshipLine(t, known.get(t) ?? null, open));
  // The city's communities are known only when every township listed has its figure.
  const communities = byTownship.every((t) => t.communities !== null) && byTownship.length > 0 ? byTownship.reduce((n, t) => n + (t.communities ?? 0), 0) : null;
  const byType = FACILITY_TYPES.map((type) => {
    const lines = byTownship.map((t) => t.byType.find((l) => l.type === type)!);
    const covered = FACILITY_TYPE_LEVEL[type] === 'COMMUNITY' ? lines.reduce((n, l) => n + (l.communitiesCovered ?? 0), 0) : null;
    const townshipsCovered = lines.filter((l) => l.facilities > 0).length;
    return {
      type,
      label: FACILITY_TYPE_LABELS[type],
      facilities: lines.reduce((n, l) => n + l.facilities, 0),
      townshipsCovered,
      townshipsSharePercent: sharePercent(townshipsCovered, byTownship.length),
      communitiesCovered: covered,
      communitiesSharePercent: covered === null ? null : sharePercent(covered, communities),
    };
  });
  return { townships: byTownship.length, communities, byType, byTownship };
}
