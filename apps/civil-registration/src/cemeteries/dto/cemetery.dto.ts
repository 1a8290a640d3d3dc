import { PageQuery } from '@app/common/http/page-query.dto';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { CEMETERY_KINDS, PLACE_KINDS, PLACE_STATUS_LABELS, type CemeteryKind, type PlaceKind, type PlaceStatus } from '../rules/cemetery-places.rule';

const PLACE_STATUSES = Object.keys(PLACE_STATUS_LABELS) as PlaceStatus[];
/** More places than the largest cemetery of a city holds: a typo. */
const MAX_CAPACITY = 1_000_000;
/** Places recorded in one request. */
export const MAX_PLACES_PER_REQUEST = 500;

export class RecordCemeteryDto {
  @ApiProperty({ example: 'GY-001', description: 'The bureau’s code of the cemetery or hall, unique.' })
  @IsString()
  @Matches(/^[A-Za-z0-9-]{1,30}$/, { message: 'code must be 1-30 letters, digits or dashes' })
  code: string;

  @ApiProperty({ example: '杏花村骨灰堂' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name: string;

  @ApiProperty({ enum: CEMETERY_KINDS, example: 'RURAL_ASH_HALL', description: 'URBAN_PUBLIC_WELFARE_CEMETERY (城市公益性公墓), RURAL_PUBLIC_WELFARE_CEMETERY (农村公益性公墓), RURAL_ASH_HALL (农村骨灰堂).' })
  @IsIn(CEMETERY_KINDS)
  kind: CemeteryKind;

  @ApiProperty({ example: '110105001201', description: 'Division: 6, 9 or 12 digits, within the caller’s.' })
  @IsString()
  @Matches(/^\d{6}(\d{3}){0,2}$/, { message: 'divisionCode must be a division code of 6, 9 or 12 digits' })
  divisionCode: string;

  @ApiProperty({ example: '杏花村村委会北侧' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  address: string;

  @ApiProperty({ example: 0, description: 'Grave plots approved; an ash hall has none.' })
  @IsInt()
  @Min(0)
  @Max(MAX_CAPACITY)
  plotCapacity: number;

  @ApiProperty({ example: 600, description: 'Niches approved.' })
  @IsInt()
  @Min(0)
  @Max(MAX_CAPACITY)
  nicheCapacity: number;
}

export class CemeteryListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: CEMETERY_KINDS })
  @IsOptional()
  @IsIn(CEMETERY_KINDS)
  kind?: CemeteryKind;
}

export class CemeteryDto {
  @ApiProperty({ example: '7a0c8a6e-1f7b-4d8e-9a51-2b6c0d9e7f10' })
  id: string;
  @ApiProperty({ example: 'GY-001' })
  code: string;
  @ApiProperty({ example: '杏花村骨灰堂' })
  name: string;
  @ApiProperty({ enum: CEMETERY_KINDS, example: 'RURAL_ASH_HALL' })
  kind: CemeteryKind;
  @ApiProperty({ example: '农村骨灰堂' })
  kindLabel: string;
  @ApiProperty({ example: '110105001201' })
  divisionCode: string;
  @ApiProperty({ example: '杏花村村委会北侧' })
  address: string;
  @ApiProperty({ example: 0 })
  plotCapacity: number;
  @ApiProperty({ example: 600 })
  nicheCapacity: number;
  @ApiProperty({ example: 0, description: 'Plots recorded.' })
  plots: number;
  @ApiProperty({ example: 480, description: 'Niches recorded.' })
  niches: number;
  @ApiProperty({ example: 312, description: 'Places allocated to a deceased person.' })
  allocated: number;
}

export class AddPlacesDto {
  @ApiProperty({ enum: PLACE_KINDS, example: 'NICHE', description: 'PLOT (墓穴) or NICHE (骨灰格位).' })
  @IsIn(PLACE_KINDS)
  kind: PlaceKind;

  @ApiProperty({ type: [String], example: ['A-01-01', 'A-01-02'], description: `The places' numbers within the cemetery, 1-${MAX_PLACES_PER_REQUEST} at a time, each new.` })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_PLACES_PER_REQUEST)
  @ArrayUnique()
  @IsString({ each: true })
  @Matches(/^[\p{L}\p{N}-]{1,40}$/u, { each: true, message: 'each code must be 1-40 letters, digits or dashes' })
  codes: string[];
}

export class PlaceListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: PLACE_KINDS })
  @IsOptional()
  @IsIn(PLACE_KINDS)
  kind?: PlaceKind;

  @ApiPropertyOptional({ enum: PLACE_STATUSES })
  @IsOptional()
  @IsIn(PLACE_STATUSES)
  status?: PlaceStatus;
}

export class PlaceDto {
  @ApiProperty({ example: '8b0c8a6e-1f7b-4d8e-9a51-2b6c0d9e7f10' })
  id: string;
  @ApiProperty({ example: '7a0c8a6e-1f7b-4d8e-9a51-2b6c0d9e7f10' })
  cemeteryId: string;
  @ApiProperty({ enum: PLACE_KINDS, example: 'NICHE' })
  kind: PlaceKind;
  @ApiProperty({ example: '骨灰格位' })
  kindLabel: string;
  @ApiProperty({ example: 'A-01-01' })
  code: string;
  @ApiProperty({ enum: PLACE_STATUSES, example: 'AVAILABLE' })
  status: PlaceStatus;
  @ApiProperty({ example: '可安葬' })
  statusLabel: string;
}

export class PlacesAddedDto {
  @ApiProperty({ type: [PlaceDto] })
  places: PlaceDto[];
}

