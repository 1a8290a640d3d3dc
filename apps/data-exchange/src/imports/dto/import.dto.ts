import { ApiProperty } from '@nestjs/swagger';
import { dataSetSchema, departmentSchema, type DataSet, type Department } from '@app/contracts';

export class ImportRefusalDto {
  @ApiProperty({ example: 17, description: 'Line number in the file (the header is line 1 of a CSV file).' }) line!: number;
  @ApiProperty({ nullable: true, type: String, example: 'residentId', description: 'The first field at fault; null when the line itself is malformed.' }) field!: string | null;
  @ApiProperty({ example: 'INVALID_RESIDENT_ID', enum: ['REQUIRED', 'INVALID_RESIDENT_ID', 'INVALID_DATE', 'DATE_IN_FUTURE', 'INVALID_MONTH', 'INVALID_AMOUNT', 'NOT_ALLOWED', 'MALFORMED'] })
  code!: string;
  @ApiProperty({ example: 'not a valid resident ID (CHECKSUM)' }) message!: string;
}

export class ImportSummaryDto {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: departmentSchema.options }) department!: Department;
  @ApiProperty({ enum: dataSetSchema.options }) dataSet!: DataSet;
  @ApiProperty({ example: '2024-08-31', description: "The date the department's data describes." }) asOf!: string;
  @ApiProperty({ enum: ['csv', 'ndjson'] }) format!: 'csv' | 'ndjson';
  @ApiProperty({ enum: ['UTF-8', 'GBK'] }) charset!: 'UTF-8' | 'GBK';
  @ApiProperty({ description: "SHA-256 of the file's bytes: the same file twice is the same import." }) sha256!: string;
  @ApiProperty() bytes!: number;
  @ApiProperty({ example: 1_000_000, description: 'Records in the file (lines without header and blank lines).' }) records!: number;
  @ApiProperty({ example: 995_000 }) accepted!: number;
  @ApiProperty({ example: 5_000, description: 'Lines refused one by one; the rest were applied.' }) refused!: number;
  @ApiProperty({ example: 9_950, description: 'Facts about covered people raised by this file (deaths, moves, findings): each became part of an event.' }) matched!: number;
  @ApiProperty({ example: 0, description: 'Lines about covered people whose fact an earlier file had raised already.' }) alreadyKnown!: number;
  @ApiProperty() importedBy!: string;
  @ApiProperty() importedAt!: string;
}

export class ImportReportDto extends ImportSummaryDto {
  @ApiProperty({ description: 'True when this exact file was imported before: the earlier import is answered and nothing changed.' }) duplicate!: boolean;
  @ApiProperty({ type: [ImportRefusalDto], description: 'The first 100 refused lines; all of them at GET /api/v1/imports/{id}/refusals.' })
  refusals!: ImportRefusalDto[];
}

export class ImportPageDto {
  @ApiProperty({ type: [ImportSummaryDto] }) items!: ImportSummaryDto[];
  @ApiProperty() total!: number;
}

export class RefusalPageDto {
  @ApiProperty({ type: [ImportRefusalDto] }) items!: ImportRefusalDto[];
  @ApiProperty() total!: number;
}

export class MatchedRecordDto {
  @ApiProperty({ description: 'The matchId / findingId in the event.' }) id!: string;
  @ApiProperty({ example: 12 }) line!: number;
  @ApiProperty({ enum: ['DEATH', 'MOVE_OUT', 'VEHICLE', 'REAL_ESTATE', 'BUSINESS', 'PENSION', 'EMPLOYMENT_INCOME', 'JOB_LOSS', 'MEDICAL_EXPENSE', 'DISABILITY'] }) kind!: string;
  @ApiProperty({ example: '110105********002X', description: 'Masked unless the caller may unmask and gives a reason.' }) residentId!: string;
  @ApiProperty({ example: '王*英' }) name!: string;
  @ApiProperty({ example: '2024-08-10' }) eventDate!: string;
  @ApiProperty({ nullable: true, type: Number }) amountFen!: number | null;
  @ApiProperty() reference!: string;
  @ApiProperty({ description: 'The finding in words, the destination of a move, the place of a death.' }) summary!: string;
}
