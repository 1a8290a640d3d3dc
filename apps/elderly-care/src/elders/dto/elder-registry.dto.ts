// The registry list (GET /api/v1/elders) and one elder's page by opaque id (GET /api/v1/elders/records/:id).
import { PageQuery } from '@app/common/http/page-query.dto';
import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { RecordAssessmentDto } from '../../assessments/dto/record-assessment.dto';
import { CreateHomeCareBedDto } from '../../home-care/dto/home-care.dto';
import { AdmitDto } from '../../institutions/dto/institution.dto';
import { ElderlyCarePerson } from '../../people/dto/person.dto';
import { AGE_BANDS, type AgeBand } from '../rules/age-band.rule';

export class ElderListQuery extends PageQuery {
  @ApiPropertyOptional({ example: '110105001', description: 'A township (9 digits) within the caller’s division.' })
  @IsOptional()
  @Matches(/^\d{9}$/)
  township?: string;

  @ApiPropertyOptional({ example: '110105001001', description: 'A village or community (12 digits) within the caller’s division.' })
  @IsOptional()
  @Matches(/^\d{12}$/)
  village?: string;

  @ApiPropertyOptional({ enum: AGE_BANDS, description: 'Age on the clock’s today.' })
  @IsOptional()
  @IsIn(AGE_BANDS)
  ageBand?: AgeBand;

  @ApiPropertyOptional({ example: '秀英', description: 'Part of the name.' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  name?: string;
}

export class ElderListItem {
  @ApiProperty({ example: '6f1c2a9e-3b7d-4c1e-9a55-0d7c9f1e2b3a', description: 'Opaque: opens the elder’s page.' }) id: string;
  @ApiProperty({ example: '110***********002X' }) residentId: string;
  @ApiProperty({ example: '王*英' }) name: string;
  @ApiProperty({ example: '110105001001' }) region: string;
  @ApiProperty({ example: true }) local: boolean;
  @ApiProperty({ example: '1944-07-15' }) birthDate: string;
  @ApiProperty({ example: 80, description: 'Age on the clock’s today.' }) age: number;
  @ApiProperty({ example: null, nullable: true, type: String }) deceasedOn: string | null;
  @ApiProperty({ example: null, nullable: true, type: String, description: 'The latest move away recorded.' }) movedAwayOn: string | null;
}

export class ElderFile extends ElderlyCarePerson {
  @ApiProperty({ example: '6f1c2a9e-3b7d-4c1e-9a55-0d7c9f1e2b3a' }) id: string;
  @ApiProperty({ example: 80, description: 'Age on the clock’s today.' }) age: number;
}

/** An assessment of the elder the page shows: the sheet without the resident ID. */
export class ElderAssessmentDto extends OmitType(RecordAssessmentDto, ['residentId'] as const) {}

export class ElderOrderDto {
  @ApiProperty({ example: 'MEAL-01', description: 'A catalogue item in force today' })
  @Matches(/^[A-Za-z0-9-]{1,30}$/)
  itemCode!: string;
}

/** Admission of the elder of the page: as POST /institutions/:id/admissions, the institution in the body. */
export class ElderAdmissionDto extends OmitType(AdmitDto, ['residentId'] as const) {
  @ApiProperty()
  @IsUUID()
  institutionId!: string;
}

/** 家庭养老床位 of the elder of the page: as POST /home-care/beds without the resident ID. */
export class ElderHomeCareBedDto extends OmitType(CreateHomeCareBedDto, ['residentId'] as const) {}
