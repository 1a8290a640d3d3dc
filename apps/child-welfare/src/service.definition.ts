import type { ServiceDefinition } from '@app/messaging';

export const SERVICE: ServiceDefinition = {
  name: 'child-welfare',
  database: 'child_welfare',
  port: 3004,
  description: 'Children, categories, allowances, red/orange/green risk ledger, visits and adoption (儿童福利).',
  entities: [],
  migrations: [],
};
