import type { EventMap, RoutingKey } from './event-map';

/**
 * The CloudEvents `subject` of every event, derived from its payload so that it cannot drift
 * between the services that publish the same contract. One rule: the subject is the thing the
 * event is about —
 * - an event about one adult person: their resident ID (what a department files it under);
 * - an event about a child: the child's record id, never the child's resident ID, because the
 *   envelope's metadata is what brokers, tools and logs show first;
 * - a marriage and its divorce: the marriage;
 * - an approval of money, a payroll, a settlement: that approval, payroll or settlement;
 * - a bank's answer: the batch it answers; an import's findings: the import.
 * Consumers use it to group or route without parsing `data`; the payload stays the authority.
 */
export interface SubjectRule<K extends RoutingKey> {
  /** What the subject is, for the AsyncAPI document and docs/events.md. */
  readonly means: string;
  readonly of: (data: EventMap[K]) => string;
}

const person = 'The resident ID of the person concerned.';
const child = "The child's record id in child-welfare (a UUID; the child's resident ID stays in `data`).";
const approval = 'The approval (`approvalId`): the payroll, settlement or benefit whose lines these are.';

export const EVENT_SUBJECTS: { readonly [K in RoutingKey]: SubjectRule<K> } = Object.freeze({
  'civil-registration.death.registered.v1': { means: 'The resident ID of the deceased.', of: (d) => d.residentId },
  'civil-registration.marriage.registered.v1': { means: 'The marriage (`marriageId`).', of: (d) => d.marriageId },
  'civil-registration.divorce.applied.v1': { means: 'The marriage being dissolved (`marriageId`).', of: (d) => d.marriageId },
  'civil-registration.divorce.withdrawn.v1': { means: 'The marriage that stays (`marriageId`).', of: (d) => d.marriageId },
  'civil-registration.divorce.registered.v1': { means: 'The marriage dissolved (`marriageId`).', of: (d) => d.marriageId },
  'civil-registration.funeral-benefit.granted.v1': { means: 'The resident ID of the deceased.', of: (d) => d.residentId },
  'social-assistance.enrollment.started.v1': { means: person, of: (d) => d.residentId },
  'social-assistance.enrollment.stopped.v1': { means: person, of: (d) => d.residentId },
  'social-assistance.overpayment.detected.v1': { means: person, of: (d) => d.residentId },
  'social-assistance.payroll.closed.v1': { means: 'The payroll (`payrollId`).', of: (d) => d.payrollId },
  'elderly-care.allowance.started.v1': { means: person, of: (d) => d.residentId },
  'elderly-care.allowance.stopped.v1': { means: person, of: (d) => d.residentId },
  'elderly-care.assessment.completed.v1': { means: person, of: (d) => d.residentId },
  'child-welfare.risk-tier.changed.v1': { means: child, of: (d) => d.childId },
  'child-welfare.reassessment.opened.v1': { means: child, of: (d) => d.childId },
  'child-welfare.adoption.registered.v1': {
    means: `${child} A child not on child-welfare's register: the adoption (\`adoptionId\`).`,
    of: (d) => d.childId ?? d.adoptionId,
  },
  'child-welfare.allowance.started.v1': { means: child, of: (d) => d.childId },
  'child-welfare.allowance.stopped.v1': { means: child, of: (d) => d.childId },
  'canteen.settlement.approved.v1': { means: 'The settlement (`settlementId`).', of: (d) => d.settlementId },
  'civil-registration.payables.approved.v1': { means: approval, of: (d) => d.approvalId },
  'social-assistance.payables.approved.v1': { means: approval, of: (d) => d.approvalId },
  'elderly-care.payables.approved.v1': { means: approval, of: (d) => d.approvalId },
  'child-welfare.payables.approved.v1': { means: approval, of: (d) => d.approvalId },
  'canteen.payables.approved.v1': { means: approval, of: (d) => d.approvalId },
  'payments.line.paid.v1': { means: 'The disbursement batch the return file answers (`batchId`).', of: (d) => d.batchId },
  'payments.line.failed.v1': { means: 'The disbursement batch the return file answers (`batchId`).', of: (d) => d.batchId },
  'elderly-care.recovery.requested.v1': { means: person, of: (d) => d.residentId },
  'payments.recovery.settled.v1': { means: 'The recovery batch the return file answers (`batchId`).', of: (d) => d.batchId },
  'social-assistance.monitoring.started.v1': { means: person, of: (d) => d.residentId },
  'social-assistance.monitoring.ended.v1': { means: person, of: (d) => d.residentId },
  'social-assistance.early-warning.raised.v1': { means: person, of: (d) => d.residentId },
  'data-exchange.deaths.matched.v1': { means: 'The import whose matches these are (`importId`).', of: (d) => d.importId },
  'data-exchange.moves.matched.v1': { means: 'The import whose matches these are (`importId`).', of: (d) => d.importId },
  'data-exchange.findings.raised.v1': { means: 'The import whose findings these are (`importId`).', of: (d) => d.importId },
});

/** The subject of an event of type `type` carrying `data`. */
export function subjectOf<K extends RoutingKey>(type: K, data: EventMap[K]): string {
  return (EVENT_SUBJECTS[type] as SubjectRule<K>).of(data);
}
