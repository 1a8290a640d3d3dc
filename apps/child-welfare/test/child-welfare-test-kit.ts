// Boots the child-welfare service in-process against the run's real PostgreSQL, RabbitMQ and Redis
// on a fixed clock, with helpers to call it as a given staff member and to feed events in.
import { randomUUID } from 'node:crypto';
import { PolicyService } from '@app/common/policy/policy.service';
import { Clock, type FixedClock } from '@app/common/time/clock';
import type { EventOf, RoutingKey } from '@app/contracts';
import { sampleEvents } from '@app/contracts/testing/event-samples';
import type { RunningService } from '@app/messaging';
import type { Client } from 'pg';
import request from 'supertest';
import { testDatabaseName } from '../../../test/support/test-env';
import {
  bearerToken,
  bootService,
  countRows,
  isolateService,
  openDatabase,
  publishEvent,
  releaseService,
  tapEvents,
  waitConsumed,
  type EventTap,
} from '../../../test/support/service-under-test';
import { AppModule } from '../src/app.module';
import { CATEGORY_THRESHOLDS_POLICY_KEY } from '../src/categories/rules/child-category.rule';
import { VISIT_INTERVAL_POLICY_KEY } from '../src/risk/rules/visit-schedule.rule';
import { SERVICE } from '../src/service.definition';

export const VILLAGE = '110105001001';
export const OTHER_VILLAGE = '110105001002';
export const TOWNSHIP = '110105001';
export const OTHER_TOWNSHIP = '110105002';

export function bearer(roles: string[], division: string, sub = 'tester'): string {
  return bearerToken(roles, sub, division);
}

export const DIRECTOR = bearer(['child-director'], VILLAGE, 'director-1');
export const OTHER_DIRECTOR = bearer(['child-director'], OTHER_VILLAGE, 'director-2');
export const SUPERVISOR = bearer(['child-supervisor'], TOWNSHIP, 'supervisor-1');
export const OTHER_SUPERVISOR = bearer(['child-supervisor'], OTHER_TOWNSHIP, 'supervisor-2');

export function death(residentId: string, dateOfDeath: string): EventOf<'civil-registration.death.registered.v1'> {
  return { ...sampleEvents['civil-registration.death.registered.v1'], deathId: randomUUID(), residentId, dateOfDeath, receivedAt: `${dateOfDeath}T10:00:00.000Z` };
}

export class ChildWelfareTestKit {
  running!: RunningService;
  db!: Client;
  clock!: FixedClock;
  readonly database: string;

  constructor(purpose: string, private readonly today: string) {
    this.database = testDatabaseName(purpose);
  }

  async start(): Promise<void> {
    isolateService(this.database);
    process.env.CLOCK_FIXED_DATE = this.today;
    try {
      this.running = await bootService(AppModule, SERVICE);
    } finally {
      delete process.env.CLOCK_FIXED_DATE;
    }
    this.clock = this.running.app.get(Clock) as FixedClock;
    const policy = this.running.app.get(PolicyService);
    await policy.add({ key: VISIT_INTERVAL_POLICY_KEY, value: { RED: 7, ORANGE: 30, GREEN: 90 }, effectiveFrom: '2020-01-01' });
    await policy.add({ key: CATEGORY_THRESHOLDS_POLICY_KEY, value: { missingMonths: 6, jailedMonths: 6 }, effectiveFrom: '2020-01-01' });
    this.db = await openDatabase(this.database);
  }

  async stop(): Promise<void> {
    await this.db?.end();
    await this.running?.app.close();
    releaseService();
  }

  http() {
    return request(this.running.app.getHttpServer());
  }

  count(sql: string, params: unknown[] = []): Promise<number> {
    return countRows(this.db, sql, params);
  }

  /** Publishes an event to the run's vhost as another service's relay would. */
  async publish<K extends RoutingKey>(type: K, data: EventOf<K>, subject: string): Promise<string> {
    return (await publishEvent(type, data, subject)).id;
  }

  /** A temporary queue bound to the events; returns the bodies received so far on each call. */
  listen(pattern = 'child-welfare.#'): Promise<EventTap> {
    return tapEvents(pattern);
  }

  consumed(eventId: string): Promise<void> {
    return waitConsumed(this.db, eventId);
  }
}
