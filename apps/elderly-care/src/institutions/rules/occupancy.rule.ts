// Bed occupancy (DOMAIN §4: institutions and beds). Pure.

export interface Occupancy {
  beds: number;
  occupied: number;
  free: number;
  /** Occupied share of the beds in per cent, one decimal, half up; 0 without beds. */
  occupancyPercent: number;
}

export function occupancy(beds: number, occupied: number): Occupancy {
  const percent = beds === 0 ? 0 : Math.round((occupied * 1000) / beds) / 10;
  return { beds, occupied, free: Math.max(0, beds - occupied), occupancyPercent: percent };
}
