import { dataSetSchema, type DataSet } from '@app/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, Matches, Max, Min } from 'class-validator';

/** What a department says about the file it posts, in the query string (the body is the file). */
export class ImportQuery {
  @ApiProperty({ enum: dataSetSchema.options, example: 'HOUSEHOLD_REGISTRATION' })
  @IsIn(dataSetSchema.options)
  dataSet!: DataSet;

  @ApiProperty({ example: '2024-08-31', description: "The date the department's data describes (not after today)." })
  @Matches(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { message: 'must be a date YYYY-MM-DD' })
  asOf!: string;

  @ApiProperty({ example: 1_000_000, description: 'How many records the file holds (without the header and blank lines): a file that does not add up is refused as cut off.' })
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(50_000_000)
  records!: number;
}
