// 基本信息 of 一人一档: what the services' answers say about the person themselves — the name and
// resident ID as the services send them (masked unless unmasked), the birth date and residence from
// the registries that keep them, marital status, and every death recorded. Pure.
import { SERVICE_KEYS, type PersonFiles, type ServiceKey } from './types';

export type FoundFiles = Partial<{ [K in ServiceKey]: PersonFiles[K] | null }>;

export interface BasicFacts {
  name: string | null;
  residentId: string | null;
  birthDate: string | null;
  sex: 'M' | 'F' | null;
  /** Division of residence: the elder registry's, else the newest household's. */
  residence: string | null;
  local: boolean | null;
  maritalStatus: PersonFiles['civilRegistration']['maritalStatus'] | null;
  deaths: Array<{ service: ServiceKey; day: string }>;
}

const NAME_ORDER: readonly ServiceKey[] = ['socialAssistance', 'elderlyCare', 'childWelfare', 'canteen', 'civilRegistration'];

function deathDays(files: FoundFiles): Array<{ service: ServiceKey; day: string }> {
  const days: Partial<Record<ServiceKey, string | null | undefined>> = {
    civilRegistration: files.civilRegistration?.death?.dateOfDeath,
    socialAssistance: files.socialAssistance?.deceasedOn,
    elderlyCare: files.elderlyCare?.deceasedOn,
    canteen: files.canteen?.diner.deceasedOn,
    childWelfare: files.childWelfare?.child?.closedReason === 'DECEASED' ? files.childWelfare.child.closedOn : null,
  };
  return SERVICE_KEYS.flatMap((service) => {
    const day = days[service];
    return day ? [{ service, day }] : [];
  });
}

export function basicFacts(files: FoundFiles): BasicFacts {
  const name = NAME_ORDER.map((s) => files[s]?.name).find((n): n is string => typeof n === 'string' && n !== '') ?? null;
  const residentId = SERVICE_KEYS.map((s) => files[s]?.residentId).find((id): id is string => typeof id === 'string') ?? null;
  const elder = files.elderlyCare?.elder ?? null;
  const households = files.socialAssistance?.households ?? [];
  const currentHousehold = households.find((h) => h.leftMonth === null) ?? households[0];
  return {
    name,
    residentId,
    birthDate: elder?.birthDate ?? files.childWelfare?.child?.birthDate ?? null,
    sex: files.civilRegistration?.death?.sex ?? null,
    residence: elder?.region ?? currentHousehold?.regionCode ?? files.childWelfare?.child?.villageCode ?? null,
    local: elder ? elder.local : (files.canteen?.diner.localRegistration ?? null),
    maritalStatus: files.civilRegistration && (files.civilRegistration.marriages.length > 0 || files.civilRegistration.divorces.length > 0) ? files.civilRegistration.maritalStatus : null,
    deaths: deathDays(files),
  };
}
