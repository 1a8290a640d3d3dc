import type { ServiceDefinition } from '@app/service-kit';
import { Canteen } from './canteens/canteen.entity';
import { AssistanceEnrollment } from './diner-status/assistance-enrollment.entity';
import { DeceasedResident } from './diner-status/deceased-resident.entity';
import { Diner } from './diners/diner.entity';
import { CanteenFunding } from './funding/canteen-funding.entity';
import { Meal } from './meals/meal.entity';
import { CreateCanteenTables1732781000000 } from './migrations/1732781000000-create-canteen-tables';
import { CanteenRulesAndCorrections1732781000001 } from './migrations/1732781000001-canteen-rules-and-corrections';
import { ConfirmedLocalRegistration1764000500000 } from './migrations/1764000500000-confirmed-local-registration';
import { EnrollmentReadModelInMonths1764000600000 } from './migrations/1764000600000-enrollment-read-model-in-months';
import { CreateSettlementPayment1764000800000 } from './migrations/1764000800000-create-settlement-payment';
import { CanteenFundingAndOperatingMode1764002000000 } from './migrations/1764002000000-canteen-funding-and-operating-mode';
import { DinerVersion1764004000000 } from './migrations/1764004000000-diner-version';
import { CanteenOpenedOn1764004500000 } from './migrations/1764004500000-canteen-opened-on';
import { CANTEEN_POLICIES } from './policy-catalogue';
import { Settlement, SettlementLine } from './settlements/settlement.entity';

export const SERVICE: ServiceDefinition = {
  name: 'canteen',
  database: 'canteen',
  port: 3005,
  description: 'Elderly canteens, diners, subsidised meals, monthly settlement, funding and operating modes (幸福食堂).',
  entities: [Canteen, CanteenFunding, Diner, AssistanceEnrollment, DeceasedResident, Meal, Settlement, SettlementLine],
  migrations: [CreateCanteenTables1732781000000, CanteenRulesAndCorrections1732781000001, ConfirmedLocalRegistration1764000500000, EnrollmentReadModelInMonths1764000600000, CreateSettlementPayment1764000800000, CanteenFundingAndOperatingMode1764002000000, DinerVersion1764004000000, CanteenOpenedOn1764004500000],
  policies: CANTEEN_POLICIES,
  // A batch of 1,000 meals (POST /api/v1/meals/batch) is ~130 kB of JSON, up to ~260 kB pretty-printed with the longest card numbers.
  jsonBodyLimit: '512kb',
};
