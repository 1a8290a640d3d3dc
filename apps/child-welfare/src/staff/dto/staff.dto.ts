import { IsResidentId } from '@app/common/http/is-resident-id.decorator';
import { PageQuery } from '@app/common/http/page-query.dto';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsNotEmpty, IsNumber, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { STAFF_ROLES, type StaffRole } from '../rules/staff-post.rule';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class AppointStaffDto {
  @ApiProperty({ enum: STAFF_ROLES, description: 'CHILD_DIRECTOR 儿童主任 (a village) or CHILD_SUPERVISOR 儿童督导员 (a township)' })
  @IsIn(STAFF_ROLES)
  role!: StaffRole;

  @ApiProperty({ example: '刘桂芳' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name!: string;

  @ApiProperty({ example: '11010519800101002X' })
  @IsResidentId()
  residentId!: string;

  @ApiProperty({ example: '13712345678' })
  @Matches(/^1\d{10}$/, { message: 'phone must be an 11-digit mobile number' })
  phone!: string;

  @ApiProperty({ example: '110105001001', description: 'The village (12 digits) or township (9) of the post' })
  @Matches(/^(\d{9}|\d{12})$/, { message: 'divisionCode must be a township (9) or village (12) code' })
  divisionCode!: string;

  @ApiProperty({ example: '2024-03-01', description: 'Not in the future' })
  @IsISO8601({ strict: true, strictSeparator: true })
  @Matches(DATE, { message: 'appointedOn must be YYYY-MM-DD' })
  appointedOn!: string;
}

export class LeavePostDto {
  @ApiProperty({ example: '2024-12-31', description: 'The first day out of post; not before the appointment, not in the future' })
  @IsISO8601({ strict: true, strictSeparator: true })
  @Matches(DATE, { message: 'leftOn must be YYYY-MM-DD' })
  leftOn!: string;
}

export class RecordTrainingDto {
  @ApiProperty({ example: '2024-05-20', description: 'Not in the future' })
  @IsISO8601({ strict: true, strictSeparator: true })
  @Matches(DATE, { message: 'trainedOn must be YYYY-MM-DD' })
  trainedOn!: string;

  @ApiProperty({ example: 6, description: 'Hours, to tenths' })
  @IsNumber({ maxDecimalPlaces: 1, allowNaN: false, allowInfinity: false })
  @Min(0.5)
  @Max(200)
  hours!: number;

  @ApiProperty({ example: '困境儿童发现报告与帮扶' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  topic!: string;
}

export class StaffListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: STAFF_ROLES })
  @IsOptional()
  @IsIn(STAFF_ROLES)
  role?: StaffRole;

  @ApiPropertyOptional({ description: 'true: only those in post today', example: 'true' })
  @IsOptional()
  @IsIn(['true', 'false'])
  inPost?: 'true' | 'false';
}
