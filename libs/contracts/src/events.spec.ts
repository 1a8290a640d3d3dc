import { residentIdCheckChar } from '@app/common/resident-id/resident-id';
import { createEnvelope, parseEvent } from './envelope';
import { eventSchemas, ROUTING_KEYS, type RoutingKey } from './event-map';
import { sampleEvents, SAMPLE_RESIDENT_IDS as ids } from './testing/event-samples';

// Table-driven refusals: every schema, every field of a checked kind, through parseEvent, so the
// reason asserted is the one that ends up in the dead-letter header.

type Path = (string | number)[];
interface Fields {
  residentIds?: Path[];
  dates?: Path[];
  months?: Path[];
  fens?: Path[];
  enums?: Path[];
  uuids?: Path[];
  /** Fields that may be left out. */
  optional?: Path[];
}

const FIELDS: { [K in RoutingKey]: Fields } = {
  'civil-registration.death.registered.v1': {
    residentIds: [['residentId']],
    dates: [['dateOfDeath']],
    enums: [['sex'], ['disposal'], ['source']],
    uuids: [['deathId']],
  },
  'civil-registration.marriage.registered.v1': {
    residentIds: [['partyResidentIds', 0], ['partyResidentIds', 1]],
    dates: [['registeredOn']],
    enums: [['kind']],
    uuids: [['marriageId']],
  },
  'civil-registration.divorce.applied.v1': {
    residentIds: [['partyResidentIds', 0], ['partyResidentIds', 1]],
    dates: [['appliedOn'], ['coolingOffEndsOn'], ['certificateDeadline']],
    uuids: [['divorceId'], ['marriageId']],
  },
  'civil-registration.divorce.withdrawn.v1': {
    residentIds: [['partyResidentIds', 0], ['withdrawnByResidentId']],
    dates: [['withdrawnOn']],
    enums: [['reason']],
    uuids: [['divorceId'], ['marriageId']],
    optional: [['withdrawnByResidentId']],
  },
  'civil-registration.divorce.registered.v1': {
    residentIds: [['partyResidentIds', 1]],
    dates: [['registeredOn']],
    uuids: [['divorceId'], ['marriageId']],
  },
  'civil-registration.funeral-benefit.granted.v1': {
    residentIds: [['residentId']],
    dates: [['grantedOn']],
    fens: [['amountFen']],
    enums: [['basis']],
    uuids: [['benefitId'], ['deathId']],
  },
  'social-assistance.enrollment.started.v1': {
    residentIds: [['residentId']],
    dates: [['birthDate']],
    months: [['effectiveMonth']],
    enums: [['program'], ['careForm']],
    uuids: [['enrollmentId'], ['householdId']],
    optional: [['birthDate'], ['careForm']],
  },
  'social-assistance.enrollment.stopped.v1': {
    residentIds: [['residentId']],
    months: [['stopFromMonth'], ['lastPaidMonth']],
    enums: [['program'], ['reason']],
    uuids: [['enrollmentId'], ['householdId'], ['causeEventId']],
    optional: [['causeEventId']],
  },
  'social-assistance.overpayment.detected.v1': {
    residentIds: [['residentId']],
    months: [['months', 0], ['months', 1]],
    fens: [['amountFen']],
    enums: [['program']],
    uuids: [['overpaymentId'], ['householdId'], ['causeEventId']],
  },
  'social-assistance.payroll.closed.v1': {
    months: [['month']],
    fens: [['totals', 'DIBAO', 'amountFen'], ['totals', 'TEKUN', 'amountFen']],
    uuids: [['payrollId']],
  },
  'elderly-care.allowance.started.v1': {
    residentIds: [['residentId']],
    months: [['fromMonth']],
    fens: [['monthlyAmountFen']],
    enums: [['kind']],
    uuids: [['allowanceId']],
  },
  'elderly-care.allowance.stopped.v1': {
    residentIds: [['residentId']],
    months: [['stopFromMonth']],
    enums: [['kind'], ['reason']],
    uuids: [['allowanceId']],
  },
  'elderly-care.assessment.completed.v1': {
    residentIds: [['residentId']],
    dates: [['assessedOn'], ['nextDueOn']],
    uuids: [['assessmentId']],
  },
  'child-welfare.risk-tier.changed.v1': {
    residentIds: [['residentId']],
    dates: [['changedOn']],
    enums: [['from'], ['to']],
    uuids: [['childId']],
    optional: [['from']],
  },
  'child-welfare.reassessment.opened.v1': {
    residentIds: [['residentId']],
    dates: [['openedOn']],
    enums: [['cause']],
    uuids: [['reassessmentId'], ['childId'], ['causeEventId']],
    optional: [['causeEventId']],
  },
  'child-welfare.adoption.registered.v1': {
    residentIds: [['childResidentId'], ['adopterResidentIds', 0], ['adopterResidentIds', 1]],
    dates: [['registeredOn']],
    uuids: [['adoptionId']],
    optional: [['childId']],
  },
  'child-welfare.allowance.started.v1': {
    residentIds: [['residentId']],
    months: [['fromMonth']],
    enums: [['category'], ['careForm']],
    uuids: [['childId']],
  },
  'child-welfare.allowance.stopped.v1': {
    residentIds: [['residentId']],
    months: [['stopFromMonth']],
    enums: [['category'], ['careForm'], ['reason']],
    uuids: [['childId']],
  },
  'canteen.settlement.approved.v1': {
    months: [['month']],
    fens: [['subsidyFen']],
    uuids: [['settlementId'], ['canteenId']],
  },
  'civil-registration.payables.approved.v1': {
    residentIds: [['lines', 0, 'payee', 'residentId']],
    months: [['month'], ['lines', 0, 'period']],
    fens: [['lines', 0, 'amountFen']],
    enums: [['lines', 0, 'programme']],
    uuids: [['approvalId'], ['lines', 0, 'lineId']],
  },
  'social-assistance.payables.approved.v1': {
    residentIds: [['lines', 0, 'payee', 'residentId']],
    months: [['month'], ['lines', 0, 'period']],
    fens: [['lines', 0, 'amountFen']],
    enums: [['lines', 0, 'programme']],
    uuids: [['approvalId'], ['lines', 0, 'lineId']],
  },
  'elderly-care.payables.approved.v1': {
    residentIds: [['lines', 0, 'payee', 'residentId']],
    months: [['month'], ['lines', 0, 'period']],
    fens: [['lines', 0, 'amountFen']],
    enums: [['lines', 0, 'programme']],
    uuids: [['approvalId'], ['lines', 0, 'lineId']],
  },
  'child-welfare.payables.approved.v1': {
    residentIds: [['lines', 0, 'payee', 'residentId']],
    months: [['month'], ['lines', 0, 'period']],
    fens: [['lines', 0, 'amountFen']],
    enums: [['lines', 0, 'programme']],
    uuids: [['approvalId'], ['lines', 0, 'lineId'], ['lines', 0, 'reissueOf']],
  },
  'canteen.payables.approved.v1': {
    months: [['month'], ['lines', 0, 'period']],
    fens: [['lines', 0, 'amountFen']],
    enums: [['lines', 0, 'programme']],
    uuids: [['approvalId'], ['lines', 0, 'lineId'], ['lines', 0, 'payee', 'organisationId']],
  },
  'payments.line.paid.v1': {
    dates: [['paidOn']],
    months: [['lines', 0, 'period']],
    fens: [['lines', 0, 'amountFen']],
    enums: [['ownerService'], ['lines', 0, 'programme']],
    uuids: [['batchId'], ['returnFileId'], ['lines', 0, 'lineId']],
  },
  'payments.line.failed.v1': {
    dates: [['returnedOn']],
    months: [['lines', 0, 'period']],
    fens: [['lines', 0, 'amountFen']],
    enums: [['ownerService'], ['lines', 0, 'programme'], ['lines', 0, 'reason']],
    uuids: [['batchId'], ['returnFileId'], ['lines', 0, 'lineId']],
  },
  'elderly-care.recovery.requested.v1': {
    residentIds: [['residentId']],
    months: [['periods', 0]],
    fens: [['amountFen']],
    enums: [['programme']],
    uuids: [['recoveryId'], ['overpaymentId'], ['paymentLineIds', 0]],
  },
  'payments.recovery.settled.v1': {
    dates: [['settledOn']],
    fens: [['recoveries', 0, 'amountFen']],
    enums: [['ownerService'], ['recoveries', 0, 'outcome'], ['recoveries', 0, 'reason']],
    uuids: [['batchId'], ['returnFileId'], ['recoveries', 0, 'recoveryId'], ['recoveries', 0, 'overpaymentId']],
  },
  'social-assistance.monitoring.started.v1': {
    residentIds: [['residentId']],
    months: [['fromMonth']],
    enums: [['category']],
    uuids: [['monitoringId'], ['householdId']],
  },
  'social-assistance.monitoring.ended.v1': {
    residentIds: [['residentId']],
    months: [['stopFromMonth']],
    enums: [['reason']],
    uuids: [['monitoringId'], ['householdId']],
  },
  'social-assistance.early-warning.raised.v1': {
    residentIds: [['residentId']],
    dates: [['occurredOn']],
    fens: [['amountFen']],
    enums: [['trigger']],
    uuids: [['warningId'], ['householdId']],
    optional: [['amountFen']],
  },
  'data-exchange.deaths.matched.v1': {
    residentIds: [['deaths', 0, 'residentId']],
    dates: [['asOf'], ['deaths', 0, 'dateOfDeath']],
    enums: [['department'], ['dataSet'], ['deaths', 0, 'disposal']],
    uuids: [['importId'], ['deaths', 0, 'matchId']],
  },
  'data-exchange.moves.matched.v1': {
    residentIds: [['moves', 0, 'residentId']],
    dates: [['asOf'], ['moves', 0, 'movedOn']],
    enums: [['department'], ['dataSet']],
    uuids: [['importId'], ['moves', 0, 'matchId']],
  },
  'data-exchange.findings.raised.v1': {
    residentIds: [['findings', 0, 'residentId']],
    dates: [['asOf'], ['findings', 0, 'observedOn']],
    fens: [['findings', 0, 'amountFen']],
    enums: [['department'], ['dataSet'], ['findings', 0, 'kind']],
    uuids: [['importId'], ['findings', 0, 'findingId']],
    optional: [['findings', 0, 'amountFen']],
  },
};

function withValue(key: RoutingKey, path: Path, value: unknown): Record<string, unknown> {
  const data = structuredClone(sampleEvents[key]) as Record<string, unknown>;
  let node: Record<string | number, unknown> = data;
  for (const step of path.slice(0, -1)) node = node[step] as Record<string | number, unknown>;
  const last = path[path.length - 1];
  if (value === undefined && !Array.isArray(node)) delete node[last];
  else node[last] = value;
  return data;
}

function reasonFor(key: RoutingKey, data: unknown): string {
  const envelope = JSON.parse(JSON.stringify(createEnvelope(key, sampleEvents[key] as never, { source: '/test', subject: 's' })));
  const result = parseEvent({ ...envelope, data });
  return result.ok ? 'accepted' : result.reason;
}

function label(path: Path): string {
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('').slice(1);
}

interface Case {
  key: RoutingKey;
  path: Path;
  value: unknown;
  reason: string;
}

const BAD_RESIDENT_IDS = ['110105194912310021', '11010519490230002' + residentIdCheckChar('11010519490230002'), '1101051949123100', 'not an id'];

function cases(): Case[] {
  const all: Case[] = [];
  for (const key of ROUTING_KEYS) {
    const f = FIELDS[key];
    const add = (paths: Path[] | undefined, value: unknown, reason: string): void => {
      for (const path of paths ?? []) all.push({ key, path, value, reason: `data.${label(path)}: ${reason}` });
    };
    for (const id of BAD_RESIDENT_IDS) add(f.residentIds, id, 'invalid resident ID');
    add(f.dates, '2023-02-29', 'must be a real date YYYY-MM-DD');
    add(f.dates, '2024/08/01', 'must be a real date YYYY-MM-DD');
    add(f.months, '2024-13', 'must be a month YYYY-MM');
    add(f.months, '2024-08-01', 'must be a month YYYY-MM');
    add(f.fens, -1, 'must not be negative');
    add(f.fens, 0.5, 'must be a whole number of fen');
    add(f.fens, '5000', 'must be a whole number of fen');
    add(f.uuids, 'deadbeef', 'must be a UUID');
    for (const path of f.enums ?? []) {
      all.push({ key, path, value: 'NOT_A_VALUE', reason: `data.${label(path)}: Invalid option: expected one of ` });
      all.push({ key, path, value: 'dibao', reason: `data.${label(path)}: Invalid option: expected one of ` });
    }
  }
  return all;
}

describe('every event schema refuses bad field values with a readable reason', () => {
  it('covers every event', () => {
    expect(new Set(cases().map((c) => c.key))).toEqual(new Set(ROUTING_KEYS));
  });

  it.each(cases().map((c) => [c.key, label(c.path), c.value, c]))('%s %s = %p', (_key, _path, _value, c) => {
    const { key, path, value, reason } = c as Case;
    const got = reasonFor(key, withValue(key, path, value));
    expect(got.slice(0, reason.length)).toBe(reason);
  });
});

describe('every required field is required', () => {
  const required = ROUTING_KEYS.flatMap((key) => {
    const optional = new Set((FIELDS[key].optional ?? []).map(label));
    return Object.keys(sampleEvents[key])
      .filter((field) => !optional.has(field))
      .map((field) => [key, field] as [RoutingKey, string]);
  });

  it.each(required)('%s without %s is refused', (key, field) => {
    expect(reasonFor(key, withValue(key, [field], undefined))).toMatch(new RegExp(`^data\\.${field}: `));
  });

  it.each(ROUTING_KEYS.flatMap((key) => (FIELDS[key].optional ?? []).map((path) => [key, label(path)] as [RoutingKey, string])))(
    '%s without the optional %s is accepted',
    (key, field) => {
      expect(reasonFor(key, withValue(key, [field], undefined))).toBe('accepted');
    },
  );
});

describe('rules within a payload', () => {
  it.each<[RoutingKey, Path, unknown, string]>([
    ['civil-registration.marriage.registered.v1', ['partyResidentIds'], [ids.husband, ids.husband], 'data.partyResidentIds: the two parties must be different persons'],
    ['civil-registration.marriage.registered.v1', ['partyResidentIds'], [ids.husband], 'data.partyResidentIds: '],
    ['civil-registration.divorce.registered.v1', ['partyResidentIds'], [ids.husband, ids.wife, ids.child], 'data.partyResidentIds: '],
    ['social-assistance.overpayment.detected.v1', ['months'], [], 'data.months: must list at least one month'],
    ['social-assistance.payroll.closed.v1', ['totals', 'TEKUN'], undefined, 'data.totals.TEKUN: '],
    ['social-assistance.payroll.closed.v1', ['totals', 'DIBAO', 'lineCount'], -3, 'data.totals.DIBAO.lineCount: must not be negative'],
    ['elderly-care.allowance.started.v1', ['tier'], 'age_80', 'data.tier: must be a tier name: capitals, digits and _, at most 20 characters'],
    ['elderly-care.allowance.stopped.v1', ['tier'], 7, 'data.tier: must be a tier name'],
    ['elderly-care.assessment.completed.v1', ['totalScore'], 91, 'data.totalScore: must be at most 90'],
    ['elderly-care.assessment.completed.v1', ['totalScore'], -1, 'data.totalScore: must be at least 0'],
    ['elderly-care.assessment.completed.v1', ['totalScore'], 45.5, 'data.totalScore: must be a whole number'],
    ['elderly-care.assessment.completed.v1', ['level'], 5, 'data.level: must be a level 0-4'],
    ['elderly-care.assessment.completed.v1', ['nextDueOn'], '2024-06-10', 'data.nextDueOn: must be after assessedOn'],
    ['child-welfare.risk-tier.changed.v1', ['from'], 'ORANGE', 'data.to: must differ from the previous tier'],
    ['child-welfare.adoption.registered.v1', ['adopterResidentIds'], [], 'data.adopterResidentIds: must name one or two adopters'],
    ['child-welfare.adoption.registered.v1', ['adopterResidentIds'], [ids.adopterA, ids.adopterB, ids.husband], 'data.adopterResidentIds: must name one or two adopters'],
    ['child-welfare.adoption.registered.v1', ['adopterResidentIds'], [ids.adopterA, ids.adopterA], 'data.adopterResidentIds: must not name the same adopter twice'],
    ['child-welfare.adoption.registered.v1', ['adopterResidentIds'], [ids.child], 'data.adopterResidentIds: the child cannot be an adopter'],
    ['canteen.settlement.approved.v1', ['mealCount'], 1.5, 'data.mealCount: must be a whole number'],
    ['social-assistance.payables.approved.v1', ['lines', 0, 'amountFen'], 0, 'data.lines[0].amountFen: must be more than 0 fen'],
    ['social-assistance.payables.approved.v1', ['lines'], [], 'data.lines: must hold at least one line'],
    ['social-assistance.payables.approved.v1', ['chunk', 'index'], 1, 'data.chunk: index must be below count'],
    ['canteen.payables.approved.v1', ['lines', 0, 'payee', 'kind'], 'PERSON', 'data.lines[0].payee.residentId: '],
    ['payments.line.failed.v1', ['lines', 0, 'amountFen'], 0, 'data.lines[0].amountFen: must be more than 0 fen'],
    ['canteen.settlement.approved.v1', ['approvedBy'], '  ', 'data.approvedBy: must not be empty'],
    ['civil-registration.death.registered.v1', ['divisionCode'], '1101', 'data.divisionCode: must be a division code of 6, 9 or 12 digits'],
    ['civil-registration.death.registered.v1', ['receivedAt'], '2024-08-01', 'data.receivedAt: must be an ISO 8601 date-time with Z or an offset'],
  ])('%s %j = %j is refused', (key, path, value, reason) => {
    expect(reasonFor(key, withValue(key, path, value))).toContain(reason);
  });

  it.each<[RoutingKey, Path, unknown]>([
    ['civil-registration.divorce.withdrawn.v1', ['reason'], 'DEEMED_WITHDRAWN'],
    ['social-assistance.enrollment.stopped.v1', ['lastPaidMonth'], null],
    ['child-welfare.adoption.registered.v1', ['adopterResidentIds'], [ids.adopterA]],
    ['child-welfare.adoption.registered.v1', ['childId'], '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a11'],
    ['elderly-care.allowance.started.v1', ['tier'], 'AGE_90_99'],
    ['elderly-care.assessment.completed.v1', ['level'], 0],
    ['elderly-care.assessment.completed.v1', ['totalScore'], 90],
    ['canteen.settlement.approved.v1', ['subsidyFen'], 0],
    ['child-welfare.payables.approved.v1', ['lines', 0, 'reissueOf'], undefined],
  ])('%s %j = %j is accepted', (key, path, value) => {
    expect(reasonFor(key, withValue(key, path, value))).toBe('accepted');
  });

  it('never accepts an event whose data belongs to another type', () => {
    expect(eventSchemas['canteen.settlement.approved.v1'].safeParse(sampleEvents['civil-registration.death.registered.v1']).success).toBe(false);
  });
});
