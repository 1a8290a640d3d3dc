// （三）儿童福利 from child-welfare's answer: the ledger by category and risk tier and the care
// work; the allowance of orphans and de facto unsupported children (its standards in force during
// the year and what was paid), study grants and student aid; the staff register, volunteers and
// charity (DOMAIN §5). Pure.
import { countOf, fenOf, numberAt, rowsAt, type Table } from './report-model';
import { asOfCaption, figureTable, keyedAmountRows, keyedCounts, type SectionSpec } from './section-spec';
import { standardsTable } from './standards-table';
import { CHILD_CATEGORY_LABELS, codeLabel, RISK_TIER_LABELS, SCHOOL_STAGE_LABELS, STUDY_GRANT_LABELS, TERM_LABELS } from './zh-CN-codes';
import { CAPTIONS, HEADERS, NOTES, REPORT_TEXT, ROW_LABELS, SECTION_TITLES } from './zh-CN';
import { STANDARD_TEXT } from './zh-CN-standards';

const careTables = (data: unknown): Table[] => [
  {
    caption: asOfCaption(data, CAPTIONS.childCategories),
    headers: [...HEADERS.childCategories],
    rows: [...keyedCounts(data, 'children.byCategory', CHILD_CATEGORY_LABELS), [ROW_LABELS.childrenInLedger, countOf(numberAt(data, 'children.inLedger'))]],
  },
  { caption: asOfCaption(data, CAPTIONS.childTiers), headers: [...HEADERS.childTiers], rows: keyedCounts(data, 'children.byTier', RISK_TIER_LABELS) },
  figureTable('child-welfare', data, CAPTIONS.childCareWork, [
    ['visits.done', 'count'],
    ['visits.overdue', 'count'],
    ['visits.byCadres', 'count'],
    ['helpNeeds.raised', 'count'],
    ['helpNeeds.closed', 'count'],
    ['pairings.childrenPaired', 'count'],
    ['pairings.cadres', 'count'],
    ['pairings.visitRounds', 'count'],
    ['adoptions', 'count'],
  ]),
];

const supportTables = (data: unknown): Table[] => [
  standardsTable(data, STANDARD_TEXT.childCaption),
  {
    caption: CAPTIONS.childAllowances,
    headers: [...HEADERS.childAllowances],
    rows: [
      ...rowsAt(data, 'allowances.byCategory').map((r) => [codeLabel(CHILD_CATEGORY_LABELS, r.category), countOf(numberAt(r, 'lines')), fenOf(numberAt(r, 'totalFen'))]),
      [REPORT_TEXT.total, countOf(numberAt(data, 'allowances.lines')), fenOf(numberAt(data, 'allowances.totalFen'))],
      // The child allowance takes precedence over 低保/特困 for the same child (DOMAIN §5).
      [ROW_LABELS.allowanceOverlap, countOf(numberAt(data, 'allowances.overlappingLines')), ''],
    ],
    note: NOTES.childAllowances,
  },
  {
    caption: CAPTIONS.studyGrants,
    headers: [...HEADERS.studyGrants],
    rows: [...keyedAmountRows(data, 'studyGrants.byKind', STUDY_GRANT_LABELS, 'grants'), [REPORT_TEXT.total, countOf(numberAt(data, 'studyGrants.grants')), fenOf(numberAt(data, 'studyGrants.amountFen'))]],
  },
  {
    caption: CAPTIONS.studentAid,
    headers: [...HEADERS.studentAid],
    rows: [
      ...keyedAmountRows(data, 'studentAid.byStage', SCHOOL_STAGE_LABELS, 'personTimes'),
      ...keyedAmountRows(data, 'studentAid.byTerm', TERM_LABELS, 'personTimes'),
      [REPORT_TEXT.total, countOf(numberAt(data, 'studentAid.personTimes')), fenOf(numberAt(data, 'studentAid.amountFen'))],
    ],
    note: NOTES.studentAid,
  },
];

const forcesTables = (data: unknown): Table[] => [
  figureTable('child-welfare', data, CAPTIONS.childStaff, [
    ['staff.directors', 'count'],
    ['staff.supervisors', 'count'],
    ['staff.trainings', 'count'],
    ['staff.trainingHours', 'count'],
  ]),
  figureTable('child-welfare', data, CAPTIONS.volunteersCharity, [
    ['volunteers.registered', 'count'],
    ['volunteers.activities', 'count'],
    ['volunteers.hours', 'count'],
    ['volunteers.childrenServed', 'count'],
    ['charity.donations', 'count'],
    ['charity.raisedFen', 'fen'],
    ['charity.grants', 'count'],
    ['charity.grantedFen', 'fen'],
    ['charity.childrenAided', 'count'],
    ['charity.balanceFen', 'fen'],
  ]),
];

export const CHILD_WELFARE_SECTIONS: SectionSpec[] = [
  { key: 'child-care', title: SECTION_TITLES.childCare, source: 'child-welfare', used: ['children', 'visits', 'helpNeeds', 'pairings', 'adoptions', 'asOf', 'scope'], build: careTables },
  { key: 'child-support', title: SECTION_TITLES.childSupport, source: 'child-welfare', used: ['standards', 'allowances', 'studyGrants', 'studentAid'], build: supportTables },
  { key: 'child-forces', title: SECTION_TITLES.childForces, source: 'child-welfare', used: ['staff', 'volunteers', 'charity'], build: forcesTables },
];
