import { IsResidentId } from '@app/common/http/is-resident-id.decorator';
import { IsYearMonth } from '@app/common/http/is-year-month.decorator';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDateString,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { DIVISION_CODE } from '../../institutions/dto/institution.dto';
import { CATALOGUE_CATEGORIES, type CatalogueCategory } from '../rules/catalogue.rule';
import { PageQuery } from '@app/common/http/page-query.dto';

const CODE = /^[A-Za-z0-9-]{1,30}$/;

export class CatalogueItemDto {
  @ApiProperty({ example: 'MEAL-01' })
  @Matches(CODE)
  code!: string;

  @ApiProperty({ example: '助餐 送餐上门' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  itemName!: string;

  @ApiProperty({ enum: CATALOGUE_CATEGORIES })
  @IsIn(CATALOGUE_CATEGORIES)
  category!: CatalogueCategory;

  @ApiProperty({ example: true, description: 'One of the ten basic services (not an "N" item)' })
  @IsBoolean()
  basic!: boolean;

  @ApiProperty({ example: '次', description: 'Unit of a visit: 次, 小时, 餐' })
  @IsString()
  @MinLength(1)
  @MaxLength(20)
  unit!: string;

  @ApiProperty({ example: 3000 })
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  priceFen!: number;

  @ApiProperty({ example: 2000, description: 'Paid by the bureau; at most the price' })
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  subsidyFen!: number;

  @ApiProperty({ example: '2024-01-01' })
  @IsDateString({ strict: true })
  effectiveFrom!: string;

  @ApiPropertyOptional({ example: null })
  @IsOptional()
  @IsDateString({ strict: true })
  effectiveTo?: string | null;
}

export class AddCatalogueItemsDto {
  @ApiProperty({ type: [CatalogueItemDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => CatalogueItemDto)
  items!: CatalogueItemDto[];
}

/** One item of the catalogue in force: what it is, what it costs and what the subsidy pays. */
export class CatalogueItemResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'MEAL-01' }) code!: string;
  @ApiProperty({ example: '助餐 送餐上门' }) itemName!: string;
  @ApiProperty({ enum: CATALOGUE_CATEGORIES }) category!: CatalogueCategory;
  @ApiProperty({ description: 'One of the basic "10" items (the rest are the "N")' }) basic!: boolean;
  @ApiProperty({ example: '餐' }) unit!: string;
  @ApiProperty({ example: 3000 }) priceFen!: number;
  @ApiProperty({ example: 1000 }) subsidyFen!: number;
  @ApiProperty({ example: '2024-01-01' }) effectiveFrom!: string;
  @ApiProperty({ type: String, nullable: true, example: null }) effectiveTo!: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: Date;
}

export class CatalogueQueryDto extends PageQuery {
  @ApiPropertyOptional({ example: '2024-06-15', description: 'Default: today' })
  @IsOptional()
  @IsDateString({ strict: true })
  on?: string;
}

export class CreateProviderDto {
  @ApiProperty({ example: 'HC-110105-001' })
  @Matches(CODE)
  code!: string;

  @ApiProperty({ example: '朝阳区康乐居家养老服务中心' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  providerName!: string;

  @ApiProperty({ example: '110105' })
  @Matches(DIVISION_CODE)
  divisionCode!: string;
}

export class CreateOrderDto {
  @ApiProperty({ example: '11010519491231002X' })
  @IsResidentId()
  residentId!: string;

  @ApiProperty({ example: 'MEAL-01', description: 'A catalogue item in force today' })
  @Matches(CODE)
  itemCode!: string;
}

export class AssignOrderDto {
  @ApiProperty()
  @IsUUID()
  providerId!: string;
}

export class VisitTimeDto {
  @ApiPropertyOptional({ example: '2024-05-20T09:00:00+08:00', description: "The caregiver's device time; default now; never in the future" })
  @IsOptional()
  @IsISO8601({ strict: true })
  at?: string;
}

export const CANCEL_REASONS = ['ELDER_CANCELLED', 'PROVIDER_UNAVAILABLE', 'OTHER'] as const;

export class CancelOrderDto {
  @ApiProperty({ enum: CANCEL_REASONS })
  @IsIn(CANCEL_REASONS)
  reason!: (typeof CANCEL_REASONS)[number];
}

/** The body of `POST /home-care/orders/search` and `/home-care/beds/search`: the resident ID travels in the body, never in the URL. */
export class HomeCareSearchDto {
  @ApiProperty({ example: '11010519491231002X' })
  @IsResidentId()
  residentId!: string;
}

export class CreateSettlementDto {
  @ApiProperty()
  @IsUUID()
  providerId!: string;

  @ApiProperty({ example: '2024-05' })
  @IsYearMonth()
  month!: string;
}

export class CreateHomeCareBedDto {
  @ApiProperty({ example: '11010519491231002X' })
  @IsResidentId()
  residentId!: string;

  @ApiProperty({ description: 'The contracted institution' })
  @IsUUID()
  institutionId!: string;

  @ApiProperty({ example: 4 })
  @IsInt()
  @Min(1)
  @Max(62)
  visitsPerMonth!: number;

  @ApiProperty({ example: '2024-06-01' })
  @IsDateString({ strict: true })
  contractedOn!: string;
}

export class MonthQueryDto {
  @ApiProperty({ example: '2024-05' })
  @IsYearMonth()
  month!: string;
}
