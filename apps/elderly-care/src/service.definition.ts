import type { ServiceDefinition } from '@app/messaging';

export const SERVICE: ServiceDefinition = {
  name: 'elderly-care',
  database: 'elderly_care',
  port: 3003,
  description: 'Elder registry, high-age allowance, service subsidy, ability assessments, home care and beds (养老服务).',
  entities: [],
  migrations: [],
};
