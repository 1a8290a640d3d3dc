import { ApiProperty } from '@nestjs/swagger';
import { IMPORT_REFUSALS, type ImportRefusal } from '../rules/account-import.rule';

export class ImportLineResultDto {
  @ApiProperty({ example: 3 })
  line!: number;

  @ApiProperty({ enum: ['ACCEPTED', 'REFUSED'], example: 'REFUSED' })
  status!: 'ACCEPTED' | 'REFUSED';

  @ApiProperty({ required: false, enum: IMPORT_REFUSALS, example: 'BAD_ACCOUNT_NUMBER' })
  reason?: ImportRefusal;
}

export class AccountImportReportDto {
  @ApiProperty({ example: '6f1c2a9e-3b7d-4c1e-9a55-0d7c9f1e2b3a', description: 'Confirm the accepted proposals with POST /api/v1/payee-account-imports/{importId}/confirm (another person).' })
  importId!: string;

  @ApiProperty({ example: 9_998, description: 'Lines now proposals awaiting a second person.' })
  accepted!: number;

  @ApiProperty({ example: 2 })
  refused!: number;

  @ApiProperty({ type: [ImportLineResultDto], description: 'One entry per non-empty data line, in line order.' })
  lines!: ImportLineResultDto[];
}

export class AccountImportResponse {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: ['csv', 'ndjson'] }) format!: string;
  @ApiProperty() importedBy!: string;
  @ApiProperty() importedAt!: Date;
  @ApiProperty() accepted!: number;
  @ApiProperty() refused!: number;
  @ApiProperty({ description: 'Accepted lines still awaiting confirmation (not rejected one by one meanwhile).' }) awaitingConfirmation!: number;
  @ApiProperty({ nullable: true, type: String }) confirmedBy!: string | null;
  @ApiProperty({ nullable: true, type: Date }) confirmedAt!: Date | null;
  @ApiProperty({ nullable: true, type: Number }) confirmed!: number | null;
}
