import type { EventOf, RoutingKey } from '../event-map';
import type { PayableLine, PayablesApprovedV1 } from '../shared/payables';
import { DATA_EXCHANGE_SAMPLES } from './data-exchange-samples';
import { RECOVERY_SAMPLES } from './recovery-samples';
import { SAMPLE_RESIDENT_IDS } from './sample-resident-ids';

// One valid payload per routing key, for tests in any service (import from
// '@app/contracts/testing/event-samples'; not exported by the barrel). Typed by the event map,
// so a sample that drifts from its contract does not compile.

export { SAMPLE_RESIDENT_IDS };

const ids = SAMPLE_RESIDENT_IDS;

export const sampleEvents: { readonly [K in RoutingKey]: EventOf<K> } = {
  'civil-registration.death.registered.v1': {
    deathId: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a01',
    residentId: ids.elderWoman,
    name: '张秀英',
    sex: 'F',
    ethnicity: 'HAN',
    dateOfDeath: '2024-08-01',
    placeOfDeath: '市第一医院',
    disposal: 'CREMATION',
    source: 'HOSPITAL',
    receivedAt: '2024-08-01T10:00:00.000Z',
    divisionCode: '110105',
  },
  'civil-registration.marriage.registered.v1': {
    marriageId: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a02',
    kind: 'REGISTRATION',
    partyResidentIds: [ids.husband, ids.wife],
    registeredOn: '2024-05-20',
  },
  'civil-registration.divorce.applied.v1': {
    divorceId: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a03',
    marriageId: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a02',
    partyResidentIds: [ids.husband, ids.wife],
    appliedOn: '2024-09-02',
    coolingOffEndsOn: '2024-10-02',
    certificateDeadline: '2024-11-01',
  },
  'civil-registration.divorce.withdrawn.v1': {
    divorceId: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a03',
    marriageId: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a02',
    partyResidentIds: [ids.husband, ids.wife],
    reason: 'WITHDRAWN_BY_PARTY',
    withdrawnOn: '2024-09-20',
    withdrawnByResidentId: ids.wife,
  },
  'civil-registration.divorce.registered.v1': {
    divorceId: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a03',
    marriageId: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a02',
    partyResidentIds: [ids.husband, ids.wife],
    registeredOn: '2024-10-15',
  },
  'civil-registration.funeral-benefit.granted.v1': {
    benefitId: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a04',
    deathId: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a01',
    residentId: ids.elderWoman,
    amountFen: 200_000,
    basis: 'DIBAO_TEKUN',
    grantedOn: '2024-08-01',
  },
  'social-assistance.enrollment.started.v1': {
    enrollmentId: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a05',
    householdId: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a06',
    residentId: ids.elderWoman,
    program: 'DIBAO',
    effectiveMonth: '2024-03',
    birthDate: '1949-12-31',
  },
  'social-assistance.enrollment.stopped.v1': {
    enrollmentId: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a05',
    householdId: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a06',
    residentId: ids.elderWoman,
    program: 'DIBAO',
    reason: 'DECEASED',
    stopFromMonth: '2024-09',
    lastPaidMonth: '2024-10',
    causeEventId: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9aa1',
  },
  'social-assistance.overpayment.detected.v1': {
    overpaymentId: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a07',
    residentId: ids.elderWoman,
    householdId: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a06',
    program: 'DIBAO',
    months: ['2024-09', '2024-10'],
    amountFen: 147_000,
    causeEventId: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9aa1',
  },
  'social-assistance.payroll.closed.v1': {
    payrollId: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a08',
    month: '2024-08',
    totals: {
      DIBAO: { amountFen: 971_350_000, lineCount: 13_210 },
      TEKUN: { amountFen: 118_544_000, lineCount: 1_240 },
    },
  },
  'elderly-care.allowance.started.v1': {
    allowanceId: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a09',
    residentId: ids.elderMan,
    kind: 'HIGH_AGE',
    tier: 'AGE_80_99',
    monthlyAmountFen: 5_000,
    fromMonth: '2024-08',
  },
  'elderly-care.allowance.stopped.v1': {
    allowanceId: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a09',
    residentId: ids.elderMan,
    kind: 'SERVICE_SUBSIDY',
    tier: 'AGE_80_99',
    reason: 'DECEASED',
    stopFromMonth: '2024-09',
  },
  'elderly-care.assessment.completed.v1': {
    assessmentId: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a10',
    residentId: ids.elderMan,
    totalScore: 58,
    level: 2,
    assessedOn: '2024-06-10',
    nextDueOn: '2025-06-10',
  },
  'child-welfare.risk-tier.changed.v1': {
    childId: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a11',
    residentId: ids.child,
    from: 'GREEN',
    to: 'ORANGE',
    reason: 'guardian deceased',
    changedOn: '2024-08-02',
  },
  'child-welfare.reassessment.opened.v1': {
    reassessmentId: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a12',
    childId: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a11',
    residentId: ids.child,
    cause: 'GUARDIAN_DECEASED',
    causeEventId: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9aa1',
    openedOn: '2024-08-02',
  },
  'child-welfare.adoption.registered.v1': {
    adoptionId: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a13',
    childResidentId: ids.child,
    adopterResidentIds: [ids.adopterA, ids.adopterB],
    registeredOn: '2024-11-11',
  },
  'child-welfare.allowance.started.v1': {
    childId: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a11',
    residentId: ids.child,
    category: 'ORPHAN',
    careForm: 'DISPERSED',
    fromMonth: '2024-09',
  },
  'child-welfare.allowance.stopped.v1': {
    childId: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a11',
    residentId: ids.child,
    category: 'ORPHAN',
    careForm: 'DISPERSED',
    reason: 'ADOPTED',
    stopFromMonth: '2024-12',
  },
  'canteen.settlement.approved.v1': {
    settlementId: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a14',
    canteenId: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a15',
    month: '2024-08',
    mealCount: 1_830,
    subsidyFen: 541_500,
    approvedBy: 'officer-110105-07',
  },
  'civil-registration.payables.approved.v1': payables('0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a21', {
    lineId: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a31',
    programme: 'FUNERAL_BENEFIT',
    period: '2024-08',
    payee: { kind: 'PERSON', residentId: ids.husband },
    amountFen: 200_000,
  }),
  'social-assistance.payables.approved.v1': payables('0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a22', {
    lineId: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a32',
    programme: 'DIBAO',
    period: '2024-08',
    payee: { kind: 'PERSON', residentId: ids.wife },
    amountFen: 136_700,
  }),
  'elderly-care.payables.approved.v1': payables('0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a23', {
    lineId: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a33',
    programme: 'HIGH_AGE_ALLOWANCE',
    period: '2024-08',
    payee: { kind: 'PERSON', residentId: ids.elderMan },
    amountFen: 10_000,
  }),
  'child-welfare.payables.approved.v1': payables('0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a24', {
    lineId: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a34',
    programme: 'CHILD_ALLOWANCE',
    period: '2024-08',
    payee: { kind: 'PERSON', residentId: ids.adopterA },
    amountFen: 182_000,
    reissueOf: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a44',
  }),
  'canteen.payables.approved.v1': payables('0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a25', {
    lineId: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a35',
    programme: 'CANTEEN_SETTLEMENT',
    period: '2024-08',
    payee: { kind: 'ORGANISATION', organisationId: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a15', name: '东城社区长者食堂' },
    amountFen: 541_500,
  }),
  'payments.line.paid.v1': {
    batchId: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a51',
    returnFileId: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a52',
    ownerService: 'social-assistance',
    paidOn: '2024-08-10',
    lines: [{ lineId: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a32', programme: 'DIBAO', period: '2024-08', amountFen: 136_700 }],
  },
  'payments.line.failed.v1': {
    batchId: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a51',
    returnFileId: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a52',
    ownerService: 'elderly-care',
    returnedOn: '2024-08-10',
    lines: [
      {
        lineId: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a33',
        programme: 'HIGH_AGE_ALLOWANCE',
        period: '2024-08',
        amountFen: 10_000,
        reason: 'ACCOUNT_CLOSED',
        bankMessage: '账户已销户',
      },
    ],
  },
  ...DATA_EXCHANGE_SAMPLES,
  ...RECOVERY_SAMPLES,
};

function payables(approvalId: string, line: PayableLine): PayablesApprovedV1 {
  return { approvalId, month: '2024-08', approvedBy: 'officer-110105-08', chunk: { index: 0, count: 1 }, lines: [line] };
}
