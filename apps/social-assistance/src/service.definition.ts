import type { ServiceDefinition } from '@app/messaging';

export const SERVICE: ServiceDefinition = {
  name: 'social-assistance',
  database: 'social_assistance',
  port: 3002,
  description: 'Households, 低保 and 特困 enrolment, temporary and vagrant relief, payroll and overpayments (社会救助).',
  entities: [],
  migrations: [],
};
