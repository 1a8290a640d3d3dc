import { Module } from '@nestjs/common';
import { PayeeAccountsModule } from '../payee-accounts/payee-accounts.module';
import { WorkListQueries } from './work-lists.queries';
import { WorkListsController } from './work-lists.controller';

@Module({
  imports: [PayeeAccountsModule],
  controllers: [WorkListsController],
  providers: [WorkListQueries],
})
export class WorkListsModule {}
