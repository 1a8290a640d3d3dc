import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';

export class ReturnQuery {
  @ApiProperty({ example: 'RCB', description: 'The bank whose return file this is: its layout reads the file.' })
  @Matches(/^[A-Z0-9]{2,16}$/, { message: 'bankCode must be a bank code' })
  bankCode!: string;
}

export class TallyDto {
  @ApiProperty() lines!: number;
  @ApiProperty() amountFen!: number;
}

export class ReportedLineDto {
  @ApiProperty({ example: 7, description: 'Line of the return file.' }) line!: number;
  @ApiProperty({ example: '0000000000009999', description: 'The reference as the bank quoted it.' }) reference!: string;
  @ApiProperty({ enum: ['NOT_IN_OPEN_BATCH', 'ALREADY_RETURNED', 'AMOUNT_MISMATCH', 'DUPLICATE_IN_FILE'] }) problem!: string;
  @ApiProperty() detail!: string;
}

export class ReturnReportResponse {
  @ApiProperty() returnFileId!: string;
  @ApiProperty({ description: 'The same file (same bytes) was received before: this is that report, and nothing changed now.' }) duplicate!: boolean;
  @ApiProperty({ example: 'RCB' }) bankCode!: string;
  @ApiProperty({ example: '2024-08-25' }) valueDate!: string;
  @ApiProperty({ description: 'Detail lines in the file (the trailer’s count).' }) lines!: number;
  @ApiProperty({ type: TallyDto, description: 'Lines applied as paid.' }) paid!: TallyDto;
  @ApiProperty({ type: TallyDto, description: 'Lines applied as failed; their owning programmes are told, and the accounts of closed, frozen, unknown or misnamed accounts are unusable until corrected.' }) failed!: TallyDto;
  @ApiProperty({ type: [ReportedLineDto], description: 'Lines not applied, with the reason.' }) reported!: ReportedLineDto[];
  @ApiProperty() receivedBy!: string;
  @ApiProperty() receivedAt!: Date;
  @ApiProperty({ description: 'SHA-256 of the file (hex).' }) sha256!: string;
}
