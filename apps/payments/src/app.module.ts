import { ServiceKitModule } from '@app/service-kit';
import { Module } from '@nestjs/common';
import { AccountImportsModule } from './account-imports/account-imports.module';
import { BanksModule } from './banks/banks.module';
import { BatchesModule } from './batches/batches.module';
import { PayablesModule } from './payables/payables.module';
import { PayeeAccountsModule } from './payee-accounts/payee-accounts.module';
import { RecoveriesModule } from './recoveries/recoveries.module';
import { ReconciliationModule } from './reconciliation/reconciliation.module';
import { ReportsModule } from './reports/reports.module';
import { ReturnsModule } from './returns/returns.module';
import { SERVICE } from './service.definition';
import { WorkListsModule } from './work-lists/work-lists.module';

@Module({
  imports: [
    ServiceKitModule.forRoot(SERVICE),
    BanksModule,
    PayeeAccountsModule,
    AccountImportsModule,
    PayablesModule,
    BatchesModule,
    ReturnsModule,
    RecoveriesModule,
    WorkListsModule,
    ReconciliationModule,
    ReportsModule,
  ],
})
export class AppModule {}
