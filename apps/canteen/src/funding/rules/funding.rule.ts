// Money that built and runs a canteen (DOMAIN §7): government build and operating subsidies and
// social capital (社会资本), in fen, with where it came from and the evidence. Pure: today is a parameter.
import { isCalendarDate } from '@app/common/time/calendar-date';
import { isCreditCode } from './credit-code.rule';

export const FUNDING_KINDS = ['BUILD_SUBSIDY', 'OPERATING_SUBSIDY', 'SOCIAL_CAPITAL'] as const;
export type FundingKind = (typeof FUNDING_KINDS)[number];

export const FUNDING_KIND_LABELS: Readonly<Record<FundingKind, string>> = {
  BUILD_SUBSIDY: '建设补贴',
  OPERATING_SUBSIDY: '运营补贴',
  SOCIAL_CAPITAL: '社会资本',
};

export interface FundingFacts {
  kind: FundingKind;
  amountFen: number;
  fundedOn: string;
  source?: string | null;
  sourceCreditCode?: string | null;
}

export interface FundingRefusal {
  code: 'FUNDING.SOURCE_REQUIRED' | 'FUNDING.CREDIT_CODE_INVALID' | 'FUNDING.DATE_INVALID' | 'FUNDING.AMOUNT_INVALID';
  field: 'source' | 'sourceCreditCode' | 'fundedOn' | 'amountFen';
  detail: string;
}

/** The first reason to refuse a funding record, or null. Social capital must say whose it is. */
export function fundingRefusal(f: FundingFacts, today: string): FundingRefusal | null {
  if (!Number.isSafeInteger(f.amountFen) || f.amountFen <= 0) {
    return { code: 'FUNDING.AMOUNT_INVALID', field: 'amountFen', detail: 'amountFen must be a positive whole number of fen' };
  }
  if (!isCalendarDate(f.fundedOn) || f.fundedOn > today) {
    return { code: 'FUNDING.DATE_INVALID', field: 'fundedOn', detail: 'fundedOn must be a real date, not in the future' };
  }
  if (f.kind === 'SOCIAL_CAPITAL' && !f.source?.trim()) {
    return { code: 'FUNDING.SOURCE_REQUIRED', field: 'source', detail: 'social capital names its source (the investing organisation)' };
  }
  if (f.sourceCreditCode != null && !isCreditCode(f.sourceCreditCode)) {
    return { code: 'FUNDING.CREDIT_CODE_INVALID', field: 'sourceCreditCode', detail: 'not a unified social credit code (GB 32100-2015)' };
  }
  return null;
}
