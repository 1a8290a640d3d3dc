import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';

/**
 * `?year=2024` of every annual report. From 1949, the first year of the People's Republic's
 * registers, to 2100: anything else is a typo, answered 400 with the field.
 */
export class YearQueryDto {
  @ApiProperty({ example: 2024, minimum: 1949, maximum: 2100 })
  @Type(() => Number)
  @IsInt()
  @Min(1949)
  @Max(2100)
  year!: number;
}
