import { PageQuery } from '@app/common/http/page-query.dto';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

export class AllocatePlaceDto {
  @ApiProperty({ example: '8b0c8a6e-1f7b-4d8e-9a51-2b6c0d9e7f10', description: 'The plot or niche (GET /api/v1/cemeteries/{id}/places).' })
  @IsUUID()
  placeId: string;

  @ApiProperty({ example: '5d1c0f0e-2b0a-4a44-8d4f-3c8f2c0f9b11', description: 'The death record of the deceased.' })
  @IsUUID()
  deathId: string;
}

export class ReleaseAllocationDto {
  @ApiProperty({ example: '格位号登记错误，应为 A-01-02', description: 'Why the allocation was an error.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason: string;
}

export class AllocationListQuery extends PageQuery {
  @ApiPropertyOptional({ example: '7a0c8a6e-1f7b-4d8e-9a51-2b6c0d9e7f10', description: 'Allocations in this cemetery.' })
  @IsOptional()
  @IsUUID()
  cemeteryId?: string;

  @ApiPropertyOptional({ example: '5d1c0f0e-2b0a-4a44-8d4f-3c8f2c0f9b11', description: 'Allocations to this death record.' })
  @IsOptional()
  @IsUUID()
  deathId?: string;

  @ApiPropertyOptional({ enum: ['ACTIVE', 'RELEASED'] })
  @IsOptional()
  @IsIn(['ACTIVE', 'RELEASED'])
  status?: 'ACTIVE' | 'RELEASED';
}

export class AllocationDto {
  @ApiProperty({ example: '9c0c8a6e-1f7b-4d8e-9a51-2b6c0d9e7f10' })
  id: string;
  @ApiProperty({ example: '8b0c8a6e-1f7b-4d8e-9a51-2b6c0d9e7f10' })
  placeId: string;
  @ApiProperty({ example: 'A-01-01' })
  placeCode: string;
  @ApiProperty({ enum: ['PLOT', 'NICHE'], example: 'NICHE' })
  placeKind: string;
  @ApiProperty({ example: '7a0c8a6e-1f7b-4d8e-9a51-2b6c0d9e7f10' })
  cemeteryId: string;
  @ApiProperty({ example: '5d1c0f0e-2b0a-4a44-8d4f-3c8f2c0f9b11' })
  deathId: string;
  @ApiProperty({ example: '110***********1234', description: 'The deceased, masked.' })
  residentId: string;
  @ApiProperty({ example: '2024-08-01' })
  allocatedOn: string;
  @ApiProperty({ enum: ['ACTIVE', 'RELEASED'], example: 'ACTIVE' })
  status: string;
  @ApiProperty({ example: '已安葬', description: 'The status as people read it: 已安葬 or 已撤销.' })
  statusLabel: string;
  @ApiProperty({ example: null, nullable: true, type: String })
  releasedOn: string | null;
  @ApiProperty({ example: null, nullable: true, type: String })
  releaseReason: string | null;
}
