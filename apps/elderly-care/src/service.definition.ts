import type { ServiceDefinition } from '@app/service-kit';
import { Allowance } from './allowances/allowance.entity';
import { Assessment } from './assessments/assessment.entity';
import { DeceasedResident } from './deaths/deceased-resident.entity';
import { Overpayment } from './deaths/overpayment.entity';
import { Elder } from './elders/elder.entity';
import { HomeCareBed } from './home-care/home-care-bed.entity';
import { HomeCareItem } from './home-care/home-care-item.entity';
import { HomeCareOrder } from './home-care/home-care-order.entity';
import { HomeCareProvider } from './home-care/home-care-provider.entity';
import { HomeCareSettlement } from './home-care/home-care-settlement.entity';
import { CareWorker } from './care-workers/care-worker.entity';
import { Facility } from './facilities/facility.entity';
import { Bed } from './institutions/bed.entity';
import { BedStay } from './institutions/bed-stay.entity';
import { Institution } from './institutions/institution.entity';
import { CreateElderlyCareTables1732781200000 } from './migrations/1732781200000-create-elderly-care-tables';
import { CreateHomeCareAndBedTables1732781300000 } from './migrations/1732781300000-create-home-care-and-bed-tables';
import { PayrollArrearsLines1764000300000 } from './migrations/1764000300000-payroll-arrears-lines';
import { AssessmentItems1764000330000 } from './migrations/1764000330000-assessment-items';
import { EnrollmentCareForm1764000320000 } from './migrations/1764000320000-enrollment-care-form';
import { ResidenceChanges1764000310000 } from './migrations/1764000310000-residence-changes';
import { HomeCareSettlementPayments1764001900000 } from './migrations/1764001900000-home-care-settlement-payments';
import { PayrollApprovalAndPayments1764000800000 } from './migrations/1764000800000-payroll-approval-and-payments';
import { OverpaymentRecovery1764000900000 } from './migrations/1764000900000-overpayment-recovery';
import { CommunityFacilities1764002000000 } from './migrations/1764002000000-community-facilities';
import { OperatingModelsAndCareWorkers1764002010000 } from './migrations/1764002010000-operating-models-and-care-workers';
import { AssessmentPurpose1764002020000 } from './migrations/1764002020000-assessment-purpose';
import { ElderOpaqueId1764003000000 } from './migrations/1764003000000-elder-opaque-id';
import { ResidenceChange } from './residence/residence-change.entity';
import { AllowancePayment } from './payroll/allowance-payment.entity';
import { Payroll } from './payroll/payroll.entity';
import { AssistanceEnrollment } from './service-subsidy/assistance-enrollment.entity';
import { ELDERLY_CARE_POLICIES } from './policy-catalogue';

export const SERVICE: ServiceDefinition = {
  name: 'elderly-care',
  database: 'elderly_care',
  port: 3003,
  description: 'Elder registry, high-age allowance, service subsidy, ability assessments, home care, institutions and beds, care workers, community facilities (养老服务).',
  entities: [
    Elder,
    DeceasedResident,
    AssistanceEnrollment,
    Allowance,
    AllowancePayment,
    Payroll,
    Overpayment,
    Assessment,
    Institution,
    Bed,
    BedStay,
    CareWorker,
    Facility,
    HomeCareItem,
    HomeCareProvider,
    HomeCareOrder,
    HomeCareSettlement,
    HomeCareBed,
    ResidenceChange,
  ],
  migrations: [CreateElderlyCareTables1732781200000, CreateHomeCareAndBedTables1732781300000, PayrollArrearsLines1764000300000, ResidenceChanges1764000310000, EnrollmentCareForm1764000320000, AssessmentItems1764000330000, PayrollApprovalAndPayments1764000800000, OverpaymentRecovery1764000900000, HomeCareSettlementPayments1764001900000, CommunityFacilities1764002000000, OperatingModelsAndCareWorkers1764002010000, AssessmentPurpose1764002020000, ElderOpaqueId1764003000000],
  policies: ELDERLY_CARE_POLICIES,
};
