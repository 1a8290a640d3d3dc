import type { ServiceDefinition } from '@app/messaging';
import { Child } from './children/child.entity';
import { Reassessment } from './children/reassessment.entity';
import { CreateChildWelfareTables1732781400000 } from './migrations/1732781400000-create-child-welfare-tables';
import { Visit } from './visits/visit.entity';

export const SERVICE: ServiceDefinition = {
  name: 'child-welfare',
  database: 'child_welfare',
  port: 3004,
  description: 'Children, categories, allowances, red/orange/green risk ledger, visits and adoption (儿童福利).',
  entities: [Child, Reassessment, Visit],
  migrations: [CreateChildWelfareTables1732781400000],
};
