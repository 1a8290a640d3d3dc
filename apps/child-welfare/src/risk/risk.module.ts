import { Module } from '@nestjs/common';
import { RiskLedger } from './risk-ledger.service';

@Module({ providers: [RiskLedger], exports: [RiskLedger] })
export class RiskModule {}
