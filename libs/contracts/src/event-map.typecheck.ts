// Compile-time tests of the event map, checked by `npm run typecheck` (tsc --noEmit); jest does
// not run this file. Each `@ts-expect-error` line MUST be a type error: if one compiles, tsc
// reports the unused directive and the type check fails. Nothing here runs.
import type { z } from 'zod';
import { deathRegisteredV1Schema } from './civil-registration/death-registered.v1';
import { createEnvelope, type AnyCloudEvent } from './envelope';
import { eventSchemas, serviceOf, type EventMap, type EventOf, type RoutingKey, type RoutingKeyOf } from './event-map';
import type { ServiceName } from './services';

declare function publish<K extends RoutingKey>(key: K, data: EventOf<K>): void;

const death: EventOf<'civil-registration.death.registered.v1'> = {
  deathId: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
  residentId: '11010519491231002X',
  name: '张三',
  sex: 'F',
  ethnicity: 'HAN',
  dateOfDeath: '2024-08-01',
  placeOfDeath: '市第一医院',
  disposal: 'CREMATION',
  source: 'HOSPITAL',
  receivedAt: '2024-08-01T10:00:00.000Z',
  divisionCode: '110105',
};

const settlement: EventOf<'canteen.settlement.approved.v1'> = {
  settlementId: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
  canteenId: '7c9e6679-7425-40de-944b-e07fc1f90ae8',
  month: '2024-08',
  mealCount: 1200,
  subsidyFen: 360000,
  approvedBy: 'officer-1',
};

export function correctCallsCompile(): void {
  publish('civil-registration.death.registered.v1', death);
  publish('canteen.settlement.approved.v1', settlement);
  publish('social-assistance.enrollment.stopped.v1', {
    enrollmentId: death.deathId,
    householdId: death.deathId,
    residentId: death.residentId,
    program: 'DIBAO',
    reason: 'DECEASED',
    stopFromMonth: '2024-09',
    lastPaidMonth: null,
  });
  publish('child-welfare.risk-tier.changed.v1', {
    childId: death.deathId,
    residentId: death.residentId,
    to: 'ORANGE',
    reason: 'guardian deceased',
    changedOn: '2024-08-02',
  });
  createEnvelope('civil-registration.death.registered.v1', death, { source: '/civil-registration', subject: death.residentId });
}

export function wrongCallsDoNotCompile(): void {
  // @ts-expect-error a payload of another event on this key
  publish('canteen.settlement.approved.v1', death);

  // @ts-expect-error a required field (disposal) is missing
  publish('civil-registration.death.registered.v1', { deathId: death.deathId, residentId: death.residentId, name: death.name, sex: 'F', ethnicity: 'HAN', dateOfDeath: '2024-08-01', placeOfDeath: 'x', source: 'HOSPITAL', receivedAt: death.receivedAt, divisionCode: '110105' });

  // @ts-expect-error an enum literal the contract does not know
  publish('civil-registration.death.registered.v1', { ...death, disposal: 'SEA_BURIAL' });

  // @ts-expect-error an unknown routing key
  publish('civil-registration.death.recorded.v1', death);

  // @ts-expect-error a version that does not exist yet
  publish('civil-registration.death.registered.v2', death);

  // @ts-expect-error money is a number of fen, not a string
  publish('canteen.settlement.approved.v1', { ...settlement, subsidyFen: '3600.00' });

  // @ts-expect-error a misspelt field on a fresh literal is an excess property
  publish('social-assistance.enrollment.started.v1', { enrollmentId: 'a', householdId: 'b', residentId: 'c', program: 'TEKUN', effectiveMonth: '2024-08', birthdate: '1940-01-01' });

  // @ts-expect-error the envelope factory is typed by key too
  createEnvelope('canteen.settlement.approved.v1', death, { source: '/canteen', subject: 'x' });
}

export function eventsNarrowByType(event: AnyCloudEvent): number {
  if (event.type === 'canteen.settlement.approved.v1') return event.data.mealCount;
  // @ts-expect-error without narrowing, data may be any event's payload
  return event.data.mealCount;
}

// A schema registered under the wrong key does not compile.
export const wrongSchemaMap: { readonly [K in RoutingKey]: z.ZodType<EventMap[K]> } = {
  ...eventSchemas,
  // @ts-expect-error a death schema cannot validate settlements
  'canteen.settlement.approved.v1': deathRegisteredV1Schema,
};

// Every key is `<service>.<aggregate>.<past-verb>.v<N>` with a known service.
type Assert<T extends true> = T;
export type KeysAreWellFormed = Assert<RoutingKey extends `${ServiceName}.${string}.${string}.v${number}` ? true : false>;
export type EveryServiceProducesSomething = Assert<
  { [S in ServiceName]: [RoutingKeyOf<S>] extends [never] ? false : true }[ServiceName]
>;

export const producer: 'canteen' = serviceOf('canteen.settlement.approved.v1');
// @ts-expect-error serviceOf is typed by key
export const wrongProducer: 'canteen' = serviceOf('civil-registration.death.registered.v1');
