// The programmes 发放名册 shows, each through its own service: elderly-care (高龄津贴、养老服务补贴),
// social-assistance (低保、特困供养) and child-welfare (儿童生活补贴). Each service answers in its own
// shape; here every one is read into the same summary and lines, so the screen's components serve
// all three. Every read is the caller's division's (the services scope them); run and approval
// stay the service's, which refuses the approval by whoever ran the payroll. A run is a job the
// screen follows (Prefer: respond-async), so a city's payroll shows its progress.
import { followJob, RESPOND_ASYNC, type Job, type JobProgress } from '../../api/jobs';
import { childWelfare, dataOf, elderlyCare, socialAssistance } from '../../api/services';
import { PROGRAM_LABELS } from '../person/labels/social-assistance.zh-CN';
import { CHILD_CATEGORY_LABELS } from '../person/labels/child-welfare.zh-CN';
import { ALLOWANCE_KIND_LABELS } from '../person/labels/elderly-care.zh-CN';
import { tpr } from './payroll.zh-CN';

export const PROGRAMME_KEYS = ['elderly-care', 'social-assistance', 'child-welfare'] as const;
export type ProgrammeKey = (typeof PROGRAMME_KEYS)[number];

export interface Tally {
  lines: number;
  totalFen: number;
}

/** A month's payroll at a glance, as every programme is read (elderly-care's own shape). */
export interface PayrollSummary {
  month: string;
  status: 'NOT_RUN' | 'RUN' | 'APPROVED';
  runBy: string[];
  approvedBy: string | null;
  approvedOn: string | null;
  lines: number;
  totalFen: number;
  byKind: Array<Tally & { kind: string }>;
  arrears: Tally;
  reissues: Tally;
  paid: Tally;
  failed: Tally;
}

/** One line of a payroll: whom it pays (a masked resident ID, or the household's area), what and how the bank answered. */
export interface PayrollLine {
  lineId: string;
  payee: string;
  kind: string;
  month: string;
  amountFen: number;
  lineType: string;
  paymentStatus: string | null;
  paymentFailureReason: string | null;
  paymentOutcomeOn: string | null;
}

export interface LinePage {
  items: PayrollLine[];
  total: number;
}

export interface PayrollProgramme {
  key: ProgrammeKey;
  label: string;
  /** The payee column's title: whom a line names. */
  payeeTitle: string;
  kindLabels: Readonly<Record<string, string>>;
  summary: (month: string) => Promise<PayrollSummary>;
  lines: (month: string, page: number, pageSize: number) => Promise<LinePage>;
  /** Runs the month as a job the screen follows; resolves with how many lines the run added. */
  run: (month: string, onProgress?: (progress: JobProgress) => void) => Promise<number>;
  approve: (month: string) => Promise<unknown>;
}

const outcome = (l: { paymentStatus: string | null; paymentFailureReason: string | null; paymentOutcomeOn: string | null }) => ({
  paymentStatus: l.paymentStatus,
  paymentFailureReason: l.paymentFailureReason,
  paymentOutcomeOn: l.paymentOutcomeOn,
});

const elderly: PayrollProgramme = {
  key: 'elderly-care',
  label: tpr.programmes.elderlyCare,
  payeeTitle: tpr.columns.residentId,
  kindLabels: ALLOWANCE_KIND_LABELS,
  // elderly-care's OpenAPI document does not describe these bodies (apps/elderly-care/src/payroll/payroll.service.ts PayrollSummary).
  summary: async (month) => (await dataOf(elderlyCare.GET('/api/v1/payrolls/{month}/summary', { params: { path: { month } } }))) as unknown as PayrollSummary,
  lines: async (month, page, pageSize) => {
    const found = await dataOf(elderlyCare.GET('/api/v1/payrolls/{month}/lines', { params: { path: { month }, query: { page, pageSize } } }));
    return { total: found.total, items: found.items.map((l) => ({ lineId: l.lineId, payee: l.residentId, kind: l.kind, month: l.month, amountFen: l.amountFen, lineType: l.lineType, ...outcome(l) })) };
  },
  run: async (month, onProgress) => {
    const job = (await dataOf(elderlyCare.POST('/api/v1/payrolls', { body: { month }, headers: RESPOND_ASYNC }))) as Job;
    return (await followJob<{ created: number }>('elderly-care', job, onProgress)).body.created;
  },
  approve: (month) => dataOf(elderlyCare.POST('/api/v1/payrolls/{month}/approve', { params: { path: { month } } })),
};

const socialAssistanceProgramme: PayrollProgramme = {
  key: 'social-assistance',
  label: tpr.programmes.socialAssistance,
  payeeTitle: tpr.columns.region,
  kindLabels: PROGRAM_LABELS,
  summary: (month) => dataOf(socialAssistance.GET('/api/v1/payrolls/{month}/summary', { params: { path: { month } } })),
  lines: async (month, page, pageSize) => {
    const found = await dataOf(socialAssistance.GET('/api/v1/payrolls/{month}/lines', { params: { path: { month }, query: { page, pageSize } } }));
    return { total: found.total, items: found.items.map((l) => ({ lineId: l.lineId, payee: l.regionCode, kind: l.program, month: l.month, amountFen: l.amountFen, lineType: l.lineType, ...outcome(l) })) };
  },
  // A month already closed answers 200 with the same payroll: nothing was added.
  run: async (month, onProgress) => {
    const job = (await dataOf(socialAssistance.POST('/api/v1/payrolls', { body: { month }, headers: RESPOND_ASYNC }))) as Job;
    const { status, body } = await followJob<{ lineCount: number }>('social-assistance', job, onProgress);
    return status === 201 ? body.lineCount : 0;
  },
  approve: (month) => dataOf(socialAssistance.POST('/api/v1/payrolls/{month}/approve', { params: { path: { month } } })),
};

/** child-welfare's summary (apps/child-welfare/src/allowances/allowances.service.ts PayrollSummary), which its OpenAPI document does not describe. */
interface ChildPayrollSummary extends Omit<PayrollSummary, 'byKind' | 'arrears'> {
  byCategory: Array<Tally & { category: string; careForm: string }>;
  arrears: Tally;
  created: number;
  arrearsCreated: number;
}

/** Categories once each: the service counts them per care form too. */
export function byCategory(rows: ChildPayrollSummary['byCategory']): PayrollSummary['byKind'] {
  const kinds = new Map<string, Tally>();
  for (const r of rows) {
    const seen = kinds.get(r.category) ?? { lines: 0, totalFen: 0 };
    kinds.set(r.category, { lines: seen.lines + r.lines, totalFen: seen.totalFen + r.totalFen });
  }
  return [...kinds].map(([kind, tally]) => ({ kind, ...tally }));
}

const childAllowance: PayrollProgramme = {
  key: 'child-welfare',
  label: tpr.programmes.childWelfare,
  payeeTitle: tpr.columns.residentId,
  kindLabels: { ...CHILD_CATEGORY_LABELS, CHILD_ALLOWANCE: tpr.programmes.childWelfare },
  summary: async (month) => {
    const s = (await dataOf(childWelfare.GET('/api/v1/payrolls/{month}/summary', { params: { path: { month } } }))) as unknown as ChildPayrollSummary;
    return { ...s, arrears: { lines: s.arrears.lines, totalFen: s.arrears.totalFen }, byKind: byCategory(s.byCategory) };
  },
  lines: async (month, page, pageSize) => {
    const found = await dataOf(childWelfare.GET('/api/v1/payrolls/{month}/lines', { params: { path: { month }, query: { page, pageSize } } }));
    return { total: found.total, items: found.items.map((l) => ({ lineId: l.lineId, payee: l.residentId, kind: 'CHILD_ALLOWANCE', month: l.month, amountFen: l.amountFen, lineType: l.kind, ...outcome(l) })) };
  },
  run: async (month, onProgress) => {
    const job = (await dataOf(childWelfare.POST('/api/v1/payrolls', { body: { month }, headers: RESPOND_ASYNC }))) as Job;
    const { body } = await followJob<ChildPayrollSummary>('child-welfare', job, onProgress);
    return body.created + body.arrearsCreated;
  },
  approve: (month) => dataOf(childWelfare.POST('/api/v1/payrolls/{month}/approve', { params: { path: { month } } })),
};

export const PROGRAMMES: Readonly<Record<ProgrammeKey, PayrollProgramme>> = {
  'elderly-care': elderly,
  'social-assistance': socialAssistanceProgramme,
  'child-welfare': childAllowance,
};

export function isProgramme(value: string | null): value is ProgrammeKey {
  return PROGRAMME_KEYS.some((key) => key === value);
}
