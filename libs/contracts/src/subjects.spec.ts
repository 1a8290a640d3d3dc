import { ROUTING_KEYS, type RoutingKey } from './event-map';
import { EVENT_SUBJECTS, subjectOf } from './subjects';
import { sampleEvents } from './testing/event-samples';

const RESIDENT_ID = /^\d{17}[\dX]$/;
const of = <K extends RoutingKey>(key: K) => subjectOf(key, sampleEvents[key]);

describe('the subject of every event follows from its payload', () => {
  it.each(ROUTING_KEYS.map((k) => [k]))('%s: a non-empty subject and a sentence saying what it is', (key) => {
    expect(of(key)).toEqual(expect.any(String));
    expect(of(key).length).toBeGreaterThan(0);
    expect(EVENT_SUBJECTS[key].means).toMatch(/\.$/);
  });

  it('is the approval for every programme that hands money to payments, so one contract has one subject', () => {
    const payables = ROUTING_KEYS.filter((k): k is Extract<RoutingKey, `${string}.payables.approved.v1`> => k.endsWith('.payables.approved.v1'));
    expect(payables).toHaveLength(5);
    for (const key of payables) expect(of(key)).toBe(sampleEvents[key].approvalId);
  });

  it("is an adult's resident ID, and a child's record id rather than the child's resident ID", () => {
    expect(of('civil-registration.death.registered.v1')).toBe(sampleEvents['civil-registration.death.registered.v1'].residentId);
    expect(of('social-assistance.enrollment.stopped.v1')).toMatch(RESIDENT_ID);
    for (const key of ROUTING_KEYS.filter((k) => k.startsWith('child-welfare.') && !k.includes('payables'))) {
      expect(of(key)).not.toMatch(RESIDENT_ID);
    }
  });

  it('falls back to the adoption when the adopted child is not on the register', () => {
    const { childId: _registered, ...unregistered } = sampleEvents['child-welfare.adoption.registered.v1'];
    expect(subjectOf('child-welfare.adoption.registered.v1', unregistered)).toBe(unregistered.adoptionId);
  });

  it('names the aggregate of settlements, payrolls, marriages and bank answers', () => {
    expect(of('canteen.settlement.approved.v1')).toBe(sampleEvents['canteen.settlement.approved.v1'].settlementId);
    expect(of('social-assistance.payroll.closed.v1')).toBe(sampleEvents['social-assistance.payroll.closed.v1'].payrollId);
    expect(of('civil-registration.divorce.registered.v1')).toBe(sampleEvents['civil-registration.divorce.registered.v1'].marriageId);
    expect(of('payments.line.failed.v1')).toBe(sampleEvents['payments.line.failed.v1'].batchId);
  });
});
