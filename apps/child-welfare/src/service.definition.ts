import type { ServiceDefinition } from '@app/service-kit';
import { Adoption, AdoptionAssessment } from './adoptions/adoption.entity';
import { AllowancePayroll } from './allowances/allowance-payroll.entity';
import { AllowancePayment } from './allowances/allowance-payment.entity';
import { AssistanceEnrollment } from './allowances/assistance-enrollment.entity';
import { Child } from './children/child.entity';
import { Reassessment } from './children/reassessment.entity';
import { CadrePairing, CadreVisit } from './help/cadre-pairing.entity';
import { HelpNeed } from './help/help-need.entity';
import { CreateChildWelfareTables1732781400000 } from './migrations/1732781400000-create-child-welfare-tables';
import { AddAdoptionsAllowancesHelp1732867800000 } from './migrations/1732867800000-add-adoptions-allowances-help';
import { AddAllowanceAnnouncement1733000000000 } from './migrations/1733000000000-add-allowance-announcement';
import { AddGuardianSentenceMonths1764000400000 } from './migrations/1764000400000-add-guardian-sentence-months';
import { AddChildSituations1764000410000 } from './migrations/1764000410000-add-child-situations';
import { AddAllowanceArrears1764000420000 } from './migrations/1764000420000-add-allowance-arrears';
import { Visit } from './visits/visit.entity';
import { CHILD_WELFARE_POLICIES } from './policy-catalogue';
import { AllowancePayrollApprovalAndPayments1764000800000 } from './migrations/1764000800000-allowance-payroll-approval-and-payments';
import { AddStudyGrantsAndStudentAid1764001500000 } from './migrations/1764001500000-add-study-grants-and-student-aid';
import { AddCharityFunds1764001510000 } from './migrations/1764001510000-add-charity-funds';
import { AddVolunteers1764001520000 } from './migrations/1764001520000-add-volunteers';
import { AddChildPlans1764003100000 } from './migrations/1764003100000-add-child-plans';
import { AddCadreVisitRound1764003200000 } from './migrations/1764003200000-add-cadre-visit-round';
import { ChildPlan } from './plans/child-plan.entity';
import { AddStaffRegister1764001530000 } from './migrations/1764001530000-add-staff-register';
import { CharityDonation, CharityFund, CharityGrant } from './charity/charity.entity';
import { StaffMember, StaffTraining } from './staff/staff-member.entity';
import { StudentAid, StudyGrant } from './study-grants/study-grant.entity';
import { Volunteer, VolunteerActivity, VolunteerServiceHours } from './volunteers/volunteer.entity';

export const SERVICE: ServiceDefinition = {
  name: 'child-welfare',
  database: 'child_welfare',
  port: 3004,
  description: 'Children, categories, allowances, red/orange/green risk ledger, visits, per-child plans, adoption, staff register, study grants, volunteers and charity (儿童福利).',
  entities: [Child, Reassessment, Visit, AdoptionAssessment, Adoption, AllowancePayment, AllowancePayroll, AssistanceEnrollment, HelpNeed, CadrePairing, CadreVisit, StudyGrant, StudentAid, CharityFund, CharityDonation, CharityGrant, Volunteer, VolunteerActivity, VolunteerServiceHours, StaffMember, StaffTraining, ChildPlan],
  migrations: [CreateChildWelfareTables1732781400000, AddAdoptionsAllowancesHelp1732867800000, AddAllowanceAnnouncement1733000000000, AddGuardianSentenceMonths1764000400000, AddChildSituations1764000410000, AddAllowanceArrears1764000420000, AllowancePayrollApprovalAndPayments1764000800000, AddStudyGrantsAndStudentAid1764001500000, AddCharityFunds1764001510000, AddVolunteers1764001520000, AddStaffRegister1764001530000, AddChildPlans1764003100000, AddCadreVisitRound1764003200000],
  policies: CHILD_WELFARE_POLICIES,
};
