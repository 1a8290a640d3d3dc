import { ApiProperty } from '@nestjs/swagger';
import { CASH_PLUS_SERVICES } from '../rules/plan.rule';

export class CashPlusProviderResponse {
  @ApiProperty() id: string;
  @ApiProperty({ example: '朝阳区康乐社会工作服务中心' }) providerName: string;
  @ApiProperty({ example: '91350100M000100Y43' }) creditCode: string;
  @ApiProperty({ example: '110105' }) divisionCode: string;
  @ApiProperty({ enum: CASH_PLUS_SERVICES, isArray: true }) services: string[];
  @ApiProperty() registeredBy: string;
}

export class CashPlusEligibilityResponse {
  @ApiProperty({ example: '110***********002X' }) residentId: string;
  @ApiProperty({ example: '2023-10' }) month: string;
  @ApiProperty() eligible: boolean;
  @ApiProperty({ enum: ['TEKUN', 'ELDER'], nullable: true, type: String }) category: string | null;
  @ApiProperty({ enum: ['DECEASED', 'CENTRAL_CARE', 'UNDER_ELDER_AGE', 'NOT_IN_TARGET_GROUP'], nullable: true, type: String }) reason: string | null;
}

export class CashPlusPlanResponse {
  @ApiProperty() id: string;
  @ApiProperty({ example: '110***********002X', description: 'Masked.' }) residentId: string;
  @ApiProperty({ example: '赵*兰' }) name: string;
  @ApiProperty({ enum: ['TEKUN', 'ELDER'] }) category: string;
  @ApiProperty({ example: '110105001' }) regionCode: string;
  @ApiProperty() providerId: string;
  @ApiProperty({ enum: CASH_PLUS_SERVICES, isArray: true }) services: string[];
  @ApiProperty({ example: 2 }) visitsPerMonth: number;
  @ApiProperty({ example: '2023-09-01' }) fromDate: string;
  @ApiProperty({ example: '2024-06-30' }) toDate: string;
  @ApiProperty() createdBy: string;
}

export class CashPlusVisitResponse {
  @ApiProperty() id: string;
  @ApiProperty() planId: string;
  @ApiProperty() providerId: string;
  @ApiProperty({ example: '2023-10-10' }) visitedOn: string;
  @ApiProperty({ example: '2023-10' }) month: string;
  @ApiProperty({ enum: CASH_PLUS_SERVICES }) service: string;
  @ApiProperty({ example: 90 }) durationMinutes: number;
  @ApiProperty({ nullable: true, type: String }) note: string | null;
  @ApiProperty({ enum: ['RECORDED', 'CONFIRMED', 'DISPUTED'] }) status: string;
  @ApiProperty() recordedBy: string;
  @ApiProperty({ nullable: true, type: String }) confirmedBy: string | null;
  @ApiProperty({ nullable: true, type: String }) confirmedOn: string | null;
  @ApiProperty({ nullable: true, type: String }) disputedBy: string | null;
  @ApiProperty({ nullable: true, type: String }) disputedOn: string | null;
  @ApiProperty({ nullable: true, type: String }) disputeReason: string | null;
  @ApiProperty({ nullable: true, type: String }) settlementId: string | null;
}

export class CashPlusSettlementResponse {
  @ApiProperty() id: string;
  @ApiProperty() providerId: string;
  @ApiProperty({ example: '2023-10' }) month: string;
  @ApiProperty({ example: 31, description: 'Confirmed visits settled.' }) visits: number;
  @ApiProperty({ example: 0, description: 'Visits of the month not confirmed when drawn up: not paid.' }) unconfirmedVisits: number;
  @ApiProperty({ example: 0, description: 'Visits of the month disputed by a caseworker: not paid.' }) disputedVisits: number;
  @ApiProperty({ example: 4900 }) pricePerVisitFen: number;
  @ApiProperty({ example: 151900 }) amountFen: number;
  @ApiProperty({ enum: ['DRAFT', 'APPROVED'] }) status: string;
  @ApiProperty() createdBy: string;
  @ApiProperty({ nullable: true, type: String }) approvedBy: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) approvedAt: Date | null;
  @ApiProperty({ enum: ['PENDING', 'PAID', 'FAILED'], nullable: true, type: String, description: "The bank's outcome of the settlement's own line (null: nothing to pay, or not approved)." })
  paymentStatus: 'PENDING' | 'PAID' | 'FAILED' | null;
}

export class CreatedSettlementResponse {
  @ApiProperty({ description: 'false: the settlement of that provider and month already existed, unchanged.' }) created: boolean;
  @ApiProperty({ type: CashPlusSettlementResponse }) settlement: CashPlusSettlementResponse;
}

export class CashPlusPaymentLineResponse {
  @ApiProperty() id: string;
  @ApiProperty({ enum: ['SETTLEMENT', 'REISSUE'] }) kind: string;
  @ApiProperty({ example: '2023-10' }) month: string;
  @ApiProperty({ example: 151900 }) amountFen: number;
  @ApiProperty({ nullable: true, type: String }) reissueOf: string | null;
  @ApiProperty({ enum: ['PAID', 'FAILED'], nullable: true, type: String }) paymentStatus: string | null;
  @ApiProperty({ nullable: true, type: String }) paymentFailureReason: string | null;
  @ApiProperty({ nullable: true, type: String }) paymentOutcomeOn: string | null;
}

export class CashPlusBudgetResponse {
  @ApiProperty({ example: '2023-10' }) month: string;
  @ApiProperty({ example: '2023-07-01', description: 'The budget period (the pilot) in force for the month.' }) periodFrom: string;
  @ApiProperty({ example: '2024-06-30', nullable: true, type: String }) periodTo: string | null;
  @ApiProperty({ example: 40000000 }) budgetFen: number;
  @ApiProperty({ example: 151900, description: 'Approved settlements of months in the period.' }) approvedFen: number;
  @ApiProperty({ example: 39848100 }) remainingFen: number;
}
