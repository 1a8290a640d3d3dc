import { IsResidentId } from '@app/common/http/is-resident-id.decorator';
import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsNotEmpty, IsString, Matches, MaxLength, Min, ValidateNested } from 'class-validator';
import { AREAS, TYPED_MEMBER_CATEGORIES, type Area } from '../../dibao/rules/dibao-benefit.rule';

export const RELATIONS = ['APPLICANT', 'SPOUSE', 'CHILD', 'PARENT', 'GRANDPARENT', 'GRANDCHILD', 'SIBLING', 'OTHER'] as const;
/** Counted income; social-assistance payments, scholarships, awards and entitled-group payments are excluded by law and not entered. */
export const INCOME_SOURCES = ['WAGES', 'BUSINESS', 'PROPERTY', 'PENSION', 'TRANSFER', 'OTHER'] as const;

export class IncomeDto {
  @ApiProperty({ enum: INCOME_SOURCES, example: 'WAGES' })
  @IsIn(INCOME_SOURCES)
  source: (typeof INCOME_SOURCES)[number];

  @ApiProperty({ example: 30000, description: 'Monthly income from this source in fen.' })
  @IsInt()
  @Min(0)
  monthlyFen: number;
}

export class MemberDto {
  @ApiProperty({ example: '11010519491231002X' })
  @IsResidentId()
  residentId: string;

  @ApiProperty({ example: '张秀英' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name: string;

  @ApiProperty({ enum: RELATIONS, example: 'APPLICANT' })
  @IsIn(RELATIONS)
  relation: (typeof RELATIONS)[number];

  @ApiProperty({ type: [IncomeDto] })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => IncomeDto)
  incomes: IncomeDto[];

  @ApiProperty({ enum: TYPED_MEMBER_CATEGORIES, isArray: true, example: ['SEVERELY_DISABLED'], description: '分类施保 categories recorded by the caseworker; ELDERLY and MINOR are derived from the resident ID month by month and refused here.' })
  @IsArray()
  @IsIn(TYPED_MEMBER_CATEGORIES, { each: true, message: 'each category must be one of SEVERELY_DISABLED, SERIOUSLY_ILL, SINGLE_PARENT (ELDERLY and MINOR are derived from the resident ID)' })
  categories: string[];
}

export class CreateHouseholdDto {
  @ApiProperty({ enum: AREAS, example: 'URBAN' })
  @IsIn(AREAS)
  area: Area;

  @ApiProperty({ example: '110105001', description: 'Division code of residence (6, 9 or 12 digits).' })
  @Matches(/^\d{6}(\d{3}){0,2}$/, { message: 'regionCode must be a division code of 6, 9 or 12 digits' })
  regionCode: string;

  @ApiProperty({ example: 500000, description: 'Financial assets of the household in fen.' })
  @IsInt()
  @Min(0)
  financialAssetsFen: number;

  @ApiProperty({ type: [MemberDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => MemberDto)
  members: MemberDto[];
}

export class IncomeLineResponse {
  @ApiProperty({ enum: INCOME_SOURCES, example: 'WAGES' }) source: string;
  @ApiProperty({ example: 30000 }) monthlyFen: number;
}

export class MemberResponse {
  @ApiProperty({ example: '11010519491231002X' }) residentId: string;
  @ApiProperty({ example: '张秀英' }) name: string;
  @ApiProperty({ enum: RELATIONS, example: 'APPLICANT' }) relation: string;
  @ApiProperty({ type: [IncomeLineResponse] }) incomes: IncomeLineResponse[];
  @ApiProperty({ example: 30000 }) monthlyIncomeFen: number;
  @ApiProperty({ example: ['SEVERELY_DISABLED'], description: 'As recorded; ELDERLY and MINOR are derived per month.' }) categories: string[];
  @ApiProperty({ example: null, nullable: true, type: String }) deceasedOn: string | null;
  @ApiProperty({ example: null, nullable: true, type: String, description: 'First month as a member when joined later.' }) joinedMonth: string | null;
  @ApiProperty({ example: null, nullable: true, type: String, description: 'First month no longer a member.' }) leftMonth: string | null;
  @ApiProperty({ example: null, nullable: true, type: String, enum: ['MOVED_OUT', 'MARRIED_OUT', 'OTHER'] }) leftReason: string | null;
  @ApiProperty({ example: null, nullable: true, type: String, description: 'Covered by 特困 from this month, no longer counted in the household’s 低保.' }) dibaoExcludedFrom: string | null;
}

export class HouseholdResponse {
  @ApiProperty({ example: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a01' }) id: string;
  @ApiProperty({ enum: AREAS, example: 'URBAN' }) area: string;
  @ApiProperty({ example: '110105001' }) regionCode: string;
  @ApiProperty({ example: 500000 }) financialAssetsFen: number;
  @ApiProperty({ type: [MemberResponse] }) members: MemberResponse[];
}
