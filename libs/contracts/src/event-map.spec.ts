import { eventSchemas, isRoutingKey, ROUTING_KEYS, serviceOf, type RoutingKey } from './event-map';
import { SERVICE_NAMES } from './services';
import { sampleEvents } from './testing/event-samples';

// The events ARCHITECTURE.md §3 and the service issues name; a key missing here is a missing contract.
const EXPECTED_KEYS = [
  'civil-registration.death.registered.v1',
  'civil-registration.marriage.registered.v1',
  'civil-registration.divorce.applied.v1',
  'civil-registration.divorce.withdrawn.v1',
  'civil-registration.divorce.registered.v1',
  'civil-registration.funeral-benefit.granted.v1',
  'social-assistance.enrollment.started.v1',
  'social-assistance.enrollment.stopped.v1',
  'social-assistance.overpayment.detected.v1',
  'social-assistance.payroll.closed.v1',
  'elderly-care.allowance.started.v1',
  'elderly-care.allowance.stopped.v1',
  'elderly-care.assessment.completed.v1',
  'child-welfare.risk-tier.changed.v1',
  'child-welfare.reassessment.opened.v1',
  'child-welfare.adoption.registered.v1',
  'child-welfare.allowance.started.v1',
  'child-welfare.allowance.stopped.v1',
  'canteen.settlement.approved.v1',
  'civil-registration.payables.approved.v1',
  'social-assistance.payables.approved.v1',
  'elderly-care.payables.approved.v1',
  'child-welfare.payables.approved.v1',
  'canteen.payables.approved.v1',
  'payments.line.paid.v1',
  'payments.line.failed.v1',
  'elderly-care.recovery.requested.v1',
  'payments.recovery.settled.v1',
  'social-assistance.monitoring.started.v1',
  'social-assistance.monitoring.ended.v1',
  'social-assistance.early-warning.raised.v1',
  'data-exchange.deaths.matched.v1',
  'data-exchange.moves.matched.v1',
  'data-exchange.findings.raised.v1',
];

describe('event map', () => {
  it('has a contract for every event the services exchange, and no other', () => {
    expect([...ROUTING_KEYS].sort()).toEqual([...EXPECTED_KEYS].sort());
  });

  it.each(ROUTING_KEYS.map((k) => [k]))('%s is <service>.<aggregate>.<past-verb>.v<N> of a known service', (key) => {
    expect(key).toMatch(/^[a-z-]+\.[a-z-]+\.([a-z]+(ed|n)|paid)\.v[1-9]\d*$/);
    expect(SERVICE_NAMES).toContain(serviceOf(key));
    expect(key.startsWith(`${serviceOf(key)}.`)).toBe(true);
  });

  it('every service produces at least one event', () => {
    expect(new Set(ROUTING_KEYS.map(serviceOf))).toEqual(new Set(SERVICE_NAMES));
  });

  it('isRoutingKey knows exactly the keys of the map', () => {
    for (const key of ROUTING_KEYS) expect(isRoutingKey(key)).toBe(true);
    for (const other of ['civil-registration.death.registered.v2', 'death', '', 'toString', '__proto__', 'constructor', 42, null, undefined]) {
      expect(isRoutingKey(other)).toBe(false);
    }
  });

  it('ROUTING_KEYS and eventSchemas cannot be changed at run time', () => {
    expect(Object.isFrozen(ROUTING_KEYS)).toBe(true);
    expect(Object.isFrozen(eventSchemas)).toBe(true);
  });

  it.each(ROUTING_KEYS.map((k) => [k]))('the sample of %s is valid against its schema', (key: RoutingKey) => {
    const result = eventSchemas[key].safeParse(sampleEvents[key]);
    expect(result.error?.issues ?? []).toEqual([]);
    expect(result.data).toEqual(sampleEvents[key]);
  });

  it.each(ROUTING_KEYS.map((k) => [k]))('%s accepts unknown extra fields (additive changes within a version)', (key: RoutingKey) => {
    const result = eventSchemas[key].safeParse({ ...sampleEvents[key], addedInALaterRelease: { any: ['thing'] } });
    expect(result.success).toBe(true);
    expect(result.data).toEqual(sampleEvents[key]);
  });

  it.each(ROUTING_KEYS.map((k) => [k]))('%s refuses a payload that is not an object', (key: RoutingKey) => {
    for (const bad of [null, 'x', 42, []]) expect(eventSchemas[key].safeParse(bad).success).toBe(false);
  });
});
