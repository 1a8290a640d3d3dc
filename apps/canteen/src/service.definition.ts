import type { ServiceDefinition } from '@app/messaging';

export const SERVICE: ServiceDefinition = {
  name: 'canteen',
  database: 'canteen',
  port: 3005,
  description: 'Elderly canteens, diners, subsidised meals and monthly settlement (幸福食堂).',
  entities: [],
  migrations: [],
};
