import { IsResidentId } from '@app/common/http/is-resident-id.decorator';
import { IsYearMonth } from '@app/common/http/is-year-month.decorator';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMinSize, ArrayUnique, IsArray, IsIn, IsInt, IsISO8601, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, registerDecorator } from 'class-validator';
import { creditCodeProblem } from '../rules/credit-code.rule';
import { CASH_PLUS_SERVICES, type CashPlusService } from '../rules/plan.rule';
import { PageQuery } from '@app/common/http/page-query.dto';

const DATE = { strict: true, strictSeparator: true } as const;

/** 统一社会信用代码 with its check character (GB 32100); lower case is taken as upper. */
function IsCreditCode(): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toUpperCase() : value))(target, propertyName);
    registerDecorator({
      name: 'isCreditCode',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: '$property must be a unified social credit code (GB 32100: 18 characters with a valid check character)' },
      validator: { validate: (value: unknown) => typeof value === 'string' && creditCodeProblem(value) === null },
    });
  };
}

export class RegisterProviderDto {
  @ApiProperty({ example: '朝阳区康乐社会工作服务中心', description: 'As the bank knows the corporate account holder.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  providerName: string;

  @ApiProperty({ example: '91350100M000100Y43', description: '统一社会信用代码 (GB 32100), unique among providers.' })
  @IsCreditCode()
  creditCode: string;

  @ApiProperty({ example: '110105', description: 'Division the provider is registered in (6, 9 or 12 digits), within the caller’s.' })
  @Matches(/^\d{6}(\d{3}){0,2}$/, { message: 'divisionCode must be a division code of 6, 9 or 12 digits' })
  divisionCode: string;

  @ApiProperty({ enum: CASH_PLUS_SERVICES, isArray: true, example: ['CLEANING', 'CARE', 'COMPANY'], description: '清洁 / 照料 / 陪伴 / 代办' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(CASH_PLUS_SERVICES, { each: true })
  services: CashPlusService[];
}

export class CreatePlanDto {
  @ApiProperty({ example: '11010519400315002X' })
  @IsResidentId()
  residentId: string;

  @ApiProperty({ example: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a01' })
  @IsUUID()
  providerId: string;

  @ApiProperty({ enum: CASH_PLUS_SERVICES, isArray: true, example: ['CLEANING', 'COMPANY'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(CASH_PLUS_SERVICES, { each: true })
  services: CashPlusService[];

  @ApiProperty({ example: 2, description: 'Visits a month the provider is paid for.' })
  @IsInt()
  @Min(1)
  @Max(31)
  visitsPerMonth: number;

  @ApiProperty({ example: '2023-09-01' })
  @IsISO8601(DATE)
  fromDate: string;

  @ApiProperty({ example: '2024-06-30' })
  @IsISO8601(DATE)
  toDate: string;
}

export class RecordVisitDto {
  @ApiProperty({ example: '2023-10-10' })
  @IsISO8601(DATE)
  visitedOn: string;

  @ApiProperty({ enum: CASH_PLUS_SERVICES, example: 'CLEANING' })
  @IsIn(CASH_PLUS_SERVICES)
  service: CashPlusService;

  @ApiProperty({ example: 90, description: 'Minutes spent in the home.' })
  @IsInt()
  @Min(1)
  @Max(720)
  durationMinutes: number;

  @ApiPropertyOptional({ example: '打扫厨房和卧室' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string;
}

export class DisputeVisitDto {
  @ApiProperty({ example: '服务对象表示当天无人上门' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason: string;
}

export class CreateSettlementDto {
  @ApiProperty({ example: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a01' })
  @IsUUID()
  providerId: string;

  @ApiProperty({ example: '2023-10', description: 'A month that is over.' })
  @IsYearMonth()
  month: string;
}

/** The body of `POST /cash-plus/eligibility/search`: the resident ID travels in the body, never in the URL. */
export class EligibilitySearchDto {
  @ApiProperty({ example: '11010519400315002X' })
  @IsResidentId()
  residentId: string;

  @ApiProperty({ example: '2023-10' })
  @IsYearMonth()
  month: string;
}

export class MonthQueryDto {
  @ApiProperty({ example: '2023-10' })
  @IsYearMonth()
  month: string;
}

/** A month's settlements, a page at a time. */
export class SettlementListQuery extends PageQuery {
  @ApiProperty({ example: '2023-10' })
  @IsYearMonth()
  month: string;
}

/** The body of `POST /cash-plus/plans/search`: the resident ID travels in the body, never in the URL. */
export class PlanSearchDto {
  @ApiProperty({ example: '11010519400315002X' })
  @IsResidentId()
  residentId: string;
}
