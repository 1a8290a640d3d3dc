import { IsResidentId } from '@app/common/http/is-resident-id.decorator';
import { PageQuery } from '@app/common/http/page-query.dto';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, Matches } from 'class-validator';
import { OverpaymentResponse } from '../../overpayments/dto/overpayment.dto';
import { RESOLUTIONS } from '../../overpayments/rules/resolution.rule';

/** `?asOf=&page=&pageSize=` of the lists of cases falling due. */
export class DueQuery extends PageQuery {
  @ApiPropertyOptional({ example: '2025-01-31', description: 'Due on or before this date; defaults to today (service clock).' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'asOf must be a date YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'asOf must be a date YYYY-MM-DD' })
  asOf?: string;
}

export const OVERPAYMENT_STATUSES = ['OPEN', 'WRITE_OFF_PROPOSED', ...RESOLUTIONS] as const;

export class OverpaymentListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: OVERPAYMENT_STATUSES, example: 'OPEN', description: 'Default: the receivables still to act on, OPEN and WRITE_OFF_PROPOSED.' })
  @IsOptional()
  @IsIn(OVERPAYMENT_STATUSES)
  status?: (typeof OVERPAYMENT_STATUSES)[number];
}

/** The body of `POST /work-lists/overpayments/search`: the list's filters and a person, whose ID never travels in a URL. */
export class OverpaymentSearchDto extends OverpaymentListQuery {
  @ApiPropertyOptional({ example: '11010519491231002X', description: 'Only the receivables of this person.' })
  @IsOptional()
  @IsResidentId()
  residentId?: string;
}

/** A receivable as the work list shows it: whose, of which case, in which division. */
export class OverpaymentWorkItem extends OverpaymentResponse {
  @ApiProperty({ example: '张三明', nullable: true, type: String, description: 'The person’s name as recorded in the household.' }) name: string | null;
  @ApiProperty({ enum: ['DIBAO', 'TEKUN'], example: 'DIBAO' }) program: string;
  @ApiProperty({ example: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a01' }) householdId: string;
  @ApiProperty({ example: '110105001' }) regionCode: string;
}
