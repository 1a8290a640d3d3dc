// Region codes: 6 digits = county, 9 = township, 12 = village (GB/T 2260 with local extensions).

export type RegionLevel = 'COUNTY' | 'TOWNSHIP' | 'VILLAGE';

export function regionLevel(code: string): RegionLevel | null {
  if (/^\d{12}$/.test(code)) return 'VILLAGE';
  if (/^\d{9}$/.test(code)) return 'TOWNSHIP';
  if (/^\d{6}$/.test(code)) return 'COUNTY';
  return null;
}

/**
 * What is wrong with recording a name of this kind in this region, or null. Rural names are
 * collected where they are used, so they need a township or village code.
 */
export function placeNameRegionProblem(kind: 'NAMING' | 'RURAL_COLLECTION', regionCode: string): 'PLACE_NAME.INVALID_REGION' | 'PLACE_NAME.REGION_TOO_COARSE' | null {
  const level = regionLevel(regionCode);
  if (!level) return 'PLACE_NAME.INVALID_REGION';
  if (kind === 'RURAL_COLLECTION' && level === 'COUNTY') return 'PLACE_NAME.REGION_TOO_COARSE';
  return null;
}
