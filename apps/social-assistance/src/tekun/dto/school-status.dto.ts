import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

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
