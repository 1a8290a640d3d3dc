import { Roles } from '@app/common/auth/roles.decorator';
import { SearchRead } from '@app/common/auth/search-read.decorator';
import { ADMIN, READERS } from '@app/common/auth/roles';
import { IsResidentId } from '@app/common/http/is-resident-id.decorator';
import { YearMonth } from '@app/common/time/year-month';
import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiProperty, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Allowance } from './allowance.entity';
import { RunAllowanceJobDto } from './dto/run-job.dto';
import { HighAgeAllowanceJob } from './high-age-allowance.job';

/** The body of `POST /allowances/search`: the resident ID travels in the body, never in the URL. */
class AllowanceSearchDto {
  @ApiProperty({ example: '11010519491231002X' })
  @IsResidentId()
  residentId!: string;
}

@ApiTags('allowances')
@ApiBearerAuth()
@Controller('api/v1/allowances')
export class AllowancesController {
  constructor(
    private readonly job: HighAgeAllowanceJob,
    private readonly dataSource: DataSource,
  ) {}

  /** Runs the monthly high-age allowance grant for a month (admin; the timer runs it for the current month). */
  @Post('high-age/run')
  @HttpCode(200)
  @Roles(ADMIN)
  async run(@Body() dto: RunAllowanceJobDto) {
    return this.job.run(YearMonth.parse(dto.month));
  }

  /** The allowances of one person; a POST so the resident ID stays out of the URL. */
  @Post('search')
  @SearchRead()
  @HttpCode(200)
  @Roles(...READERS)
  async list(@Body() dto: AllowanceSearchDto) {
    // Resident IDs are masked on the way out by the service kit's PersonalDataModule.
    return this.dataSource.getRepository(Allowance).find({ where: { residentId: dto.residentId.toUpperCase() }, order: { createdAt: 'ASC' } });
  }
}
