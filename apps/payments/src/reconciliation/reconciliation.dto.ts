import { IsYearMonth } from '@app/common/http/is-year-month.decorator';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export class ReconciliationQuery {
  @ApiProperty({ example: '2024-08', description: 'The payroll month (the month the lines were approved for).' })
  @IsYearMonth()
  month!: string;

  @ApiPropertyOptional({ example: 100, default: 100, description: 'How many of the lines that are not paid to list.' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(1000)
  limit: number = 100;
}

export class TallyResponse {
  @ApiProperty() lines!: number;
  @ApiProperty() amountFen!: number;
}

export class ProgrammeReconciliationResponse {
  @ApiProperty({ example: 'DIBAO' }) programme!: string;
  @ApiProperty({ type: TallyResponse }) approved!: TallyResponse;
  @ApiProperty({ type: TallyResponse }) paid!: TallyResponse;
  @ApiProperty({ type: TallyResponse }) failed!: TallyResponse;
  @ApiProperty({ type: TallyResponse, description: 'In a batch the bank has not answered for yet.' }) pending!: TallyResponse;
  @ApiProperty({ type: TallyResponse, description: 'Held without a confirmed, usable account.' }) held!: TallyResponse;
  @ApiProperty({ type: TallyResponse, description: 'Approved, not yet taken up by an assembly.' }) awaiting!: TallyResponse;
  @ApiProperty({ type: TallyResponse, description: 'Re-issues refused (never paid).' }) refused!: TallyResponse;
  @ApiProperty({ type: TallyResponse, description: 'approved − all the states: zero when balanced.' }) difference!: TallyResponse;
  @ApiProperty() balanced!: boolean;
}

export class DifferenceLineResponse {
  @ApiProperty() lineId!: string;
  @ApiProperty({ example: '0000000000001024' }) reference!: string;
  @ApiProperty({ example: 'social-assistance' }) ownerService!: string;
  @ApiProperty({ example: 'DIBAO' }) programme!: string;
  @ApiProperty({ example: '2024-08' }) period!: string;
  @ApiProperty() amountFen!: number;
  @ApiProperty({ enum: ['FAILED', 'PENDING', 'HELD', 'AWAITING', 'REFUSED'] }) state!: string;
  @ApiProperty({ nullable: true, type: String, description: 'The failure, hold or refusal reason.' }) reason!: string | null;
  @ApiProperty({ nullable: true, type: String }) batchId!: string | null;
}

export class ReconciliationResponse {
  @ApiProperty({ example: '2024-08' }) month!: string;
  @ApiProperty({ type: [ProgrammeReconciliationResponse] }) programmes!: ProgrammeReconciliationResponse[];
  @ApiProperty({ type: ProgrammeReconciliationResponse, description: 'All programmes (programme "*").' }) total!: Omit<ProgrammeReconciliationResponse, 'programme'>;
  @ApiProperty({ type: TallyResponse, description: 'New lines as recorded chunk by chunk when the approvals arrived.' }) intake!: TallyResponse;
  @ApiProperty({ description: 'Every programme balances and the approved lines are those the intake recorded.' }) balanced!: boolean;
  @ApiProperty({ description: 'Lines of the month that are not paid.' }) differenceCount!: number;
  @ApiProperty({ type: [DifferenceLineResponse], description: 'The first `limit` of them, by reference.' }) differences!: DifferenceLineResponse[];
}
