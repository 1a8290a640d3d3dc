// （二）养老服务: 老年助餐 — the canteens open at the year's start and end (DOMAIN §4), meals and
// subsidy by canteen and tier, and the money that built and runs the canteens by operating mode and
// by canteen (DOMAIN §7), from canteen's answer. Pure.
import { at, countOf, fenOf, numberAt, rowsAt, text, type Cell, type Table } from './report-model';
import { figureTable, sumOf, type SectionSpec } from './section-spec';
import { CANTEEN_MODE_LABELS, codeLabel, MEAL_TIER_LABELS } from './zh-CN-codes';
import { CAPTIONS, HEADERS, REPORT_TEXT, SECTION_TITLES } from './zh-CN';

const fundingCells = (line: unknown): Cell[] => [fenOf(numberAt(line, 'buildSubsidyFen')), fenOf(numberAt(line, 'operatingSubsidyFen')), fenOf(numberAt(line, 'socialCapitalFen'))];

const mealTables = (data: unknown): Table[] => [
  // The summary's "8 → 12": canteens by their opening day.
  figureTable('canteen', data, CAPTIONS.canteensOpen, [
    ['canteens.atYearStart', 'count'],
    ['canteens.openedInYear', 'count'],
    ['canteens.atYearEnd', 'count'],
  ]),
  figureTable('canteen', data, CAPTIONS.canteenMeals, [
    ['meals', 'count'],
    ['subsidisedMeals', 'count'],
    ['subsidyFen', 'fen'],
    ['dinersServed', 'count'],
  ]),
  {
    caption: CAPTIONS.canteenByCanteen,
    headers: [...HEADERS.canteenByCanteen],
    rows: rowsAt(data, 'byCanteen').map((r) => [text(r.canteenName), countOf(numberAt(r, 'meals')), countOf(numberAt(r, 'subsidisedMeals')), fenOf(numberAt(r, 'subsidyFen'))]),
  },
  {
    caption: CAPTIONS.canteenByTier,
    headers: [...HEADERS.canteenByTier],
    rows: rowsAt(data, 'byTier').map((r) => [codeLabel(MEAL_TIER_LABELS, r.tier), countOf(numberAt(r, 'meals')), countOf(numberAt(r, 'subsidisedMeals')), fenOf(numberAt(r, 'subsidyFen'))]),
  },
];

const fundingTables = (data: unknown): Table[] => {
  const byMode = rowsAt(data, 'funding.byOperatingMode');
  return [
    {
      caption: CAPTIONS.canteenFundingByMode,
      headers: [...HEADERS.canteenFundingByMode, ...HEADERS.canteenFunding],
      rows: [
        ...byMode.map((r) => [codeLabel(CANTEEN_MODE_LABELS, r.operatingMode, r.operatingModeLabel), countOf(numberAt(r, 'canteens')), ...fundingCells(r)]),
        [REPORT_TEXT.total, countOf(sumOf(byMode, 'canteens')), ...fundingCells(at(data, 'funding'))],
      ],
    },
    {
      caption: CAPTIONS.canteenFundingByCanteen,
      headers: [...HEADERS.canteenFundingByCanteen, ...HEADERS.canteenFunding],
      rows: rowsAt(data, 'funding.byCanteen').map((r) => [text(r.canteenName), codeLabel(CANTEEN_MODE_LABELS, r.operatingMode, r.operatingModeLabel), ...fundingCells(r)]),
    },
  ];
};

export const CANTEEN_SECTION: SectionSpec = {
  key: 'canteens',
  title: SECTION_TITLES.canteens,
  source: 'canteen',
  used: ['canteens', 'meals', 'subsidisedMeals', 'subsidyFen', 'dinersServed', 'byCanteen', 'byTier', 'funding'],
  build: (data) => [...mealTables(data), ...fundingTables(data)],
};
