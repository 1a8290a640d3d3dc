import { IsYearMonth } from '@app/common/http/is-year-month.decorator';
import { PageQuery } from '@app/common/http/page-query.dto';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';

export class ApprovalListQuery extends PageQuery {
  @ApiPropertyOptional({ example: '2024-08', description: 'The payroll month.' })
  @IsOptional()
  @IsYearMonth()
  month?: string;
}

export class ApprovalResponse {
  @ApiProperty() approvalId!: string;
  @ApiProperty({ example: 'social-assistance' }) ownerService!: string;
  @ApiProperty({ example: '2024-08' }) month!: string;
  @ApiProperty({ example: 'approver-7' }) approvedBy!: string;
  @ApiProperty({ example: 1000, description: 'Chunks the approval was sent in.' }) chunkCount!: number;
  @ApiProperty({ example: 1000, description: 'Chunks received so far; the approval is complete when it equals chunkCount.' }) chunksReceived!: number;
  @ApiProperty({ example: 1_000_000, description: 'Lines in the chunks received.' }) lines!: number;
  @ApiProperty({ example: 73_500_000_000, description: 'Their total in fen.' }) amountFen!: number;
  @ApiProperty({ example: 1_000_000, description: 'Lines that were new here (a line approved before is not taken twice).' }) newLines!: number;
  @ApiProperty({ example: 73_500_000_000 }) newAmountFen!: number;
  @ApiProperty({ example: 0, description: 'Re-issues refused (see the refused-lines work list).' }) refusedLines!: number;
  @ApiProperty() firstReceivedAt!: Date;
  @ApiProperty({ nullable: true, type: Date, description: 'When an assembly took up all its lines (batched or held).' }) assembledAt!: Date | null;
}

export class PayableLineResponse {
  @ApiProperty() lineId!: string;
  @ApiProperty({ example: '0000000000001024', description: 'The bank reference the line is (or will be) sent with.' }) reference!: string;
  @ApiProperty() approvalId!: string;
  @ApiProperty({ example: 'social-assistance' }) ownerService!: string;
  @ApiProperty({ example: 'DIBAO' }) programme!: string;
  @ApiProperty({ example: '2024-08' }) period!: string;
  @ApiProperty({ example: '2024-08' }) month!: string;
  @ApiProperty({ enum: ['PERSON', 'ORGANISATION'] }) payeeKind!: string;
  @ApiPropertyOptional({ example: '110***********002X' }) residentId?: string;
  @ApiPropertyOptional() organisationId?: string;
  @ApiProperty({ nullable: true, type: String }) organisationName!: string | null;
  @ApiProperty({ example: 73_500 }) amountFen!: number;
  @ApiProperty({ nullable: true, type: String }) reissueOf!: string | null;
  @ApiProperty({ enum: ['PAID', 'FAILED', 'PENDING', 'HELD', 'AWAITING', 'REFUSED'] }) state!: string;
  @ApiProperty({ nullable: true, enum: ['ORIGINAL_UNKNOWN', 'ORIGINAL_NOT_FAILED', 'ALREADY_REISSUED'] }) refusal!: string | null;
  @ApiProperty({ nullable: true, type: String }) holdReason!: string | null;
  @ApiProperty({ nullable: true, type: String }) batchId!: string | null;
  @ApiProperty({ nullable: true, type: String }) failureReason!: string | null;
  @ApiProperty({ nullable: true, type: String }) bankMessage!: string | null;
  @ApiProperty({ nullable: true, type: String, example: '2024-08-25' }) returnedOn!: string | null;
}
