import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, IsISO8601, IsNotEmpty, IsNumber, IsString, IsUUID, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DIVISION = /^(\d{9}|\d{12})$/;
const DIVISION_MESSAGE = 'divisionCode must be a township (9) or village (12) code';

export class RegisterVolunteerDto {
  @ApiProperty({ example: '李志强' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name!: string;

  @ApiProperty({ example: '13912345678' })
  @Matches(/^1\d{10}$/, { message: 'phone must be an 11-digit mobile number' })
  phone!: string;

  @ApiProperty({ example: '110105001', description: 'Township (9 digits) or village (12) the volunteer serves' })
  @Matches(DIVISION, { message: DIVISION_MESSAGE })
  divisionCode!: string;

  @ApiProperty({ example: '2024-03-01', description: 'Day registered; not in the future' })
  @IsISO8601({ strict: true, strictSeparator: true })
  @Matches(DATE, { message: 'registeredOn must be YYYY-MM-DD' })
  registeredOn!: string;
}

export class ActivityVolunteerDto {
  @ApiProperty()
  @IsUUID()
  volunteerId!: string;

  @ApiProperty({ example: 3.5, description: 'Service hours, to tenths, at most 24' })
  @IsNumber({ maxDecimalPlaces: 1, allowNaN: false, allowInfinity: false })
  @Min(0.1)
  @Max(24)
  hours!: number;
}

export class RecordActivityDto {
  @ApiProperty({ example: '110105001' })
  @Matches(DIVISION, { message: DIVISION_MESSAGE })
  divisionCode!: string;

  @ApiProperty({ example: '2024-06-01', description: 'Day held; not in the future' })
  @IsISO8601({ strict: true, strictSeparator: true })
  @Matches(DATE, { message: 'heldOn must be YYYY-MM-DD' })
  heldOn!: string;

  @ApiProperty({ example: '“六一”关爱留守儿童活动' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title!: string;

  @ApiProperty({ example: 40, description: 'Children served' })
  @IsInt()
  @Min(0)
  @Max(100_000)
  childrenServed!: number;

  @ApiProperty({ type: [ActivityVolunteerDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => ActivityVolunteerDto)
  volunteers!: ActivityVolunteerDto[];
}
