import { AuditService } from '@app/common/audit/audit.service';
import { CreateAuditLog1732780800002 } from '@app/common/audit/audit-log.migration';
import { databaseConfigFromEnv } from '@app/common/database/database.config';
import { ensureDatabase } from '@app/common/database/ensure-database';
import { guardPoolClients } from '@app/common/database/pool-error-guard';
import { postgresOptions } from '@app/common/database/typeorm-options';
import { HealthModule } from '@app/common/health/health.module';
import { ClockModule } from '@app/common/time/clock.module';
import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { BffModule } from './bff/bff.module';
import { CONSOLE_DEFAULT_DATABASE } from './config/console-config';
import { ConsoleConfigModule } from './config/console-config.module';
import { EventsModule } from './events/events.module';
import { DatabaseHealth } from './health/database-health';
import { MeModule } from './me/me.module';
import { CreateConsoleIdentity1767225600000 } from './migrations/1767225600000-create-console-identity';
import { ConsoleUserVersion1767300000000 } from './migrations/1767300000000-console-user-version';
import { OidcModule } from './oidc/oidc.module';
import { ConsoleSession } from './sessions/session.entity';
import { SessionsModule } from './sessions/sessions.module';
import { ConsoleUser } from './users/user.entity';
import { UsersModule } from './users/users.module';
import { TracingModule } from '@app/service-kit/tracing/tracing.module';

/**
 * The console's own database (`console`, DB_NAME overrides it): created if missing, migrations
 * run on start, like every service's. The audit log is libs/common's table and writer; its
 * read endpoint is not mounted, since the console has no bearer-token callers.
 */
@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      useFactory: async () => {
        const config = databaseConfigFromEnv(CONSOLE_DEFAULT_DATABASE);
        await ensureDatabase(config);
        return postgresOptions(config, { entities: [ConsoleUser, ConsoleSession], migrations: [CreateAuditLog1732780800002, CreateConsoleIdentity1767225600000, ConsoleUserVersion1767300000000] });
      },
      dataSourceFactory: async (options) => {
        const dataSource = await new DataSource(options!).initialize();
        guardPoolClients(dataSource);
        return dataSource;
      },
    }),
  ],
  providers: [AuditService, DatabaseHealth],
  exports: [AuditService],
})
class ConsoleDatabaseModule {}

/** Identity (users, login, sessions), the backend-for-frontend, the event stream and health; the UI is served by runConsole. */
@Module({
  imports: [ConsoleConfigModule, ClockModule, HealthModule, ConsoleDatabaseModule, SessionsModule, MeModule, UsersModule, OidcModule, BffModule, EventsModule, TracingModule],
})
export class ConsoleModule {}
