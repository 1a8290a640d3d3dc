import { Roles } from '@app/common/auth/roles.decorator';
import { ADMIN } from '@app/common/auth/roles';
import { RedisJobLock } from '@app/common/locks/redis-job-lock';
import { YearMonth } from '@app/common/time/year-month';
import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { RunAllowanceJobDto } from '../allowances/dto/run-job.dto';
import { ServiceSubsidyService } from './service-subsidy.service';

const LOCK_NAME = 'elderly-care:service-subsidy';
const LOCK_TTL_MS = 60_000;

@ApiTags('service-subsidies')
@ApiBearerAuth()
@Controller('api/v1/service-subsidies')
export class ServiceSubsidyController {
  constructor(
    private readonly subsidies: ServiceSubsidyService,
    private readonly lock: RedisJobLock,
  ) {}

  /** Starts the subsidy of enrolled people who turned 80 by the month (admin; idempotent). */
  @Post('run')
  @HttpCode(200)
  @Roles(ADMIN)
  async run(@Body() dto: RunAllowanceJobDto) {
    const result = await this.lock.runExclusive(LOCK_NAME, LOCK_TTL_MS, () => this.subsidies.startDue(YearMonth.parse(dto.month)));
    return result.ran ? { ran: true, month: dto.month, started: result.result } : { ran: false, month: dto.month };
  }
}
