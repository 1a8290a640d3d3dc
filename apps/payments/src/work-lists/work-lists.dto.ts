import { IsYearMonth } from '@app/common/http/is-year-month.decorator';
import { PageQuery } from '@app/common/http/page-query.dto';
import { payableProgrammeSchema } from '@app/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';

const PROGRAMMES = payableProgrammeSchema.options;

export class LineListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: PROGRAMMES, example: 'DIBAO' })
  @IsOptional()
  @IsIn(PROGRAMMES)
  programme?: string;

  @ApiPropertyOptional({ example: '2024-08', description: 'The payroll month the line was approved for.' })
  @IsOptional()
  @IsYearMonth()
  month?: string;
}

export class WorkListLine {
  @ApiProperty() lineId!: string;
  @ApiProperty({ example: '0000000000001024' }) reference!: string;
  @ApiProperty({ example: 'social-assistance' }) ownerService!: string;
  @ApiProperty({ enum: PROGRAMMES }) programme!: string;
  @ApiProperty({ example: '2024-08' }) period!: string;
  @ApiProperty({ example: '2024-08' }) month!: string;
  @ApiProperty({ enum: ['PERSON', 'ORGANISATION'] }) payeeKind!: string;
  @ApiPropertyOptional({ example: '110***********002X' }) residentId?: string;
  @ApiPropertyOptional() organisationId?: string;
  @ApiProperty({ nullable: true, type: String }) organisationName!: string | null;
  @ApiProperty({ example: 73_500 }) amountFen!: number;
}

export class HeldLineItem extends WorkListLine {
  @ApiProperty({ enum: ['NO_ACCOUNT', 'ACCOUNT_AWAITING_CONFIRMATION', 'ACCOUNT_UNUSABLE', 'ACCOUNT_MOVED_BANK'], description: 'What the payee’s account needs before the line can be batched.' })
  reason!: string;

  @ApiProperty() heldSince!: Date;
}

export class RefusedLineItem extends WorkListLine {
  @ApiProperty({ description: 'The failed line this was to re-issue.' }) reissueOf!: string;
  @ApiProperty({ enum: ['ORIGINAL_UNKNOWN', 'ORIGINAL_NOT_FAILED', 'ALREADY_REISSUED'] }) refusal!: string;
  @ApiProperty() receivedAt!: Date;
}
