// Boots the canteen service in-process against the run's real PostgreSQL, RabbitMQ and Redis,
// with helpers to call it as a given role and to feed events in through the broker.
import { PolicyService } from '@app/common/policy/policy.service';
import type { EventOf, RoutingKey } from '@app/contracts';
import type { RunningService } from '@app/service-kit';
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
import { MEAL_SUBSIDY_POLICY_KEY } from '../src/meals/rules/meal-tier.rule';
import { SERVICE } from '../src/service.definition';

/** The city's values (DOMAIN §7), in fen. */
export const CITY_MEAL_SUBSIDY = {
  ageBands: [
    { tier: 'AGE_60', minAge: 60, amountFen: 200 },
    { tier: 'AGE_80', minAge: 80, amountFen: 300 },
    { tier: 'AGE_90', minAge: 90, amountFen: 500 },
  ],
  assistanceAmountFen: 500,
};

export function bearer(roles: string[], sub = 'tester', division = '110105'): string {
  return bearerToken(roles, sub, division);
}

/** The bureau's clerk of the county (经办人): canteens, diners, opening settlements. */
export const CLERK = bearer(['operator'], 'clerk-1');
/** The county approver (县级审批): resolves disputes and approves settlements. */
export const APPROVER = bearer(['approver'], 'approver-1');
export const AUDITOR = bearer(['auditor'], 'auditor-1');
/** A canteen's cashier terminal. */
export const OPERATOR = bearer(['canteen-operator'], 'terminal-1');

export class CanteenTestKit {
  running!: RunningService;
  db!: Client;
  readonly database: string;

  constructor(purpose: string) {
    this.database = testDatabaseName(purpose);
  }

  async start(): Promise<void> {
    isolateService(this.database);
    this.running = await bootService(AppModule, SERVICE);
    await this.running.app.get(PolicyService).add({ key: MEAL_SUBSIDY_POLICY_KEY, value: CITY_MEAL_SUBSIDY, effectiveFrom: '2024-01-01' });
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

  async createCanteen(name: string, slots = ['BREAKFAST', 'LUNCH', 'DINNER'], region = '110105', as = CLERK): Promise<string> {
    const res = await this.http()
      .post('/api/v1/canteens')
      .set('Authorization', as)
      .send({ name, operator: `${name} 运营公司`, address: '朝阳区八里庄北里12号', region, slots })
      .expect(201);
    return res.body.id as string;
  }

  async registerDiner(residentId: string, cardNumber: string, canteenId: string, extra: Record<string, unknown> = {}): Promise<string> {
    const res = await this.http()
      .post('/api/v1/diners')
      .set('Authorization', OPERATOR)
      .send({ residentId, cardNumber, name: '张秀英', canteenId, localRegistration: true, ...extra })
      .expect(201);
    return res.body.id as string;
  }

  /** Adds a policy period as an administrator would (the service's cache is cleared by it). */
  async addPolicy(key: string, value: unknown, effectiveFrom: string, effectiveTo: string | null = null): Promise<void> {
    await this.running.app.get(PolicyService).add({ key, value, effectiveFrom, effectiveTo });
  }

  /** Publishes an event to the run's vhost as another service's relay would. */
  async publish<K extends RoutingKey>(type: K, data: EventOf<K>, subject: string): Promise<string> {
    return (await publishEvent(type, data, subject)).id;
  }

  /** A temporary queue bound to the events; returns the bodies received so far on each call. */
  listen(type: RoutingKey): Promise<EventTap> {
    return tapEvents(type);
  }

  /** Waits until the service's inbox holds the event. */
  consumed(eventId: string): Promise<void> {
    return waitConsumed(this.db, eventId);
  }
}
