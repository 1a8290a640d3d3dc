// The platform's role vocabulary (docs/security.md has the matrix per endpoint). Services may add
// roles of their own trade (a canteen's cashier, an assessor, a village child director), but
// these five mean the same everywhere, so one token works across the services.

/** Records applications, registrations and cases for the bureau (经办人). */
export const OPERATOR = 'operator';
/** Checks an operator's work at township level (乡镇审核). */
export const REVIEWER = 'reviewer';
/** Decides at county level: approvals, payrolls, settlements (县级审批). */
export const APPROVER = 'approver';
/** Reads everything in their division, writes nothing (审计). */
export const AUDITOR = 'auditor';
/** Runs the service: policy parameters, reference data, replays. */
export const ADMIN = 'admin';

/** Who may read a service's records: everyone with a platform role. */
export const READERS = [OPERATOR, REVIEWER, APPROVER, AUDITOR, ADMIN] as const;
/** Who may record: the operator and those above. */
export const RECORDERS = [OPERATOR, REVIEWER, APPROVER, ADMIN] as const;
/** Who may decide (approve, run a payroll, settle). */
export const DECIDERS = [APPROVER, ADMIN] as const;
