// The child-welfare programmes of the annual report, after the ledger's tables in its section: the staff register, study
// grants and student aid, volunteers and charity (DOMAIN §5). Pure.
import { count, numberAt, yuan, type Table } from './report-model';
import { figureRows } from './section-spec';

const STUDY_GRANT_KINDS: Array<[string, string]> = [
  ['FUCAI_YUANMENG', '福彩圆梦 orphans in school'],
  ['DE_FACTO_STUDY', '事实无人抚养 de facto unsupported'],
];
const SCHOOL_STAGES: Array<[string, string]> = [
  ['PRESCHOOL', '学前 pre-school'],
  ['COMPULSORY', '义务教育 compulsory'],
  ['SENIOR_HIGH', '普通高中 senior high'],
  ['VOCATIONAL', '中职 vocational'],
];
const TERMS: Array<[string, string]> = [
  ['SPRING', 'spring term'],
  ['AUTUMN', 'autumn term'],
];

const keyedRows = (data: unknown, path: string, keys: Array<[string, string]>, countName: string): string[][] =>
  keys.map(([key, label]) => [label, count(numberAt(data, `${path}.${key}.${countName}`)), yuan(numberAt(data, `${path}.${key}.amountFen`))]);

/** The figures of the child-welfare answer these tables show. */
export const CHILD_WELFARE_PROGRAMME_FIGURES = ['staff', 'studyGrants', 'studentAid', 'volunteers', 'charity'];

/** Tables of the child-welfare section after the ledger's. */
export const childWelfareProgrammeTables = (data: unknown): Table[] => [
  {
    caption: 'Child directors and supervisors in post (the staff register) and their training in the year',
    headers: ['figure', 'value'],
    rows: figureRows(data, [
      ['child directors (儿童主任)', 'staff.directors', 'count'],
      ['supervisors (儿童督导员)', 'staff.supervisors', 'count'],
      ['trainings attended', 'staff.trainings', 'count'],
      ['training hours', 'staff.trainingHours', 'count'],
    ]),
  },
  {
    caption: 'Study grants for the year\'s terms',
    headers: ['grant', 'grants', 'amount (yuan)'],
    rows: [...keyedRows(data, 'studyGrants.byKind', STUDY_GRANT_KINDS, 'grants'), ['total', count(numberAt(data, 'studyGrants.grants')), yuan(numberAt(data, 'studyGrants.amountFen'))]],
  },
  {
    caption: 'Student aid paid through the education authorities for the year\'s terms',
    headers: ['school stage or term', 'person-times', 'amount (yuan)'],
    rows: [
      ...keyedRows(data, 'studentAid.byStage', SCHOOL_STAGES, 'personTimes'),
      ...keyedRows(data, 'studentAid.byTerm', TERMS, 'personTimes'),
      ['total', count(numberAt(data, 'studentAid.personTimes')), yuan(numberAt(data, 'studentAid.amountFen'))],
    ],
  },
  {
    caption: 'Volunteers and charity funds',
    headers: ['figure', 'value'],
    rows: figureRows(data, [
      ['volunteers registered', 'volunteers.registered', 'count'],
      ['volunteer activities', 'volunteers.activities', 'count'],
      ['volunteer service hours', 'volunteers.hours', 'count'],
      ['children served by volunteers', 'volunteers.childrenServed', 'count'],
      ['charity donations', 'charity.donations', 'count'],
      ['charity raised (yuan)', 'charity.raisedFen', 'yuan'],
      ['charity grants to children', 'charity.grants', 'count'],
      ['charity granted (yuan)', 'charity.grantedFen', 'yuan'],
      ['children aided by charity', 'charity.childrenAided', 'count'],
      ['charity balance at the end (yuan)', 'charity.balanceFen', 'yuan'],
    ]),
  },
];
