import { Module } from '@nestjs/common';
import { BanksModule } from '../banks/banks.module';
import { PayeeAccountsController } from './payee-accounts.controller';
import { PayeeAccountsService } from './payee-accounts.service';

@Module({
  imports: [BanksModule],
  controllers: [PayeeAccountsController],
  providers: [PayeeAccountsService],
  exports: [PayeeAccountsService],
})
export class PayeeAccountsModule {}
