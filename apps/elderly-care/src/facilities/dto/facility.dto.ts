import { PageQuery } from '@app/common/http/page-query.dto';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateString, IsIn, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { FACILITY_STATUSES, FACILITY_TYPES, type FacilityStatus, type FacilityType } from '../rules/facility.rule';

const TYPE_DESCRIPTION = 'STREET_CENTRE 街道综合养老服务中心 (at a township, 9 digits); COMMUNITY_HOME_CARE_CENTRE 社区居家养老服务中心（站）, RURAL_HAPPINESS_HOME 农村幸福院, ACTIVITY_ROOM 老年活动室 (at a community or village, 12 digits)';

export class CreateFacilityDto {
  @ApiProperty({ example: 'SS-110105001001-01' })
  @IsString()
  @Matches(/^[A-Za-z0-9-]{1,30}$/)
  code!: string;

  @ApiProperty({ example: '八里庄街道综合养老服务中心' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  facilityName!: string;

  @ApiProperty({ enum: FACILITY_TYPES, description: TYPE_DESCRIPTION })
  @IsIn(FACILITY_TYPES)
  facilityType!: FacilityType;

  @ApiProperty({ example: '110105001', description: 'The township (9 digits) or community/village (12 digits) served' })
  @Matches(/^\d{9}(\d{3})?$/)
  divisionCode!: string;

  @ApiProperty({ example: '朝阳区八里庄街道示例路1号' })
  @IsString()
  @MinLength(1)
  @MaxLength(400)
  address!: string;

  @ApiProperty({ example: '2021-09-01' })
  @IsDateString({ strict: true })
  openedOn!: string;

  @ApiPropertyOptional({ enum: FACILITY_STATUSES, default: 'OPEN' })
  @IsOptional()
  @IsIn(FACILITY_STATUSES)
  status?: FacilityStatus;
}

export class ChangeFacilityStatusDto {
  @ApiProperty({ enum: FACILITY_STATUSES, description: 'OPEN 运营中, SUSPENDED 暂停运营, CLOSED 已关闭' })
  @IsIn(FACILITY_STATUSES)
  status!: FacilityStatus;
}

/** `GET /api/v1/facilities?type=&status=&divisionCode=&page=&pageSize=` within the caller's division. */
export class FacilityListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: FACILITY_TYPES })
  @IsOptional()
  @IsIn(FACILITY_TYPES)
  type?: FacilityType;

  @ApiPropertyOptional({ enum: FACILITY_STATUSES })
  @IsOptional()
  @IsIn(FACILITY_STATUSES)
  status?: FacilityStatus;

  @ApiPropertyOptional({ example: '110105001', description: 'Facilities in this division or below it (6, 9 or 12 digits)' })
  @IsOptional()
  @Matches(/^\d{6}(\d{3}){0,2}$/)
  divisionCode?: string;
}

export class FacilityDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'SS-110105001001-01' }) code!: string;
  @ApiProperty({ example: '八里庄街道综合养老服务中心' }) facilityName!: string;
  @ApiProperty({ enum: FACILITY_TYPES }) facilityType!: FacilityType;
  @ApiProperty({ example: '街道综合养老服务中心' }) facilityTypeLabel!: string;
  @ApiProperty({ example: '110105001' }) divisionCode!: string;
  @ApiProperty({ example: '朝阳区八里庄街道示例路1号' }) address!: string;
  @ApiProperty({ example: '2021-09-01' }) openedOn!: string;
  @ApiProperty({ enum: FACILITY_STATUSES }) status!: FacilityStatus;
  @ApiProperty({ example: '运营中' }) statusLabel!: string;
}

export class FacilityTypeDto {
  @ApiProperty({ enum: FACILITY_TYPES }) type!: FacilityType;
  @ApiProperty({ example: '农村幸福院' }) label!: string;
  @ApiProperty({ enum: ['TOWNSHIP', 'COMMUNITY'], description: 'The division level a facility of the type is registered at' }) level!: 'TOWNSHIP' | 'COMMUNITY';
}
