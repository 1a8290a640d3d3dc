import type { ServiceDefinition } from '@app/messaging';

export const SERVICE: ServiceDefinition = {
  name: 'civil-registration',
  database: 'civil_registration',
  port: 3001,
  description: 'Marriage, divorce with cooling-off, death registration, funeral benefit and place names (婚姻/死亡登记, 殡葬).',
  entities: [],
  migrations: [],
};
