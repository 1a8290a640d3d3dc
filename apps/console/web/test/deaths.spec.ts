// 死亡登记's pure parts: what each event of a cascade means in Chinese, what the cascade came to,
// reading the console's event stream in chunks, and the correlation id the page draws.
import { entriesOf, meaningOf, outcomeOf, serviceLabel, toEntry, type CascadeEvent } from '../src/pages/deaths/cascade';
import { newCorrelationId } from '../src/pages/deaths/correlation-id';
import { SseParser } from '../src/pages/deaths/sse-parser';

const DEATH_ID = '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a01';

function event(type: string, summary: CascadeEvent['summary'] = {}): CascadeEvent {
  return { id: `${type}-id`, type, source: `/${type.split('.')[0]}`, time: '2024-09-20T02:00:00.000Z', subject: '110***********0014', causationid: DEATH_ID, summary };
}

const CASCADE: CascadeEvent[] = [
  event('civil-registration.death.registered.v1', { disposal: 'CREMATION', source: 'HOSPITAL' }),
  event('social-assistance.enrollment.stopped.v1', { program: 'DIBAO', reason: 'DECEASED', stopFromMonth: '2024-09', lastPaidMonth: '2024-09' }),
  event('elderly-care.allowance.stopped.v1', { kind: 'HIGH_AGE', tier: 'AGE_80_99', reason: 'DECEASED', stopFromMonth: '2024-09' }),
  event('elderly-care.allowance.stopped.v1', { kind: 'SERVICE_SUBSIDY', tier: 'AGE_80_99', reason: 'DECEASED', stopFromMonth: '2024-09' }),
  event('social-assistance.overpayment.detected.v1', { program: 'DIBAO', amountFen: 107_000, months: ['2024-09'] }),
  event('civil-registration.funeral-benefit.granted.v1', { basis: 'DIBAO_TEKUN', amountFen: 200_000, grantedOn: '2024-09-20' }),
  event('child-welfare.reassessment.opened.v1', { cause: 'GUARDIAN_DECEASED', openedOn: '2024-09-20' }),
  event('child-welfare.risk-tier.changed.v1', { from: 'GREEN', to: 'ORANGE' }),
];

describe('the cascade of a death, as a caseworker reads it', () => {
  it('says what each event means', () => {
    expect(CASCADE.map((e) => [serviceLabel(e.source), meaningOf(e)])).toEqual([
      ['民政登记', '死亡登记完成'],
      ['社会救助', '停发低保（自2024年9月起）'],
      ['养老服务', '停发高龄津贴（自2024年9月起）'],
      ['养老服务', '停发养老服务补贴（自2024年9月起）'],
      ['社会救助', '追回多发金额 ¥1,070.00（2024年9月）'],
      ['民政登记', '发放惠民殡葬补贴 ¥2,000.00（含低保/特困加发）'],
      ['儿童福利', '儿童重新评估（监护人死亡）'],
      ['儿童福利', '儿童风险等级调整为橙色（中风险）'],
    ]);
  });

  it('names 特困 and the other services, and an event it does not know by its type', () => {
    expect(meaningOf(event('social-assistance.enrollment.stopped.v1', { program: 'TEKUN' }))).toBe('停发特困供养');
    expect(meaningOf(event('civil-registration.funeral-benefit.granted.v1', { basis: 'BASIC', amountFen: 100_000 }))).toBe('发放惠民殡葬补贴 ¥1,000.00');
    expect(serviceLabel('/canteen')).toBe('助餐');
    expect(serviceLabel('/payments')).toBe('payments');
    expect(meaningOf(event('canteen.settlement.approved.v1'))).toBe('其他事件：canteen.settlement.approved.v1');
  });

  it('makes timeline entries with whole milliseconds since the report, never negative', () => {
    expect(toEntry(CASCADE[1], 123.6)).toEqual({ id: CASCADE[1].id, type: CASCADE[1].type, service: '社会救助', meaning: '停发低保（自2024年9月起）', elapsedMs: 124, color: 'red' });
    expect(toEntry(CASCADE[0], -3).elapsedMs).toBe(0);
    expect(toEntry(CASCADE[5], 10).color).toBe('green');
  });

  it('counts the time of each event from the first one (the report recorded), by the producers’ clocks', () => {
    const at = (e: CascadeEvent, time: string): CascadeEvent => ({ ...e, time });
    const entries = entriesOf([at(CASCADE[0], '2024-09-20T02:00:00.000Z'), at(CASCADE[1], '2024-09-20T02:00:00.042Z'), at(CASCADE[5], '2024-09-20T01:59:59.990Z')]);
    expect(entries.map((e) => [e.service, e.elapsedMs])).toEqual([['民政登记', 0], ['社会救助', 42], ['民政登记', 0]]);
    expect(entriesOf([])).toEqual([]);
  });

  it('adds up the stops, the overpayment and the funeral benefit', () => {
    expect(outcomeOf(CASCADE)).toEqual({ stops: ['低保', '高龄津贴', '养老服务补贴'], overpaymentFen: 107_000, funeralBenefitFen: 200_000, reassessments: 1 });
    expect(outcomeOf(CASCADE.slice(0, 1))).toEqual({ stops: [], overpaymentFen: 0, funeralBenefitFen: null, reassessments: 0 });
  });
});

describe('reading the event stream', () => {
  it('gives the frames completed so far, across chunk boundaries, skipping comments', () => {
    const parser = new SseParser();
    expect(parser.push('event: ready\ndata: {"correlationId":"c"')).toEqual([]);
    expect(parser.push(',"seconds":60}\n\n: heartbeat\n\nid: e1\nevent: platform-event\r\ndata: {"id":"e1"}\r\n\r\nevent: end\ndata:')).toEqual([
      { event: 'ready', data: '{"correlationId":"c","seconds":60}' },
      { event: 'platform-event', data: '{"id":"e1"}', id: 'e1' },
    ]);
    expect(parser.push(' {"reason":"TIMEOUT"}\n\n')).toEqual([{ event: 'end', data: '{"reason":"TIMEOUT"}' }]);
  });

  it('joins several data lines and calls a frame without a name a message', () => {
    expect(new SseParser().push('data: a\ndata: b\n\n')).toEqual([{ event: 'message', data: 'a\nb' }]);
  });
});

describe('the correlation id of a report', () => {
  it('is a version 4 UUID', () => {
    expect(newCorrelationId()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(newCorrelationId((bytes) => bytes.fill(255))).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
    expect(newCorrelationId()).not.toBe(newCorrelationId());
  });
});
