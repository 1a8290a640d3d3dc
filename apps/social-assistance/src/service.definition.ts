import type { ServiceDefinition } from '@app/messaging';
import { Overpayment } from './deaths/overpayment.entity';
import { AssistanceCase, Enrolment } from './dibao/assistance-case.entity';
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
import { VagrantCase } from './vagrant-relief/vagrant-case.entity';
import { Payroll } from './payroll/payroll.entity';

export const SERVICE: ServiceDefinition = {
  name: 'social-assistance',
  database: 'social_assistance',
  port: 3002,
  description: 'Households, 低保 and 特困 enrolment, temporary and vagrant relief, payroll and overpayments (社会救助).',
  entities: [Household, HouseholdMember, AssistanceCase, Enrolment, Payroll, Overpayment, TemporaryRelief, VagrantCase],
  migrations: [CreateSocialAssistance1732782000000, AddTekunCaseColumns1732782100000, AddReviewDue1732782200000, AddArrearsLines1732782300000, CreateTemporaryRelief1732782400000, CreateVagrantCases1732782500000, AddGradualExit1732782600000, AddOverpaymentResolution1732782700000],
};
