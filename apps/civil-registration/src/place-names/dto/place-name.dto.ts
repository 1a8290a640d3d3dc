import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageQuery } from '@app/common/http/page-query.dto';
import { IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

export const PLACE_NAME_KINDS = ['NAMING', 'RURAL_COLLECTION'] as const;
export const PLACE_NAME_CATEGORIES = ['ROAD', 'STREET', 'RESIDENTIAL_AREA', 'VILLAGE', 'NATURAL_VILLAGE', 'BRIDGE', 'PARK', 'MOUNTAIN', 'WATER', 'BUILDING', 'OTHER'] as const;

export class RecordPlaceNameDto {
  @ApiProperty({ enum: PLACE_NAME_KINDS, example: 'RURAL_COLLECTION', description: 'NAMING (命名) or RURAL_COLLECTION (乡村地名采集).' })
  @IsIn(PLACE_NAME_KINDS)
  kind: (typeof PLACE_NAME_KINDS)[number];

  @ApiProperty({ example: '杏花村' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name: string;

  @ApiProperty({ enum: PLACE_NAME_CATEGORIES, example: 'NATURAL_VILLAGE' })
  @IsIn(PLACE_NAME_CATEGORIES)
  category: (typeof PLACE_NAME_CATEGORIES)[number];

  @ApiProperty({ example: '110105001201', description: 'Division code: 6 (county), 9 (township) or 12 (village) digits; rural names need 9 or 12.' })
  @IsString()
  regionCode: string;

  @ApiPropertyOptional({ example: '村口古杏树得名，清代已有记载。', description: 'Origin and meaning of the name.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  origin?: string;
}

/** `?q=&regionCode=&kind=` with the one paging contract (`page`, `pageSize`; answer `{ items, total, … }`). */
export class PlaceNameSearchQuery extends PageQuery {
  @ApiPropertyOptional({ example: '杏花', description: 'Part of the name.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ example: '110105', description: 'Division code; names in this division and below.' })
  @IsOptional()
  @Matches(/^\d{6}(\d{3}){0,2}$/, { message: 'regionCode must be a division code of 6, 9 or 12 digits' })
  regionCode?: string;

  @ApiPropertyOptional({ enum: PLACE_NAME_KINDS })
  @IsOptional()
  @IsIn(PLACE_NAME_KINDS)
  kind?: (typeof PLACE_NAME_KINDS)[number];
}

export class PlaceNameDto {
  @ApiProperty({ example: '5d1c0f0e-2b0a-4a44-8d4f-3c8f2c0f9b11' })
  id: string;
  @ApiProperty({ enum: PLACE_NAME_KINDS, example: 'RURAL_COLLECTION' })
  kind: string;
  @ApiProperty({ example: '杏花村' })
  name: string;
  @ApiProperty({ enum: PLACE_NAME_CATEGORIES, example: 'NATURAL_VILLAGE' })
  category: string;
  @ApiProperty({ example: '110105001201' })
  regionCode: string;
  @ApiProperty({ example: '村口古杏树得名。', nullable: true, type: String })
  origin: string | null;
  @ApiProperty({ example: '2024-06-01' })
  recordedOn: string;
}
