// The data sets departments send, as agreed with each of them: the columns of the file and what a
// line means for the platform. Adding a data set is adding an entry here (and its name to the
// contract's dataSetSchema). Pure.
import type { DataSet, Department, FindingKind } from '@app/contracts';
import { col, yuan, type ColumnSpec } from './columns';
import type { RowRefusal, RowValues } from './rules/read-row.rule';

/** What a line is about: a death, a move out of the city, or a finding of another department. */
export type RecordKind = 'DEATH' | 'MOVE_OUT' | FindingKind;

/** A checked line, ready to be matched against the people the platform covers. */
export interface StagedRecord {
  kind: RecordKind;
  residentId: string;
  name: string;
  /** When the fact began (death, move, registration, first month, expense). */
  eventDate: string;
  amountFen: number | null;
  /** The department's own reference of the record. */
  reference: string;
  /**
   * What makes two lines the same fact, so that a later file repeating it raises nothing new:
   * the date for a death (a different date is a different report, for review), the reference
   * for everything else.
   */
  factKey: string;
  /** What the consumers need besides: the death's particulars, the move's destination, the finding's summary. */
  details: Record<string, string>;
}

export interface DataSetDefinition {
  department: Department;
  /** Chinese name, as the bureau and the department call it. */
  label: string;
  columns: readonly ColumnSpec[];
  /** What is wrong across the columns of a line (one column requires another), run on every line; null when nothing. */
  refusal?(values: RowValues): RowRefusal | null;
  /** The record of a line that passed every check; built only for lines about people the register knows. */
  record(values: RowValues): StagedRecord;
}

const s = (values: RowValues, name: string): string => values[name] as string;
const n = (values: RowValues, name: string): number => values[name] as number;
const optional = (values: RowValues, name: string): string | null => values[name] as string | null;

function finding(values: RowValues, kind: FindingKind, eventDate: string, reference: string, summary: string, amountFen: number | null): StagedRecord {
  return { kind, residentId: s(values, 'residentId'), name: s(values, 'name'), eventDate, amountFen, reference, factKey: reference, details: { summary } };
}

const missing = (field: string, why: string): RowRefusal => ({ field, code: 'REQUIRED', message: why });

export const DATA_SETS: Readonly<Record<DataSet, DataSetDefinition>> = {
  HOUSEHOLD_REGISTRATION: {
    department: 'PUBLIC_SECURITY',
    label: '公安户籍变动（死亡注销、户籍迁出）',
    columns: [
      col('recordType', { oneOf: ['DEATH', 'MOVE_OUT'] }),
      col('residentId', 'residentId'),
      col('name', 'text'),
      col('eventDate', 'date'),
      col('reference', 'text'),
      col('ethnicity', 'text', true),
      col('placeOfDeath', 'text', true),
      col('disposal', { oneOf: ['CREMATION', 'BURIAL'] }, true),
      col('destination', 'text', true),
    ],
    // Written out field by field: these run for every line of a million-line file.
    refusal(values) {
      if (values.recordType === 'DEATH') {
        if (values.ethnicity === null) return missing('ethnicity', 'must not be empty for a death');
        if (values.placeOfDeath === null) return missing('placeOfDeath', 'must not be empty for a death');
        if (values.disposal === null) return missing('disposal', 'must not be empty for a death');
        return null;
      }
      return values.destination === null ? missing('destination', 'must not be empty for a move out of the city') : null;
    },
    record(values) {
      const residentId = s(values, 'residentId');
      const name = s(values, 'name');
      const eventDate = s(values, 'eventDate');
      const reference = s(values, 'reference');
      if (values.recordType === 'DEATH') {
        const details = { ethnicity: s(values, 'ethnicity').toUpperCase(), placeOfDeath: s(values, 'placeOfDeath'), disposal: s(values, 'disposal') };
        return { kind: 'DEATH', residentId, name, eventDate, amountFen: null, reference, factKey: eventDate, details };
      }
      return { kind: 'MOVE_OUT', residentId, name, eventDate, amountFen: null, reference, factKey: reference, details: { destination: s(values, 'destination') } };
    },
  },
  VEHICLES: {
    department: 'PUBLIC_SECURITY',
    label: '公安机动车登记',
    columns: [col('residentId', 'residentId'), col('name', 'text'), col('plate', 'text'), col('vehicleType', 'text'), col('registeredOn', 'date'), col('valueFen', 'fen', true)],
    record: (v) => finding(v, 'VEHICLE', s(v, 'registeredOn'), s(v, 'plate'), `${s(v, 'vehicleType')} ${s(v, 'plate')}`, v.valueFen as number | null),
  },
  REAL_ESTATE: {
    department: 'HOUSING',
    label: '不动产登记',
    columns: [
      col('residentId', 'residentId'),
      col('name', 'text'),
      col('certificateNo', 'text'),
      col('address', 'text'),
      col('areaSqm', 'decimal'),
      col('registeredOn', 'date'),
      col('valueFen', 'fen', true),
    ],
    record: (v) => finding(v, 'REAL_ESTATE', s(v, 'registeredOn'), s(v, 'certificateNo'), `房产 ${s(v, 'address')}（${s(v, 'areaSqm')}㎡）`, v.valueFen as number | null),
  },
  BUSINESS_REGISTRATION: {
    department: 'MARKET_REGULATION',
    label: '市场主体登记',
    columns: [
      col('residentId', 'residentId'),
      col('name', 'text'),
      col('creditCode', 'text'),
      col('companyName', 'text'),
      col('role', 'text'),
      col('registeredOn', 'date'),
      col('registeredCapitalFen', 'fen', true),
    ],
    record: (v) => finding(v, 'BUSINESS', s(v, 'registeredOn'), s(v, 'creditCode'), `${s(v, 'companyName')}（${s(v, 'role')}）`, v.registeredCapitalFen as number | null),
  },
  PENSIONS: {
    department: 'HUMAN_RESOURCES',
    label: '养老保险待遇发放',
    columns: [col('residentId', 'residentId'), col('name', 'text'), col('pensionNo', 'text'), col('monthlyAmountFen', 'fen'), col('fromMonth', 'month')],
    record: (v) => finding(v, 'PENSION', `${s(v, 'fromMonth')}-01`, s(v, 'pensionNo'), `养老金 每月${yuan(n(v, 'monthlyAmountFen'))}`, n(v, 'monthlyAmountFen')),
  },
  EMPLOYMENT: {
    department: 'HUMAN_RESOURCES',
    label: '就业登记（参保缴费）',
    columns: [
      col('residentId', 'residentId'),
      col('name', 'text'),
      col('employer', 'text'),
      col('monthlyIncomeFen', 'fen'),
      col('startedOn', 'date'),
      col('endedOn', 'date', true),
    ],
    record(v) {
      const reference = `${s(v, 'employer')}/${s(v, 'startedOn')}`;
      const ended = optional(v, 'endedOn');
      if (ended !== null) return finding(v, 'JOB_LOSS', ended, `${reference}/${ended}`, `${s(v, 'employer')} 离职`, null);
      return finding(v, 'EMPLOYMENT_INCOME', s(v, 'startedOn'), reference, `${s(v, 'employer')} 月收入${yuan(n(v, 'monthlyIncomeFen'))}`, n(v, 'monthlyIncomeFen'));
    },
  },
  MEDICAL_EXPENSES: {
    department: 'HEALTH',
    label: '医疗费用结算',
    columns: [col('residentId', 'residentId'), col('name', 'text'), col('settlementNo', 'text'), col('hospital', 'text'), col('settledOn', 'date'), col('selfPaidFen', 'fen')],
    record: (v) => finding(v, 'MEDICAL_EXPENSE', s(v, 'settledOn'), s(v, 'settlementNo'), `${s(v, 'hospital')} 个人自付${yuan(n(v, 'selfPaidFen'))}`, n(v, 'selfPaidFen')),
  },
  DISABILITY_CERTIFICATES: {
    department: 'DISABLED_PERSONS_FEDERATION',
    label: '残疾人证核发',
    columns: [col('residentId', 'residentId'), col('name', 'text'), col('certificateNo', 'text'), col('category', 'text'), col('grade', { oneOf: ['1', '2', '3', '4'] }), col('issuedOn', 'date')],
    record: (v) => finding(v, 'DISABILITY', s(v, 'issuedOn'), s(v, 'certificateNo'), `残疾人证 ${s(v, 'category')}${s(v, 'grade')}级`, null),
  },
};

/**
 * Who a record concerns, by its kind: the programmes (the covered-person register's codes) of the
 * people it is matched against. Deaths against everyone covered; moves against those whose
 * benefit a move stops or reviews; assets and incomes against 低保/特困 (核对); early-warning
 * triggers against the monitored low-income households.
 */
export const AUDIENCE: Readonly<Record<RecordKind, readonly string[]>> = {
  DEATH: ['DIBAO', 'TEKUN', 'ELDERLY', 'CHILD', 'MONITORED'],
  MOVE_OUT: ['DIBAO', 'TEKUN', 'ELDERLY'],
  VEHICLE: ['DIBAO', 'TEKUN'],
  REAL_ESTATE: ['DIBAO', 'TEKUN'],
  BUSINESS: ['DIBAO', 'TEKUN'],
  PENSION: ['DIBAO', 'TEKUN'],
  EMPLOYMENT_INCOME: ['DIBAO', 'TEKUN'],
  JOB_LOSS: ['MONITORED'],
  MEDICAL_EXPENSE: ['MONITORED'],
  DISABILITY: ['MONITORED'],
};

/**
 * The month the person must have been covered in for a record to concern the platform: a death or
 * a move matters to whoever was covered when it happened (a late report still stops what was paid
 * after it); an asset or income matters to whoever is covered as of the file's date.
 */
export function coverMonth(kind: RecordKind, eventDate: string, asOf: string): string {
  return (kind === 'DEATH' || kind === 'MOVE_OUT' ? eventDate : asOf).slice(0, 7);
}
