// Annual statistics: meals and subsidy by canteen and tier, diners served.

export interface MealAggregateRow {
  canteenId: string;
  canteenName: string;
  tier: string;
  subsidised: boolean;
  meals: number;
  subsidyFen: number;
}

export interface TierLine {
  tier: string;
  meals: number;
  subsidisedMeals: number;
  subsidyFen: number;
}

export interface CanteenLine {
  canteenId: string;
  canteenName: string;
  meals: number;
  subsidisedMeals: number;
  subsidyFen: number;
  byTier: TierLine[];
}

export interface AnnualReport {
  year: number;
  meals: number;
  subsidisedMeals: number;
  subsidyFen: number;
  dinersServed: number;
  byCanteen: CanteenLine[];
  byTier: TierLine[];
}

function addTo(lines: Map<string, TierLine>, row: MealAggregateRow): void {
  const line = lines.get(row.tier) ?? { tier: row.tier, meals: 0, subsidisedMeals: 0, subsidyFen: 0 };
  line.meals += row.meals;
  if (row.subsidised) line.subsidisedMeals += row.meals;
  line.subsidyFen += row.subsidyFen;
  lines.set(row.tier, line);
}

const byName = <T extends { tier: string }>(a: T, b: T) => a.tier.localeCompare(b.tier);

/** Folds per (canteen, tier, subsidised) sums of valid meals into the report. */
export function annualReport(year: number, rows: ReadonlyArray<MealAggregateRow>, dinersServed: number): AnnualReport {
  const canteens = new Map<string, { canteenName: string; tiers: Map<string, TierLine> }>();
  const tiers = new Map<string, TierLine>();
  for (const row of rows) {
    const canteen = canteens.get(row.canteenId) ?? { canteenName: row.canteenName, tiers: new Map<string, TierLine>() };
    addTo(canteen.tiers, row);
    canteens.set(row.canteenId, canteen);
    addTo(tiers, row);
  }
  const byCanteen = [...canteens.entries()]
    .map(([canteenId, c]) => {
      const byTier = [...c.tiers.values()].sort(byName);
      return {
        canteenId,
        canteenName: c.canteenName,
        meals: byTier.reduce((n, t) => n + t.meals, 0),
        subsidisedMeals: byTier.reduce((n, t) => n + t.subsidisedMeals, 0),
        subsidyFen: byTier.reduce((n, t) => n + t.subsidyFen, 0),
        byTier,
      };
    })
    .sort((a, b) => a.canteenName.localeCompare(b.canteenName));
  return {
    year,
    meals: byCanteen.reduce((n, c) => n + c.meals, 0),
    subsidisedMeals: byCanteen.reduce((n, c) => n + c.subsidisedMeals, 0),
    subsidyFen: byCanteen.reduce((n, c) => n + c.subsidyFen, 0),
    dinersServed,
    byCanteen,
    byTier: [...tiers.values()].sort(byName),
  };
}
