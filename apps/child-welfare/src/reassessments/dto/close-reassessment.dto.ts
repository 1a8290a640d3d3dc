import { ApiProperty } from '@nestjs/swagger';
import { IsISO8601, IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';

export class CloseReassessmentDto {
  @ApiProperty({ example: '2024-07-20', description: 'Not before it was opened, not in the future' })
  @IsISO8601({ strict: true, strictSeparator: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'closedOn must be YYYY-MM-DD' })
  closedOn!: string;

  @ApiProperty({ example: 'now an orphan; grandmother cares for her; allowance from next month' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  findings!: string;
}
