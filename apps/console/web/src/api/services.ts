// One typed client per service, generated from the service's OpenAPI document
// (`npm run console:api-types` -> ./generated/<service>.d.ts) and sent through the console's
// backend-for-frontend, which forwards /api/svc/<service>/<path> with the user's service token.
// Screens use these through React Query; no component calls fetch itself.
import createClient, { type Client } from 'openapi-fetch';
import type { paths as CanteenPaths } from './generated/canteen';
import type { paths as ChildWelfarePaths } from './generated/child-welfare';
import type { paths as CivilRegistrationPaths } from './generated/civil-registration';
import type { paths as ElderlyCarePaths } from './generated/elderly-care';
import type { paths as PaymentsPaths } from './generated/payments';
import type { paths as SocialAssistancePaths } from './generated/social-assistance';
import { send } from './http';

function serviceClient<Paths extends object>(service: string): Client<Paths> {
  return createClient<Paths>({ baseUrl: `/api/svc/${service}`, fetch: send });
}

export const civilRegistration = serviceClient<CivilRegistrationPaths>('civil-registration');
export const socialAssistance = serviceClient<SocialAssistancePaths>('social-assistance');
export const elderlyCare = serviceClient<ElderlyCarePaths>('elderly-care');
export const childWelfare = serviceClient<ChildWelfarePaths>('child-welfare');
export const canteen = serviceClient<CanteenPaths>('canteen');
export const payments = serviceClient<PaymentsPaths>('payments');

/**
 * The query of a short list read whole: a picker's choices or a record's few sub-records, which
 * fit one page of the services' largest size (every list answers a page; docs/development.md).
 */
export const SHORT_LIST = { page: 1, pageSize: 100 } as const;

/**
 * The data of an openapi-fetch call. `send` already rejected on any failure, so a result
 * without data is a success without a body (204).
 */
export async function dataOf<T>(call: Promise<{ data?: T; response: Response }>): Promise<T> {
  const { data } = await call;
  return data as T;
}
