import { IsResidentId } from '@app/common/http/is-resident-id.decorator';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';

export class ApplyDibaoDto {
  @ApiProperty({ example: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a01', description: 'The household applying.' })
  @IsUUID()
  householdId: string;

  @ApiPropertyOptional({ example: '11010519491231002X', description: '单人户: a severely disabled or seriously ill member of a borderline family applying alone.' })
  @IsOptional()
  @IsResidentId()
  singlePersonResidentId?: string;
}
