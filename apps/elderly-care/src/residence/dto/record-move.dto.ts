import { IsResidentId } from '@app/common/http/is-resident-id.decorator';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateString, IsIn, IsISO8601, IsOptional } from 'class-validator';
import { MOVE_SOURCES, type MoveSource } from '../rules/residence-change.rule';

/** A move away; the person is named in the body, so the resident ID never travels in a URL. */
export class RecordMoveDto {
  @ApiProperty({ example: '11010519491231002X', description: 'Who moved away' })
  @IsResidentId()
  residentId!: string;

  @ApiProperty({ example: '2024-06-10', description: 'Day the person moved away (registration moved out)' })
  @IsDateString({ strict: true })
  movedOn!: string;

  @ApiProperty({ enum: MOVE_SOURCES, description: 'Who reported the move' })
  @IsIn(MOVE_SOURCES)
  source!: MoveSource;

  @ApiPropertyOptional({ example: '2024-08-20T09:00:00+08:00', description: 'When the report reached the bureau (default now)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  receivedAt?: string;
}
