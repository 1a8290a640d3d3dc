import type { z } from 'zod';
import { childAllowanceStartedV1Schema, type ChildAllowanceStartedV1 } from './child-welfare/allowance-started.v1';
import { childAllowanceStoppedV1Schema, type ChildAllowanceStoppedV1 } from './child-welfare/allowance-stopped.v1';
import { adoptionRegisteredV1Schema, type AdoptionRegisteredV1 } from './child-welfare/adoption-registered.v1';
import { reassessmentOpenedV1Schema, type ReassessmentOpenedV1 } from './child-welfare/reassessment-opened.v1';
import { riskTierChangedV1Schema, type RiskTierChangedV1 } from './child-welfare/risk-tier-changed.v1';
import { settlementApprovedV1Schema, type SettlementApprovedV1 } from './canteen/settlement-approved.v1';
import { deathRegisteredV1Schema, type DeathRegisteredV1 } from './civil-registration/death-registered.v1';
import { divorceAppliedV1Schema, type DivorceAppliedV1 } from './civil-registration/divorce-applied.v1';
import { divorceRegisteredV1Schema, type DivorceRegisteredV1 } from './civil-registration/divorce-registered.v1';
import { divorceWithdrawnV1Schema, type DivorceWithdrawnV1 } from './civil-registration/divorce-withdrawn.v1';
import { funeralBenefitGrantedV1Schema, type FuneralBenefitGrantedV1 } from './civil-registration/funeral-benefit-granted.v1';
import { marriageRegisteredV1Schema, type MarriageRegisteredV1 } from './civil-registration/marriage-registered.v1';
import { allowanceStartedV1Schema, type AllowanceStartedV1 } from './elderly-care/allowance-started.v1';
import { allowanceStoppedV1Schema, type AllowanceStoppedV1 } from './elderly-care/allowance-stopped.v1';
import { assessmentCompletedV1Schema, type AssessmentCompletedV1 } from './elderly-care/assessment-completed.v1';
import { recoverySettledV1Schema, type RecoverySettledV1 } from './payments/recovery-settled';
import { paymentLinesFailedV1Schema, paymentLinesPaidV1Schema, type PaymentLinesFailedV1, type PaymentLinesPaidV1 } from './payments/line-outcome';
import { deathsMatchedV1Schema, type DeathsMatchedV1 } from './data-exchange/deaths-matched.v1';
import { findingsRaisedV1Schema, type FindingsRaisedV1 } from './data-exchange/findings-raised.v1';
import { movesMatchedV1Schema, type MovesMatchedV1 } from './data-exchange/moves-matched.v1';
import type { ServiceName } from './services';
import { payablesApprovedV1For, type PayablesApprovedV1 } from './shared/payables';
import { recoveryRequestedV1For, type RecoveryRequestedV1 } from './shared/recoveries';
import { enrollmentStartedV1Schema, type EnrollmentStartedV1 } from './social-assistance/enrollment-started.v1';
import { enrollmentStoppedV1Schema, type EnrollmentStoppedV1 } from './social-assistance/enrollment-stopped.v1';
import { overpaymentDetectedV1Schema, type OverpaymentDetectedV1 } from './social-assistance/overpayment-detected.v1';
import { payrollClosedV1Schema, type PayrollClosedV1 } from './social-assistance/payroll-closed.v1';
import {
  earlyWarningRaisedV1Schema,
  monitoringEndedV1Schema,
  monitoringStartedV1Schema,
  type EarlyWarningRaisedV1,
  type MonitoringEndedV1,
  type MonitoringStartedV1,
} from './social-assistance/monitoring.v1';

/**
 * Every event of the platform: routing key (= CloudEvents `type`) -> payload.
 * Routing key = `<service>.<aggregate>.<past-verb>.v<N>`; a breaking change adds a `.v2` key
 * beside the `.v1` one, never edits it.
 */
export interface EventMap {
  'civil-registration.death.registered.v1': DeathRegisteredV1;
  'civil-registration.marriage.registered.v1': MarriageRegisteredV1;
  'civil-registration.divorce.applied.v1': DivorceAppliedV1;
  'civil-registration.divorce.withdrawn.v1': DivorceWithdrawnV1;
  'civil-registration.divorce.registered.v1': DivorceRegisteredV1;
  'civil-registration.funeral-benefit.granted.v1': FuneralBenefitGrantedV1;
  'social-assistance.enrollment.started.v1': EnrollmentStartedV1;
  'social-assistance.enrollment.stopped.v1': EnrollmentStoppedV1;
  'social-assistance.overpayment.detected.v1': OverpaymentDetectedV1;
  'social-assistance.payroll.closed.v1': PayrollClosedV1;
  'elderly-care.allowance.started.v1': AllowanceStartedV1;
  'elderly-care.allowance.stopped.v1': AllowanceStoppedV1;
  'elderly-care.assessment.completed.v1': AssessmentCompletedV1;
  'child-welfare.risk-tier.changed.v1': RiskTierChangedV1;
  'child-welfare.reassessment.opened.v1': ReassessmentOpenedV1;
  'child-welfare.adoption.registered.v1': AdoptionRegisteredV1;
  'child-welfare.allowance.started.v1': ChildAllowanceStartedV1;
  'child-welfare.allowance.stopped.v1': ChildAllowanceStoppedV1;
  'canteen.settlement.approved.v1': SettlementApprovedV1;
  'civil-registration.payables.approved.v1': PayablesApprovedV1;
  'social-assistance.payables.approved.v1': PayablesApprovedV1;
  'elderly-care.payables.approved.v1': PayablesApprovedV1;
  'child-welfare.payables.approved.v1': PayablesApprovedV1;
  'canteen.payables.approved.v1': PayablesApprovedV1;
  'payments.line.paid.v1': PaymentLinesPaidV1;
  'payments.line.failed.v1': PaymentLinesFailedV1;
  'elderly-care.recovery.requested.v1': RecoveryRequestedV1;
  'payments.recovery.settled.v1': RecoverySettledV1;
  'social-assistance.monitoring.started.v1': MonitoringStartedV1;
  'social-assistance.monitoring.ended.v1': MonitoringEndedV1;
  'social-assistance.early-warning.raised.v1': EarlyWarningRaisedV1;
  'data-exchange.deaths.matched.v1': DeathsMatchedV1;
  'data-exchange.moves.matched.v1': MovesMatchedV1;
  'data-exchange.findings.raised.v1': FindingsRaisedV1;
}

export type RoutingKey = keyof EventMap;

export type EventOf<K extends RoutingKey> = EventMap[K];

/** The routing keys a service produces, e.g. `RoutingKeyOf<'canteen'>`. */
export type RoutingKeyOf<S extends ServiceName> = Extract<RoutingKey, `${S}.${string}`>;

/**
 * The runtime schema of every payload, used where events are consumed. The mapped type makes a
 * missing key, an unknown key or a schema of the wrong shape a compile error.
 */
export const eventSchemas: { readonly [K in RoutingKey]: z.ZodType<EventMap[K]> } = Object.freeze({
  'civil-registration.death.registered.v1': deathRegisteredV1Schema,
  'civil-registration.marriage.registered.v1': marriageRegisteredV1Schema,
  'civil-registration.divorce.applied.v1': divorceAppliedV1Schema,
  'civil-registration.divorce.withdrawn.v1': divorceWithdrawnV1Schema,
  'civil-registration.divorce.registered.v1': divorceRegisteredV1Schema,
  'civil-registration.funeral-benefit.granted.v1': funeralBenefitGrantedV1Schema,
  'social-assistance.enrollment.started.v1': enrollmentStartedV1Schema,
  'social-assistance.enrollment.stopped.v1': enrollmentStoppedV1Schema,
  'social-assistance.overpayment.detected.v1': overpaymentDetectedV1Schema,
  'social-assistance.payroll.closed.v1': payrollClosedV1Schema,
  'elderly-care.allowance.started.v1': allowanceStartedV1Schema,
  'elderly-care.allowance.stopped.v1': allowanceStoppedV1Schema,
  'elderly-care.assessment.completed.v1': assessmentCompletedV1Schema,
  'child-welfare.risk-tier.changed.v1': riskTierChangedV1Schema,
  'child-welfare.reassessment.opened.v1': reassessmentOpenedV1Schema,
  'child-welfare.adoption.registered.v1': adoptionRegisteredV1Schema,
  'child-welfare.allowance.started.v1': childAllowanceStartedV1Schema,
  'child-welfare.allowance.stopped.v1': childAllowanceStoppedV1Schema,
  'canteen.settlement.approved.v1': settlementApprovedV1Schema,
  'civil-registration.payables.approved.v1': payablesApprovedV1For('CivilRegistration', 'funeral benefits'),
  'social-assistance.payables.approved.v1': payablesApprovedV1For('SocialAssistance', '低保/特困 payroll lines and "物质+服务" service provider settlements'),
  'elderly-care.payables.approved.v1': payablesApprovedV1For('ElderlyCare', 'high-age allowance and service subsidy payroll lines and home care provider settlements'),
  'child-welfare.payables.approved.v1': payablesApprovedV1For('ChildWelfare', 'child allowance payroll lines'),
  'canteen.payables.approved.v1': payablesApprovedV1For('Canteen', 'canteen settlements'),
  'payments.line.paid.v1': paymentLinesPaidV1Schema,
  'payments.line.failed.v1': paymentLinesFailedV1Schema,
  'elderly-care.recovery.requested.v1': recoveryRequestedV1For('ElderlyCare', 'high-age allowance or service subsidy'),
  'payments.recovery.settled.v1': recoverySettledV1Schema,
  'social-assistance.monitoring.started.v1': monitoringStartedV1Schema,
  'social-assistance.monitoring.ended.v1': monitoringEndedV1Schema,
  'social-assistance.early-warning.raised.v1': earlyWarningRaisedV1Schema,
  'data-exchange.deaths.matched.v1': deathsMatchedV1Schema,
  'data-exchange.moves.matched.v1': movesMatchedV1Schema,
  'data-exchange.findings.raised.v1': findingsRaisedV1Schema,
});

/** Every routing key, in catalogue order. */
export const ROUTING_KEYS: readonly RoutingKey[] = Object.freeze(Object.keys(eventSchemas) as RoutingKey[]);

export function isRoutingKey(value: unknown): value is RoutingKey {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(eventSchemas, value);
}

/** The service that produces events of this key: the first segment of the routing key. */
export function serviceOf<K extends RoutingKey>(key: K): ServiceOf<K> {
  return key.slice(0, key.indexOf('.')) as ServiceOf<K>;
}

export type ServiceOf<K extends RoutingKey> = K extends `${infer S extends ServiceName}.${string}` ? S : never;
