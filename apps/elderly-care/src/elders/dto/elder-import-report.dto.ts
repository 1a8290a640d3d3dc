import { ApiProperty } from '@nestjs/swagger';

export class ImportLineResultDto {
  @ApiProperty({ example: 3 })
  line!: number;

  @ApiProperty({ enum: ['ACCEPTED', 'REFUSED'], example: 'REFUSED' })
  status!: 'ACCEPTED' | 'REFUSED';

  @ApiProperty({ required: false, enum: ['MALFORMED', 'BAD_ID', 'UNDER_60', 'DUPLICATE', 'NAME_REQUIRED', 'BAD_REGION', 'BAD_LOCAL', 'BAD_MOVE', 'OUTSIDE_DIVISION'], example: 'UNDER_60' })
  reason?: 'MALFORMED' | 'BAD_ID' | 'UNDER_60' | 'DUPLICATE' | 'NAME_REQUIRED' | 'BAD_REGION' | 'BAD_LOCAL' | 'BAD_MOVE' | 'OUTSIDE_DIVISION';

  @ApiProperty({ required: false, enum: [true], description: 'The line recorded a move away (movedAwayOn, moveSource)' })
  moved?: true;
}

export class ElderImportReportDto {
  @ApiProperty({ example: '6f1c2a9e-3b7d-4c1e-9a55-0d7c9f1e2b3a' })
  importId!: string;

  @ApiProperty({ example: 99_998 })
  accepted!: number;

  @ApiProperty({ example: 2 })
  refused!: number;

  @ApiProperty({ type: [ImportLineResultDto], description: 'One entry per non-empty line, in line order' })
  lines!: ImportLineResultDto[];
}
