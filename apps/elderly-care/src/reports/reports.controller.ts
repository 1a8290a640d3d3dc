import { READERS } from '@app/common/auth/roles';
import { Roles } from '@app/common/auth/roles.decorator';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { ReportsService } from './reports.service';

class AnnualQueryDto {
  @ApiProperty({ example: 2024 })
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;
}

@ApiTags('reports')
@ApiBearerAuth()
@Controller('api/v1/reports')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  /** Annual statistics: recipients per tier, money in fen, assessments by level, home care, beds. */
  @Get('annual')
  @Roles(...READERS)
  async annual(@Query() query: AnnualQueryDto) {
    return this.reports.annual(query.year);
  }
}
