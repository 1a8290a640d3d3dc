// The settlement routes' answers, described for the typed clients (the console's included).
import { ApiProperty } from '@nestjs/swagger';

const NULLABLE_TEXT = { nullable: true, type: String, example: null } as const;
const LINE_STATUSES = ['CLAIMED', 'DISPUTED', 'ACCEPTED', 'REJECTED'];

export class SettlementTotalsDto {
  @ApiProperty({ example: 312, description: 'Meals of the month paid (corrections are not meals)' }) mealCount!: number;
  @ApiProperty({ example: 93600, description: 'Net subsidy in fen' }) subsidyFen!: number;
  @ApiProperty({ example: 0, description: 'Disputed lines: approval waits for them' }) openDisputes!: number;
}

export class SettlementLineDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) settlementId!: string;
  @ApiProperty({ format: 'uuid' }) mealId!: string;
  @ApiProperty({ example: 300, description: 'In fen; negative on a correction' }) subsidyFen!: number;
  @ApiProperty({ enum: ['CLAIM', 'CORRECTION'] }) kind!: string;
  @ApiProperty({ ...NULLABLE_TEXT, format: 'uuid' }) correctsSettlementId!: string | null;
  @ApiProperty({ enum: LINE_STATUSES }) status!: string;
  @ApiProperty(NULLABLE_TEXT) disputeReason!: string | null;
}

/** A line of `GET /settlements/:id/lines`, with the meal it claims (diner masked). */
export class SettlementLineItem extends SettlementLineDto {
  @ApiProperty({ example: '2024-07-15' }) mealDate!: string;
  @ApiProperty({ enum: ['BREAKFAST', 'LUNCH', 'DINNER'] }) slot!: string;
  @ApiProperty({ example: 'AGE_80' }) tier!: string;
  @ApiProperty({ example: '110***********002X', description: 'Masked' }) residentId!: string;
  @ApiProperty({ example: '王*英', description: 'Masked' }) dinerName!: string;
}

export class SettlementDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) canteenId!: string;
  @ApiProperty({ example: '2024-07' }) month!: string;
  @ApiProperty({ example: '北京康养餐饮管理有限公司' }) operator!: string;
  @ApiProperty({ enum: ['OPEN', 'APPROVED'] }) status!: string;
  @ApiProperty({ ...NULLABLE_TEXT, description: 'Who opened it (the maker), who cannot approve it' }) openedBy!: string | null;
  @ApiProperty({ nullable: true, type: Number, example: null }) mealCount!: number | null;
  @ApiProperty({ nullable: true, type: Number, example: null }) subsidyFen!: number | null;
  @ApiProperty(NULLABLE_TEXT) approvedBy!: string | null;
  @ApiProperty({ nullable: true, type: Date, example: null }) approvedAt!: Date | null;
  @ApiProperty() createdAt!: Date;
  @ApiProperty({ type: SettlementTotalsDto }) totals!: SettlementTotalsDto;
  @ApiProperty({ type: [SettlementLineDto] }) lines!: SettlementLineDto[];
  @ApiProperty({ type: 'array', items: { type: 'object', additionalProperties: true }, description: 'What the approval pays, with the bank’s outcome' })
  payments!: object[];
}

export class MonthSettlementDto extends SettlementDto {
  @ApiProperty({ example: '八里庄街道幸福食堂' }) canteenName!: string;
}

export class OperatorTotalsDto {
  @ApiProperty({ example: '北京康养餐饮管理有限公司' }) operator!: string;
  @ApiProperty({ example: 312 }) mealCount!: number;
  @ApiProperty({ example: 93600 }) subsidyFen!: number;
}

/** A page of the month's settlements, with the sums per operator over all of them. */
export class MonthSettlementsDto {
  @ApiProperty({ example: '2024-07' }) month!: string;
  @ApiProperty({ type: [MonthSettlementDto], description: 'This page of the month’s settlements of canteens within the caller’s division, by operator and canteen' }) items!: MonthSettlementDto[];
  @ApiProperty({ type: 'integer', example: 12, description: 'The month’s settlements within the division, over all pages' }) total!: number;
  @ApiProperty({ type: 'integer', example: 1 }) page!: number;
  @ApiProperty({ type: 'integer', example: 20 }) pageSize!: number;
  @ApiProperty({ type: [OperatorTotalsDto], description: 'Over all the month’s settlements within the division' }) byOperator!: OperatorTotalsDto[];
}
