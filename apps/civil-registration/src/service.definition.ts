import type { ServiceDefinition } from '@app/service-kit';
import { DeathRecord, DeathReportConflict, DeathReportRefusal } from './deaths/death-record.entity';
import { EnrollmentStatus } from './enrollments/enrollment-status.entity';
import { FuneralBenefit } from './funeral-benefits/funeral-benefit.entity';
import { Divorce } from './divorces/divorce.entity';
import { PlaceName } from './place-names/place-name.entity';
import { CreatePlaceNames1732781200000 } from './migrations/1732781200000-create-place-names';
import { Marriage, MarriageCertificateReissue } from './marriages/marriage.entity';
import { CreateMarriagesAndDivorces1732781100000 } from './migrations/1732781100000-create-marriages-and-divorces';
import { CreateDeathsAndFuneralBenefits1732781000000 } from './migrations/1732781000000-create-deaths-and-funeral-benefits';
import { EnrollmentReadModelColumns1764000600000 } from './migrations/1764000600000-enrollment-read-model-columns';
import { EnrollmentSpelling1764000700000 } from './migrations/1764000700000-enrollment-spelling';
import { CIVIL_REGISTRATION_POLICIES } from './policy-catalogue';
import { DivorceDivision1764001600000 } from './migrations/1764001600000-divorce-division';
import { FuneralBenefitPayments1764001700000 } from './migrations/1764001700000-funeral-benefit-payments';
import { MatchedDeaths1764001800000 } from './migrations/1764001800000-matched-deaths';
import { RegistrationOffices1764002100000 } from './migrations/1764002100000-registration-offices';
import { RegistrationOffice } from './registration-offices/registration-office.entity';
import { Cemeteries1764002200000 } from './migrations/1764002200000-cemeteries';
import { Cemetery, CemeteryAllocation, CemeteryPlace } from './cemeteries/cemetery.entity';
import { Ceremonies1764002300000 } from './migrations/1764002300000-ceremonies';
import { Ceremony, CeremonyCouple } from './ceremonies/ceremony.entity';
import { Counselling1764002400000 } from './migrations/1764002400000-counselling';
import { CounsellingSession, MediationSession } from './counselling/counselling-session.entity';

export const SERVICE: ServiceDefinition = {
  name: 'civil-registration',
  database: 'civil_registration',
  port: 3001,
  description: 'Marriage, divorce with cooling-off and the services around registration, death registration, funeral benefit, cemeteries and place names (婚姻/死亡登记, 殡葬).',
  entities: [DeathRecord, DeathReportConflict, DeathReportRefusal, FuneralBenefit, EnrollmentStatus, Marriage, MarriageCertificateReissue, Divorce, PlaceName, RegistrationOffice, Cemetery, CemeteryPlace, CemeteryAllocation, Ceremony, CeremonyCouple, CounsellingSession, MediationSession],
  migrations: [CreateDeathsAndFuneralBenefits1732781000000, CreateMarriagesAndDivorces1732781100000, CreatePlaceNames1732781200000, EnrollmentReadModelColumns1764000600000, EnrollmentSpelling1764000700000, DivorceDivision1764001600000, FuneralBenefitPayments1764001700000, MatchedDeaths1764001800000, RegistrationOffices1764002100000, Cemeteries1764002200000, Ceremonies1764002300000, Counselling1764002400000],
  policies: CIVIL_REGISTRATION_POLICIES,
};
