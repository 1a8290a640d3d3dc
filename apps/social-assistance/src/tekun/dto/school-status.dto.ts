import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

export class SchoolStatusDto {
  @ApiProperty({ example: true, description: 'In full-time school at the re-check (18th birthday, then each school year).' })
  @IsBoolean()
  inSchool: boolean;

  @ApiPropertyOptional({ example: 'enrollment certificate of a vocational school' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  note?: string;
}

export class SchoolRechecksDueQuery {
  @ApiPropertyOptional({ example: '2026-09-10', description: 'Due on or before this date; defaults to today.' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'asOf must be a date YYYY-MM-DD' })
  asOf?: string;
}
