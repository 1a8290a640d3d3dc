import { Module } from '@nestjs/common';
import { BanksModule } from '../banks/banks.module';
import { AccountImportsController } from './account-imports.controller';
import { AccountImportsService } from './account-imports.service';

@Module({
  imports: [BanksModule],
  controllers: [AccountImportsController],
  providers: [AccountImportsService],
})
export class AccountImportsModule {}
