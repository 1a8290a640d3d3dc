import { z } from 'zod';

/** The services of the platform; the first segment of every routing key is one of them. */
export const SERVICE_NAMES = ['civil-registration', 'social-assistance', 'elderly-care', 'child-welfare', 'canteen', 'payments', 'data-exchange'] as const;

export type ServiceName = (typeof SERVICE_NAMES)[number];

export const serviceNameSchema = z.enum(SERVICE_NAMES);

export function isServiceName(value: unknown): value is ServiceName {
  return typeof value === 'string' && (SERVICE_NAMES as readonly string[]).includes(value);
}
