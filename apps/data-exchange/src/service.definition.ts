import type { ServiceDefinition } from '@app/service-kit';
import { CoveredPerson } from './covered-people/covered-person.entity';
import { IMPORTERS } from './exchange-roles';
import { CreateDataExchangeTables1767400000000 } from './migrations/1767400000000-create-data-exchange-tables';
import { DATA_EXCHANGE_POLICIES } from './policy-catalogue';

export const SERVICE: ServiceDefinition = {
  name: 'data-exchange',
  database: 'data_exchange',
  port: 3007,
  description: '数据比对: other departments\' files (deaths, moves, vehicles, property, businesses, pensions, jobs, medical expenses, disability) matched against the people the platform covers.',
  entities: [CoveredPerson],
  migrations: [CreateDataExchangeTables1767400000000],
  policies: DATA_EXCHANGE_POLICIES,
  // A department's feed account sends its file as a job and watches it.
  jobStarters: IMPORTERS,
};
