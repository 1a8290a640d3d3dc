import { AuditModule } from '@app/common/audit/audit.module';
import { CreateAuditLog1732780800002 } from '@app/common/audit/audit-log.migration';
import { AuthModule } from '@app/common/auth/auth.module';
import { ClockModule } from '@app/common/time/clock.module';
import { ClockController } from '@app/common/time/clock-api/clock.controller';
import { SimulatedClockStore } from '@app/common/time/clock-api/simulated-clock.store';
import { databaseConfigFromEnv } from '@app/common/database/database.config';
import { ensureDatabase } from '@app/common/database/ensure-database';
import { guardPoolClients } from '@app/common/database/pool-error-guard';
import { postgresOptions } from '@app/common/database/typeorm-options';
import { HealthModule } from '@app/common/health/health.module';
import { CreateLongJobs1767600000000 } from '@app/common/long-jobs/long-job.migration';
import { LongJobsModule } from '@app/common/long-jobs/long-jobs.module';
import { READERS } from '@app/common/auth/roles';
import { HealthRegistry } from '@app/common/health/health.registry';
import { REDIS, RedisModule } from '@app/common/locks/redis.provider';
import { addGaugeSource } from '@app/common/metrics/collected-gauges';
import { MetricsModule } from '@app/common/metrics/metrics.module';
import { RateLimitModule } from '@app/common/rate-limit/rate-limit.module';
import { CreatePolicyParameter1732780800000 } from '@app/common/policy/policy-parameter.migration';
import { PolicyParameter } from '@app/common/policy/policy-parameter.entity';
import { PolicyController } from '@app/common/policy/policy.controller';
import { PolicyModule } from '@app/common/policy/policy.module';
import { PersonalDataModule } from '@app/common/privacy/personal-data.module';
import { Inject, Injectable, Module, type DynamicModule, type OnModuleDestroy } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { CreateMessagingTables1732780800001, MessagingModule } from '@app/messaging';
import type { ServiceDefinition } from './service-definition';
import { TracingModule } from './tracing/tracing.module';

/** The service's name, for what is labelled by service. */
const SERVICE_NAME = Symbol('SERVICE_NAME');

@Injectable()
class DependencyHealthChecks implements OnModuleDestroy {
  private readonly removeReadiness: () => void;

  constructor(dataSource: DataSource, @Inject(REDIS) redis: Redis, health: HealthRegistry, @Inject(SERVICE_NAME) service: string) {
    // 1 when /health/ready would answer 200: the alert "a service not ready" reads it (and `up` for a process that is gone).
    this.removeReadiness = addGaugeSource('civil_affairs_ready', 'Whether the service is ready: database, Redis and broker answer (1) or not (0)', ['service'], async () => [
      { labels: { service }, value: (await health.run()).ok ? 1 : 0 },
    ]);
    health.register({ name: 'database', check: async () => void (await dataSource.query('SELECT 1')) });
    health.register({
      name: 'redis',
      check: async () => {
        if ((await redis.ping()) !== 'PONG') throw new Error('unexpected PING reply');
      },
    });
  }

  onModuleDestroy(): void {
    this.removeReadiness();
  }
}

/**
 * Everything every service has: its own database (created if missing, migrations run on start),
 * the outbox relay, the Clock, Redis, bearer-token auth, personal-data masking, health and metrics. A service module
 * imports ServiceKitModule.forRoot(definition) and adds its feature modules.
 */
@Module({})
export class ServiceKitModule {
  static forRoot(definition: ServiceDefinition): DynamicModule {
    return {
      module: ServiceKitModule,
      imports: [
        ClockModule,
        RedisModule,
        AuthModule,
        RateLimitModule,
        HealthModule,
        MetricsModule.forService(definition.name),
        TypeOrmModule.forRootAsync({
          useFactory: async () => {
            const config = databaseConfigFromEnv(definition.database);
            await ensureDatabase(config);
            return postgresOptions(config, {
              entities: [PolicyParameter, ...(definition.entities as [])],
              migrations: [CreatePolicyParameter1732780800000, CreateMessagingTables1732780800001, CreateAuditLog1732780800002, CreateLongJobs1767600000000, ...(definition.migrations as [])],
            });
          },
          dataSourceFactory: async (options) => {
            const dataSource = await new DataSource(options!).initialize();
            guardPoolClients(dataSource);
            return dataSource;
          },
        }),
        PolicyModule.forCatalogue(definition.policies),
        AuditModule,
        // Long work (a payroll run, a department's file) as 202 and a job to watch, when the caller prefers.
        LongJobsModule.forReaders([...READERS, ...(definition.jobStarters ?? [])]),
        // Personal data is masked in every response unless an `unmask` caller says why (audited).
        PersonalDataModule,
        MessagingModule.forService(definition.name, {}, definition.messagingDefaults),
        TracingModule,
      ],
      controllers: [PolicyController, ClockController],
      providers: [SimulatedClockStore, DependencyHealthChecks, { provide: SERVICE_NAME, useValue: definition.name }],
    };
  }
}
