// （二）养老服务, elderly-care's part: the high-age allowance and the service subsidy with their
// standards in force during the year, ability assessments and home care, institutions with their
// operating models and care workers (DOMAIN §4). Facilities are in elderly-care-facilities.ts, the
// canteens in canteen-sections.ts. Pure.
import type { Chart } from './charts';
import { count, countOf, fenOf, numberAt, percentOf, rowsAt, type Table } from './report-model';
import { asOfCaption, figureRows, figureTable, sumOf, type SectionSpec } from './section-spec';
import { standardsTable } from './standards-table';
import { ASSESSMENT_LEVEL_LABELS, ASSESSMENT_PURPOSE_LABELS, CERTIFICATE_LEVEL_LABELS, codeLabel, HIGH_AGE_TIER_LABELS, OPERATING_MODEL_LABELS } from './zh-CN-codes';
import { CAPTIONS, HEADERS, NOTES, ROW_LABELS, SECTION_TITLES } from './zh-CN';
import { STANDARD_TEXT } from './zh-CN-standards';

const allowanceTables = (data: unknown): Table[] => {
  const tiers = rowsAt(data, 'highAgeAllowance.recipientsByTier');
  return [
    standardsTable(data, STANDARD_TEXT.allowanceCaption),
    {
      caption: CAPTIONS.highAgeTiers,
      headers: [...HEADERS.highAgeTiers],
      rows: tiers.map((r) => [codeLabel(HIGH_AGE_TIER_LABELS, r.tier), countOf(numberAt(r, 'recipients'))]),
    },
    {
      caption: CAPTIONS.allowancesPaid,
      headers: [...HEADERS.allowancesPaid],
      rows: [
        [
          ROW_LABELS.highAge,
          countOf(sumOf(tiers, 'recipients')),
          countOf(numberAt(data, 'highAgeAllowance.paidRecipients')),
          countOf(numberAt(data, 'highAgeAllowance.paymentLines')),
          fenOf(numberAt(data, 'highAgeAllowance.totalFen')),
        ],
        [
          ROW_LABELS.serviceSubsidy,
          countOf(numberAt(data, 'serviceSubsidy.recipients')),
          countOf(numberAt(data, 'serviceSubsidy.paidRecipients')),
          countOf(numberAt(data, 'serviceSubsidy.paymentLines')),
          fenOf(numberAt(data, 'serviceSubsidy.totalFen')),
        ],
      ],
    },
  ];
};

const assessmentAndHomeCareTables = (data: unknown): Table[] => [
  {
    caption: CAPTIONS.assessmentLevels(count(numberAt(data, 'assessments.total'))),
    headers: [...HEADERS.assessmentLevels],
    rows: rowsAt(data, 'assessments.byLevel').map((r) => [codeLabel(ASSESSMENT_LEVEL_LABELS, r.level), countOf(numberAt(r, 'assessments'))]),
  },
  {
    caption: CAPTIONS.assessmentPurposes,
    headers: [...HEADERS.assessmentPurposes],
    rows: [
      ...rowsAt(data, 'assessments.byPurpose').map((r) => [codeLabel(ASSESSMENT_PURPOSE_LABELS, r.purpose, r.label), countOf(numberAt(r, 'assessments'))]),
      // Assessments made before the purpose was asked for: counted apart, never guessed.
      [ROW_LABELS.assessmentUnrecorded, countOf(numberAt(data, 'assessments.unrecorded'))],
    ],
  },
  {
    ...figureTable('elderly-care', data, CAPTIONS.homeCare, [
      ['homeCare.orders', 'count'],
      ['homeCare.visits', 'count'],
      ['homeCare.eldersServed', 'count'],
      ['homeCare.visitsPriceFen', 'fen'],
      ['homeCare.visitsSubsidyFen', 'fen'],
      ['homeCare.homeCareBeds.activeAsOf', 'count'],
      ['homeCare.homeCareBeds.contractedInYear', 'count'],
    ]),
    note: NOTES.homeCareVisits,
  },
];

const institutionTables = (data: unknown): Table[] => [
  {
    caption: asOfCaption(data, CAPTIONS.institutions),
    headers: [...HEADERS.figure],
    rows: [
      ...figureRows('elderly-care', data, [
        ['institutions.institutions', 'count'],
        ['institutions.beds', 'count'],
        ['institutions.occupied', 'count'],
        ['institutions.free', 'count'],
      ]),
      [ROW_LABELS.occupancy, percentOf(numberAt(data, 'institutions.occupancyPercent'))],
      ...figureRows('elderly-care', data, [
        ['institutions.admissions', 'count'],
        ['institutions.discharges', 'count'],
      ]),
    ],
  },
  {
    caption: asOfCaption(data, CAPTIONS.operatingModels),
    headers: [...HEADERS.operatingModels],
    rows: rowsAt(data, 'institutions.byOperatingModel').map((r) => [codeLabel(OPERATING_MODEL_LABELS, r.operatingModel, r.label), countOf(numberAt(r, 'institutions')), countOf(numberAt(r, 'beds'))]),
  },
  {
    caption: asOfCaption(data, CAPTIONS.careWorkers),
    headers: [...HEADERS.careWorkers],
    rows: [
      ...rowsAt(data, 'institutions.careWorkers.byOperatingModel').map((r) => [codeLabel(OPERATING_MODEL_LABELS, r.operatingModel, r.label), countOf(numberAt(r, 'count'))]),
      ...rowsAt(data, 'institutions.careWorkers.byCertificateLevel').map((r) => [codeLabel(CERTIFICATE_LEVEL_LABELS, r.certificateLevel, r.label), countOf(numberAt(r, 'count'))]),
      [ROW_LABELS.careWorkersTotal, countOf(numberAt(data, 'institutions.careWorkers.certified'))],
    ],
    note: NOTES.careWorkers,
  },
];

export const ELDERLY_CARE_SECTIONS: SectionSpec[] = [
  { key: 'allowances', title: SECTION_TITLES.allowances, source: 'elderly-care', used: ['standards', 'highAgeAllowance', 'serviceSubsidy'], build: allowanceTables },
  { key: 'home-care', title: SECTION_TITLES.homeCare, source: 'elderly-care', used: ['assessments', 'homeCare'], build: assessmentAndHomeCareTables },
  { key: 'institutions', title: SECTION_TITLES.institutions, source: 'elderly-care', used: ['institutions'], build: institutionTables },
];

/** 图: recipients of the high-age allowance by tier. */
export function highAgeTierChart(data: unknown): Chart[] {
  const bars = rowsAt(data, 'highAgeAllowance.recipientsByTier').flatMap((r) => {
    const value = numberAt(r, 'recipients');
    return value === undefined ? [] : [{ label: codeLabel(HIGH_AGE_TIER_LABELS, r.tier), value }];
  });
  return bars.length === 0 ? [] : [{ key: 'high-age-tiers', title: NOTES.highAgeChart, kind: 'count', unit: '人', bars }];
}
