import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateString, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { FUNDING_KINDS, type FundingKind } from '../rules/funding.rule';

/** One billion yuan: beyond any canteen's funding, well within a safe integer. */
const MAX_AMOUNT_FEN = 100_000_000_000;

export class RecordFundingDto {
  @ApiProperty({ enum: FUNDING_KINDS, description: 'BUILD_SUBSIDY 建设补贴, OPERATING_SUBSIDY 运营补贴, SOCIAL_CAPITAL 社会资本 (source required)' })
  @IsIn(FUNDING_KINDS)
  kind!: FundingKind;

  @ApiProperty({ example: 20000000, description: 'Amount in fen (200,000.00 yuan), a positive whole number' })
  @IsInt()
  @Min(1)
  @Max(MAX_AMOUNT_FEN)
  amountFen!: number;

  @ApiProperty({ example: '2024-03-01', description: 'Day the money was received' })
  @IsDateString({ strict: true })
  fundedOn!: string;

  @ApiPropertyOptional({ example: '示例康养餐饮管理有限公司', description: 'The fund or investing organisation; required for SOCIAL_CAPITAL (422 FUNDING.SOURCE_REQUIRED)' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  source?: string;

  @ApiPropertyOptional({ example: '91350100M000100Y43', description: '统一社会信用代码 of the source (GB 32100-2015; 422 FUNDING.CREDIT_CODE_INVALID)' })
  @IsOptional()
  @Matches(/^[0-9A-Z]{18}$/)
  sourceCreditCode?: string;

  @ApiProperty({ example: '区民政局〔2024〕12号 拨款通知', description: 'Where the money is documented' })
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  evidenceNote!: string;
}

export class FundingDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) canteenId!: string;
  @ApiProperty({ enum: FUNDING_KINDS }) kind!: FundingKind;
  @ApiProperty({ example: '建设补贴' }) kindLabel!: string;
  @ApiProperty({ example: 20000000 }) amountFen!: number;
  @ApiProperty({ example: '2024-03-01' }) fundedOn!: string;
  @ApiProperty({ example: '示例康养餐饮管理有限公司', nullable: true, type: String }) source!: string | null;
  @ApiProperty({ example: '91350100M000100Y43', nullable: true, type: String }) sourceCreditCode!: string | null;
  @ApiProperty({ example: '区民政局〔2024〕12号 拨款通知' }) evidenceNote!: string;
  @ApiProperty({ example: 'clerk-1' }) recordedBy!: string;
}
