// What each event of a death's cascade means to a caseworker, in zh-CN, and what the cascade
// added up to (stops, overpayment, funeral benefit). Reads the events the console streams
// (docs/console.md "Event stream"): routing key, source and the summary of codes and amounts.
// Pure: money and months through src/format.ts.
import { yearMonth, yuan } from '../../format';

export type SummaryValue = string | number | string[];

/** An event as GET /api/events/stream sends it. */
export interface CascadeEvent {
  id: string;
  type: string;
  source: string;
  time: string;
  subject: string;
  causationid: string | null;
  summary: Record<string, SummaryValue>;
}

/** One line of the 联动 timeline. */
export interface CascadeEntry {
  id: string;
  type: string;
  /** The service in Chinese (民政登记, 社会救助 …). */
  service: string;
  meaning: string;
  /** Milliseconds after the report was recorded (the first event of the cascade), by the producers' timestamps. */
  elapsedMs: number;
  color: 'blue' | 'green' | 'red' | 'gray';
}

const SERVICES: Readonly<Record<string, string>> = {
  'civil-registration': '民政登记',
  'social-assistance': '社会救助',
  'elderly-care': '养老服务',
  'child-welfare': '儿童福利',
  canteen: '助餐',
};

const PROGRAMS: Readonly<Record<string, string>> = { DIBAO: '低保', TEKUN: '特困供养' };
const ALLOWANCES: Readonly<Record<string, string>> = { HIGH_AGE: '高龄津贴', SERVICE_SUBSIDY: '养老服务补贴' };
const RISK_TIERS: Readonly<Record<string, string>> = { RED: '红色（高风险）', ORANGE: '橙色（中风险）', GREEN: '绿色（低风险）' };
const REASSESSMENT_CAUSES: Readonly<Record<string, string>> = { GUARDIAN_DECEASED: '监护人死亡', GUARDIAN_SITUATION_CHANGED: '监护情况变化' };

/** '/social-assistance' -> '社会救助'; an unknown service by its name. */
export function serviceLabel(source: string): string {
  const name = source.replace(/^\//, '');
  return SERVICES[name] ?? name;
}

function text(summary: Record<string, SummaryValue>, field: string): string | undefined {
  const value = summary[field];
  return typeof value === 'string' ? value : undefined;
}

function amount(summary: Record<string, SummaryValue>): number | undefined {
  const value = summary.amountFen;
  return typeof value === 'number' ? value : undefined;
}

function fromMonth(summary: Record<string, SummaryValue>): string {
  const month = text(summary, 'stopFromMonth');
  return month ? `（自${yearMonth(month)}起）` : '';
}

function label(map: Readonly<Record<string, string>>, code: string | undefined, fallback: string): string {
  return (code && map[code]) ?? fallback;
}

type Describe = (summary: Record<string, SummaryValue>) => string;

const MEANINGS: Readonly<Record<string, Describe>> = {
  'civil-registration.death.registered.v1': () => '死亡登记完成',
  'social-assistance.enrollment.stopped.v1': (s) => `停发${label(PROGRAMS, text(s, 'program'), '救助')}${fromMonth(s)}`,
  'social-assistance.overpayment.detected.v1': (s) => {
    const months = Array.isArray(s.months) ? `（${s.months.map(yearMonth).join('、')}）` : '';
    return `追回多发金额 ${yuan(amount(s) ?? 0)}${months}`;
  },
  'social-assistance.enrollment.started.v1': (s) => `纳入${label(PROGRAMS, text(s, 'program'), '救助')}`,
  'elderly-care.allowance.stopped.v1': (s) => `停发${label(ALLOWANCES, text(s, 'kind'), '养老补贴')}${fromMonth(s)}`,
  'elderly-care.allowance.started.v1': (s) => `发放${label(ALLOWANCES, text(s, 'kind'), '养老补贴')}`,
  'civil-registration.funeral-benefit.granted.v1': (s) => `发放惠民殡葬补贴 ${yuan(amount(s) ?? 0)}${text(s, 'basis') === 'DIBAO_TEKUN' ? '（含低保/特困加发）' : ''}`,
  'child-welfare.reassessment.opened.v1': (s) => {
    const cause = REASSESSMENT_CAUSES[text(s, 'cause') ?? ''];
    return `儿童重新评估${cause ? `（${cause}）` : ''}`;
  },
  'child-welfare.risk-tier.changed.v1': (s) => `儿童风险等级调整为${label(RISK_TIERS, text(s, 'to'), '新等级')}`,
  'child-welfare.allowance.stopped.v1': (s) => `停发儿童生活补贴${fromMonth(s)}`,
};

/** What the event means, in a short Chinese phrase; an event the console does not know by its type. */
export function meaningOf(event: Pick<CascadeEvent, 'type' | 'summary'>): string {
  const describe = MEANINGS[event.type];
  return describe ? describe(event.summary) : `其他事件：${event.type}`;
}

function colorOf(type: string): CascadeEntry['color'] {
  if (type.endsWith('.stopped.v1')) return 'red';
  if (type === 'social-assistance.overpayment.detected.v1') return 'red';
  if (type === 'civil-registration.funeral-benefit.granted.v1') return 'green';
  if (type === 'civil-registration.death.registered.v1') return 'gray';
  return 'blue';
}

export function toEntry(event: CascadeEvent, elapsedMs: number): CascadeEntry {
  return { id: event.id, type: event.type, service: serviceLabel(event.source), meaning: meaningOf(event), elapsedMs: Math.max(0, Math.round(elapsedMs)), color: colorOf(event.type) };
}

/**
 * The timeline of a cascade, in arrival order. Times count from the first event (the death
 * registered: every other event is caused by it, so it arrives first) by each event's `time` as
 * its producer stamped it, so the browser's own delays (rendering, a busy machine) do not count;
 * a producer's clock slightly behind shows as 0.
 */
export function entriesOf(events: readonly CascadeEvent[]): CascadeEntry[] {
  const origin = events.length > 0 ? Date.parse(events[0].time) : 0;
  return events.map((event) => toEntry(event, Date.parse(event.time) - origin));
}

/** What a cascade came to: benefits stopped, money to recover, the funeral benefit, children to reassess. */
export interface CascadeOutcome {
  stops: string[];
  overpaymentFen: number;
  funeralBenefitFen: number | null;
  reassessments: number;
}

const STOPPED_BY_TYPE: Readonly<Record<string, (s: Record<string, SummaryValue>) => string>> = {
  'social-assistance.enrollment.stopped.v1': (s) => label(PROGRAMS, text(s, 'program'), '救助'),
  'elderly-care.allowance.stopped.v1': (s) => label(ALLOWANCES, text(s, 'kind'), '养老补贴'),
  'child-welfare.allowance.stopped.v1': () => '儿童生活补贴',
};

export function outcomeOf(events: ReadonlyArray<Pick<CascadeEvent, 'type' | 'summary'>>): CascadeOutcome {
  const outcome: CascadeOutcome = { stops: [], overpaymentFen: 0, funeralBenefitFen: null, reassessments: 0 };
  for (const { type, summary } of events) {
    const stopped = STOPPED_BY_TYPE[type]?.(summary);
    if (stopped && !outcome.stops.includes(stopped)) outcome.stops.push(stopped);
    if (type === 'social-assistance.overpayment.detected.v1') outcome.overpaymentFen += amount(summary) ?? 0;
    if (type === 'civil-registration.funeral-benefit.granted.v1') outcome.funeralBenefitFen = (outcome.funeralBenefitFen ?? 0) + (amount(summary) ?? 0);
    if (type === 'child-welfare.reassessment.opened.v1') outcome.reassessments += 1;
  }
  return outcome;
}
