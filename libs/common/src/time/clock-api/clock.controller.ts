import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiResponse, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import type { Principal } from '../../auth/claims';
import { CurrentPrincipal } from '../../auth/current-principal.decorator';
import { ADMIN, READERS } from '../../auth/roles';
import { Roles } from '../../auth/roles.decorator';
import { ProblemException } from '../../http/problem';
import { Clock } from '../clock';
import { ClockBackwardsError, clockMode, SimulatedClock } from '../simulated-clock';
import { ClockResponse, MoveClockDto } from './clock.dto';
import { SimulatedClockStore } from './simulated-clock.store';

/**
 * The service's "today", and, on a simulated run (CLOCK_SIMULATED_START; never in production),
 * the simulator's way to move it forward: the monthly jobs then run for the simulated month as
 * they would on the real one.
 */
@ApiTags('clock')
@ApiBearerAuth()
@Controller('api/v1/clock')
export class ClockController {
  constructor(
    private readonly clock: Clock,
    private readonly store: SimulatedClockStore,
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  @Get()
  @Roles(...READERS)
  @ApiOkResponse({ type: ClockResponse })
  read(): ClockResponse {
    return { mode: clockMode(this.clock), now: this.clock.now().toISOString(), today: this.clock.today() };
  }

  /** Moves a simulated clock forward (admin). */
  @Put()
  @Roles(ADMIN)
  @ApiOkResponse({ type: ClockResponse })
  @ApiResponse({ status: 409, description: 'CLOCK.NOT_SIMULATED (the service runs on the system or a fixed clock), CLOCK.BACKWARDS (simulated time moves only forward)' })
  async move(@Body() dto: MoveClockDto, @CurrentPrincipal() principal: Principal): Promise<ClockResponse> {
    const clock = this.clock;
    if (!(clock instanceof SimulatedClock)) {
      throw new ProblemException({ status: 409, code: 'CLOCK.NOT_SIMULATED', detail: `the service runs on the ${clockMode(clock)} clock; set CLOCK_SIMULATED_START to simulate time` });
    }
    const before = this.read();
    try {
      await this.store.advance(clock, dto.at);
    } catch (err) {
      if (!(err instanceof ClockBackwardsError)) throw err;
      throw new ProblemException({ status: 409, code: 'CLOCK.BACKWARDS', detail: err.message, errors: [{ field: 'at', code: 'backwards', message: `must not be before ${before.now}` }] });
    }
    const after = this.read();
    await this.audit.record(this.dataSource.manager, { actor: principal, action: 'clock.moved', entityType: 'clock', entityId: 'simulated', before: { today: before.today }, after: { today: after.today } });
    return after;
  }
}
