// The funding part of the canteen annual report: build subsidy, operating subsidy and social
// capital received in the year, per canteen and per operating mode. Pure.
import { OPERATING_MODE_LABELS, OPERATING_MODES, type OperatingMode } from '../../canteens/rules/operating-mode.rule';
import type { FundingKind } from './funding.rule';

export interface FundingCanteen {
  canteenId: string;
  canteenName: string;
  operatingMode: OperatingMode;
}

export interface FundingSumRow {
  canteenId: string;
  kind: FundingKind;
  amountFen: number;
}

export interface FundingTotals {
  buildSubsidyFen: number;
  operatingSubsidyFen: number;
  socialCapitalFen: number;
}

export interface FundingCanteenLine extends FundingCanteen, FundingTotals {
  operatingModeLabel: string;
}

export interface FundingModeLine extends FundingTotals {
  operatingMode: OperatingMode;
  operatingModeLabel: string;
  canteens: number;
}

export interface FundingReport extends FundingTotals {
  byCanteen: FundingCanteenLine[];
  byOperatingMode: FundingModeLine[];
}

const FIELD: Readonly<Record<FundingKind, keyof FundingTotals>> = { BUILD_SUBSIDY: 'buildSubsidyFen', OPERATING_SUBSIDY: 'operatingSubsidyFen', SOCIAL_CAPITAL: 'socialCapitalFen' };
const zero = (): FundingTotals => ({ buildSubsidyFen: 0, operatingSubsidyFen: 0, socialCapitalFen: 0 });

function add(into: FundingTotals, from: FundingTotals): void {
  into.buildSubsidyFen += from.buildSubsidyFen;
  into.operatingSubsidyFen += from.operatingSubsidyFen;
  into.socialCapitalFen += from.socialCapitalFen;
}

/** Every canteen (zeros included) by name, every mode in order; sums of rows of unknown canteens are left out. */
export function fundingReport(canteens: readonly FundingCanteen[], sums: readonly FundingSumRow[]): FundingReport {
  const byCanteen = [...canteens]
    .sort((a, b) => a.canteenName.localeCompare(b.canteenName))
    .map((c) => {
      const totals = zero();
      for (const row of sums) if (row.canteenId === c.canteenId) totals[FIELD[row.kind]] += row.amountFen;
      return { ...c, operatingModeLabel: OPERATING_MODE_LABELS[c.operatingMode], ...totals };
    });
  const byOperatingMode = OPERATING_MODES.map((mode) => {
    const line: FundingModeLine = { operatingMode: mode, operatingModeLabel: OPERATING_MODE_LABELS[mode], canteens: 0, ...zero() };
    for (const c of byCanteen.filter((c) => c.operatingMode === mode)) {
      line.canteens += 1;
      add(line, c);
    }
    return line;
  });
  const totals = zero();
  for (const line of byOperatingMode) add(totals, line);
  return { ...totals, byCanteen, byOperatingMode };
}
