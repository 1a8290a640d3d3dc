import { IsYearMonth } from '@app/common/http/is-year-month.decorator';
import { PageQuery } from '@app/common/http/page-query.dto';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';

export class AssembleMonthDto {
  @ApiProperty({ example: '2024-08', description: 'The month to assemble: its approvals, those of earlier months not yet assembled, and held lines whose payee now has an account.' })
  @IsYearMonth()
  month!: string;
}

export class BatchListQuery extends PageQuery {
  @ApiPropertyOptional({ example: '2024-08' })
  @IsOptional()
  @IsYearMonth()
  month?: string;

  @ApiPropertyOptional({ example: 'RCB' })
  @IsOptional()
  @Matches(/^[A-Z0-9]{2,16}$/)
  bankCode?: string;

  @ApiPropertyOptional({ enum: ['ASSEMBLED', 'RELEASED', 'RETURNED', 'EMPTIED'] })
  @IsOptional()
  @IsIn(['ASSEMBLED', 'RELEASED', 'RETURNED', 'EMPTIED'])
  status?: string;
}

export class AssembledBatchDto {
  @ApiProperty() id!: string;
  @ApiProperty({ example: 'RCB' }) bankCode!: string;
  @ApiProperty({ example: 1 }) sequence!: number;
  @ApiProperty({ example: 'RCB202408001' }) batchNo!: string;
  @ApiProperty({ example: 50_000 }) lineCount!: number;
  @ApiProperty({ example: 3_675_000_000 }) totalFen!: number;
}

export class AssemblyResponse {
  @ApiProperty({ example: '2024-08' }) month!: string;
  @ApiProperty({ type: [AssembledBatchDto], description: 'The batches created, per bank, at most the bank’s lines per file each.' }) batches!: AssembledBatchDto[];
  @ApiProperty({ example: 12, description: 'Lines held (or still held): the payee has no confirmed, usable account. See the held-lines work list.' }) heldLines!: number;
  @ApiProperty({ example: 3, description: 'Held lines batched now that their payee’s account is confirmed.' }) releasedFromHold!: number;
  @ApiProperty({ example: 5, description: 'Approvals whose every chunk had arrived and whose lines are now all batched or held.' }) approvalsCompleted!: number;
}

export class ProgrammeTallyDto {
  @ApiProperty({ example: 'DIBAO' }) programme!: string;
  @ApiProperty() lines!: number;
  @ApiProperty() amountFen!: number;
}

export class BatchResponse {
  @ApiProperty() id!: string;
  @ApiProperty({ example: 'RCB' }) bankCode!: string;
  @ApiProperty({ example: '2024-08' }) month!: string;
  @ApiProperty({ example: 1 }) sequence!: number;
  @ApiProperty({ example: 'RCB202408001' }) batchNo!: string;
  @ApiProperty({ enum: ['ASSEMBLED', 'RELEASED', 'RETURNED', 'EMPTIED'] }) status!: string;
  @ApiProperty() lineCount!: number;
  @ApiProperty() totalFen!: number;
  @ApiProperty() assembledBy!: string;
  @ApiProperty() assembledAt!: Date;
  @ApiProperty({ nullable: true, type: String }) releasedBy!: string | null;
  @ApiProperty({ nullable: true, type: Date }) releasedAt!: Date | null;
  @ApiProperty({ nullable: true, type: String, example: '2024-08-20' }) releasedOn!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'The layout version the file was written with.' }) layoutId!: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'HMHN_RCB202408001_20240820.txt' }) fileName!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'SHA-256 of the file as released (hex).' }) fileSha256!: string | null;
  @ApiProperty({ description: 'Lines the bank answered PAID.' }) paidLines!: number;
  @ApiProperty({ description: 'Lines the bank answered FAILED.' }) failedLines!: number;
  @ApiProperty({ type: [ProgrammeTallyDto] }) byProgramme!: ProgrammeTallyDto[];
}

export class BatchLineResponse {
  @ApiProperty({ example: '0000000000001024' }) reference!: string;
  @ApiProperty() lineId!: string;
  @ApiProperty({ example: 'social-assistance' }) ownerService!: string;
  @ApiProperty({ example: 'DIBAO' }) programme!: string;
  @ApiProperty({ example: '2024-08' }) period!: string;
  @ApiProperty({ example: 73_500 }) amountFen!: number;
  @ApiProperty({ example: '6217***********0122', description: 'Masked unless unmasked with a reason.' }) accountNumber!: string;
  @ApiProperty({ example: '王*英', description: 'Masked unless unmasked with a reason.' }) holderName!: string;
  @ApiProperty({ nullable: true, enum: ['PAID', 'FAILED'] }) outcome!: string | null;
  @ApiProperty({ nullable: true, type: String }) failureReason!: string | null;
  @ApiProperty({ nullable: true, type: String }) bankMessage!: string | null;
}

export class FileCheckResponse {
  @ApiProperty() batchId!: string;
  @ApiProperty({ description: 'SHA-256 of the file stored at release.' }) storedSha256!: string;
  @ApiProperty({ description: 'SHA-256 of the file written again now from the batch’s lines and the layout version it used.' }) renderedSha256!: string;
  @ApiProperty({ description: 'The two are the same bytes.' }) identical!: boolean;
  @ApiProperty() bytes!: number;
}
