import type { ServiceDefinition } from '@app/service-kit';
import { Overpayment } from './overpayments/overpayment.entity';
import { AssistanceCase, Enrollment } from './cases/assistance-case.entity';
import { Household, HouseholdMember } from './households/household.entity';
import { CreateSocialAssistance1732782000000 } from './migrations/1732782000000-create-social-assistance';
import { AddTekunCaseColumns1732782100000 } from './migrations/1732782100000-add-tekun-case-columns';
import { AddReviewDue1732782200000 } from './migrations/1732782200000-add-review-due';
import { AddArrearsLines1732782300000 } from './migrations/1732782300000-add-arrears-lines';
import { CreateTemporaryRelief1732782400000 } from './migrations/1732782400000-create-temporary-relief';
import { TemporaryRelief } from './temporary-relief/temporary-relief.entity';
import { CreateVagrantCases1732782500000 } from './migrations/1732782500000-create-vagrant-cases';
import { AddGradualExit1732782600000 } from './migrations/1732782600000-add-gradual-exit';
import { AddOverpaymentResolution1732782700000 } from './migrations/1732782700000-add-overpayment-resolution';
import { AddPaymentLinePayrollIndex1732782800000 } from './migrations/1732782800000-add-payment-line-payroll-index';
import { AddReliefDivisionAndType1732782900000 } from './migrations/1732782900000-add-relief-division-and-type';
import { AddPayrollApproval1732783000000 } from './migrations/1732783000000-add-payroll-approval';
import { AddMemberPeriods1732783100000 } from './migrations/1732783100000-add-member-periods';
import { AddTekunCoverageAndPayee1732783200000 } from './migrations/1732783200000-add-tekun-coverage-and-payee';
import { AddWriteOffProposal1732783300000 } from './migrations/1732783300000-add-write-off-proposal';
import { OnePersonOneGuarantee1764000100000 } from './migrations/1764000100000-one-person-one-guarantee';
import { TekunSchoolRecheck1764000100001 } from './migrations/1764000100001-tekun-school-recheck';
import { AddPublicNotice1764000200000 } from './migrations/1764000200000-add-public-notice';
import { EnrollmentSpelling1764000700000 } from './migrations/1764000700000-enrollment-spelling';
import { AddPaymentOutcomes1764000800000 } from './migrations/1764000800000-add-payment-outcomes';
import { AddComparisonAndMonitoring1764000900000 } from './migrations/1764000900000-add-comparison-and-monitoring';
import { AddCashPlusServices1764001000000 } from './migrations/1764001000000-add-cash-plus-services';
import { AddVagrantOutreach1764001100000 } from './migrations/1764001100000-add-vagrant-outreach';
import { AddReturnFollowUps1764001200000 } from './migrations/1764001200000-add-return-follow-ups';
import { ReturnAssessment } from './return-follow-ups/return-assessment.entity';
import { ReturnFollowUpClosure } from './return-follow-ups/return-follow-up-closure.entity';
import { VagrantOutreach } from './vagrant-outreach/vagrant-outreach.entity';
import { CashPlusPlan } from './cash-plus-services/cash-plus-plan.entity';
import { CashPlusProvider } from './cash-plus-services/cash-plus-provider.entity';
import { CashPlusSettlement } from './cash-plus-services/cash-plus-settlement.entity';
import { CashPlusVisit } from './cash-plus-services/cash-plus-visit.entity';
import { PublicNoticeObjection } from './dibao/public-notice-objection.entity';
import { VagrantCase } from './vagrant-relief/vagrant-case.entity';
import { Payroll } from './payroll/payroll.entity';
import { SOCIAL_ASSISTANCE_POLICIES } from './policy-catalogue';

export const SERVICE: ServiceDefinition = {
  name: 'social-assistance',
  database: 'social_assistance',
  port: 3002,
  description: 'Households, 低保 and 特困 enrollment, temporary and vagrant relief, "物质+服务" cash plus services, payroll and overpayments (社会救助).',
  entities: [Household, HouseholdMember, AssistanceCase, Enrollment, Payroll, Overpayment, TemporaryRelief, VagrantCase, PublicNoticeObjection, CashPlusProvider, CashPlusPlan, CashPlusVisit, CashPlusSettlement, VagrantOutreach, ReturnAssessment, ReturnFollowUpClosure],
  migrations: [CreateSocialAssistance1732782000000, AddTekunCaseColumns1732782100000, AddReviewDue1732782200000, AddArrearsLines1732782300000, CreateTemporaryRelief1732782400000, CreateVagrantCases1732782500000, AddGradualExit1732782600000, AddOverpaymentResolution1732782700000, AddPaymentLinePayrollIndex1732782800000, AddReliefDivisionAndType1732782900000, AddPayrollApproval1732783000000, AddMemberPeriods1732783100000, AddTekunCoverageAndPayee1732783200000, AddWriteOffProposal1732783300000, OnePersonOneGuarantee1764000100000, TekunSchoolRecheck1764000100001, AddPublicNotice1764000200000, EnrollmentSpelling1764000700000, AddPaymentOutcomes1764000800000, AddComparisonAndMonitoring1764000900000, AddCashPlusServices1764001000000, AddVagrantOutreach1764001100000, AddReturnFollowUps1764001200000],
  policies: SOCIAL_ASSISTANCE_POLICIES,
};
