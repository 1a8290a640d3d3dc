// Cemeteries and their places (DOMAIN §6): public-welfare cemeteries (公益性公墓) in town and in
// the villages, and rural ash halls (农村骨灰堂). Pure.

export const CEMETERY_KINDS = ['URBAN_PUBLIC_WELFARE_CEMETERY', 'RURAL_PUBLIC_WELFARE_CEMETERY', 'RURAL_ASH_HALL'] as const;
export type CemeteryKind = (typeof CEMETERY_KINDS)[number];

export const CEMETERY_KIND_LABELS: Readonly<Record<CemeteryKind, string>> = {
  URBAN_PUBLIC_WELFARE_CEMETERY: '城市公益性公墓',
  RURAL_PUBLIC_WELFARE_CEMETERY: '农村公益性公墓',
  RURAL_ASH_HALL: '农村骨灰堂',
};

/** A grave plot (墓穴) takes ashes or, for the exempt groups, a body; a niche (骨灰格位) takes ashes. */
export const PLACE_KINDS = ['PLOT', 'NICHE'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

export const PLACE_KIND_LABELS: Readonly<Record<PlaceKind, string>> = { PLOT: '墓穴', NICHE: '骨灰格位' };

export const PLACE_STATUS_LABELS = { AVAILABLE: '可安葬', ALLOCATED: '已安葬' } as const;
export type PlaceStatus = keyof typeof PLACE_STATUS_LABELS;

/** An ash hall is a building of niches: it has no grave plots. */
export function offersPlaceKind(cemetery: CemeteryKind, place: PlaceKind): boolean {
  return cemetery !== 'RURAL_ASH_HALL' || place === 'NICHE';
}

export interface PlaceCapacity {
  /** Places of the kind the cemetery was built (or approved) for. */
  capacity: number;
  /** Places of the kind already recorded. */
  recorded: number;
}

export type PlacesProblemCode = 'CEMETERY.PLACE_KIND_NOT_OFFERED' | 'CEMETERY.CAPACITY_EXCEEDED';

/** Why `adding` places of `place` kind cannot be recorded in the cemetery, or null. */
export function newPlacesProblem(cemetery: CemeteryKind, place: PlaceKind, capacity: PlaceCapacity, adding: number): PlacesProblemCode | null {
  if (!offersPlaceKind(cemetery, place)) return 'CEMETERY.PLACE_KIND_NOT_OFFERED';
  if (capacity.recorded + adding > capacity.capacity) return 'CEMETERY.CAPACITY_EXCEEDED';
  return null;
}
