import { Module, type OnModuleInit } from '@nestjs/common';
import { APP_GUARD, HttpAdapterHost } from '@nestjs/core';
import { AuthModule } from '../auth/auth.module';
import { PersonalDataGuard } from './personal-data.guard';
import { maskJsonResponses } from './personal-data-response';

/**
 * Personal data in responses (DOMAIN §9): masked by default, unmasked only for an audited
 * `unmask` caller. Needs AuditModule (global) and a DataSource.
 */
@Module({
  imports: [AuthModule],
  providers: [{ provide: APP_GUARD, useClass: PersonalDataGuard }],
})
export class PersonalDataModule implements OnModuleInit {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  onModuleInit(): void {
    // No HTTP server: a testing module or a pure microservice.
    const adapter = this.adapterHost.httpAdapter;
    if (!adapter) return;
    maskJsonResponses(adapter.getInstance());
  }
}
