// The money that built and runs the canteens, in the canteen section of the annual report after
// meals and subsidy: build subsidy, operating subsidy and social capital received in the year, by
// operating mode and by canteen (DOMAIN §7). Pure.
import { at, count, numberAt, rowsAt, text, yuan, type Table } from './report-model';

const OPERATING_MODE_LABELS: Record<string, string> = {
  SELF_RUN: '自营 self-run',
  ENTRUSTED: '委托运营 entrusted to an operator',
  CHAIN: '连锁经营 chain outlet',
  MUTUAL_AID: '邻里互助 neighbours\' mutual aid',
};
const FUNDING_HEADERS = ['build subsidy (yuan)', 'operating subsidy (yuan)', 'social capital (yuan)'];

/** The figures of the canteen answer these tables show. */
export const CANTEEN_FUNDING_FIGURES = ['funding'];

const modeLabel = (code: unknown, serviceLabel: unknown): string => OPERATING_MODE_LABELS[String(code)] ?? (typeof serviceLabel === 'string' && serviceLabel !== '' ? serviceLabel : text(code));

const fundingCells = (line: unknown): string[] => [yuan(numberAt(line, 'buildSubsidyFen')), yuan(numberAt(line, 'operatingSubsidyFen')), yuan(numberAt(line, 'socialCapitalFen'))];

/** Tables of the canteen section after meals and subsidy. */
export const canteenFundingTables = (data: unknown): Table[] => {
  const byMode = rowsAt(data, 'funding.byOperatingMode');
  const canteens = byMode.reduce<number | undefined>((n, r) => (typeof r.canteens === 'number' ? (n ?? 0) + r.canteens : n), undefined);
  return [
    {
      caption: 'Funding received in the year by operating mode',
      headers: ['operating mode', 'canteens', ...FUNDING_HEADERS],
      rows: [
        ...byMode.map((r) => [modeLabel(r.operatingMode, r.operatingModeLabel), count(numberAt(r, 'canteens')), ...fundingCells(r)]),
        ['total', count(canteens), ...fundingCells(at(data, 'funding'))],
      ],
    },
    {
      caption: 'Funding received in the year by canteen',
      headers: ['canteen', 'operating mode', ...FUNDING_HEADERS],
      rows: rowsAt(data, 'funding.byCanteen').map((r) => [text(r.canteenName), modeLabel(r.operatingMode, r.operatingModeLabel), ...fundingCells(r)]),
    },
  ];
};
