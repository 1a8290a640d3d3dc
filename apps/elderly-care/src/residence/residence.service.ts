import type { AuditActor } from '@app/common/audit/audit.service';
import { AuditService } from '@app/common/audit/audit.service';
import type { Principal } from '@app/common/auth/claims';
import { assertWithinDivision } from '@app/common/auth/division-scope';
import { ProblemException } from '@app/common/http/problem';
import { parseResidentId } from '@app/common/resident-id/resident-id';
import { Clock } from '@app/common/time/clock';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AllowanceLifecycle } from '../allowances/allowance-lifecycle';
import { Elder } from '../elders/elder.entity';
import type { RecordMoveDto } from './dto/record-move.dto';
import { moveDateProblem, stopFromMonthAfterMove, type MoveSource } from './rules/residence-change.rule';

export interface MoveRecorded {
  residentId: string;
  movedOn: string;
  source: MoveSource;
  stopFromMonth: string;
  created: boolean;
  stopped: number;
  overpaidFen: number;
}

export interface Move {
  residentId: string;
  movedOn: string;
  source: MoveSource;
  receivedAt: Date;
}

@Injectable()
export class ResidenceService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly lifecycle: AllowanceLifecycle,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** POST: a move away reported for one person (idempotent per person and day). */
  async record(residentIdInput: string, dto: RecordMoveDto, actor: Principal): Promise<MoveRecorded> {
    const residentId = residentIdInput.toUpperCase();
    const elder = await this.dataSource.getRepository(Elder).findOneBy({ residentId });
    if (elder) assertWithinDivision(actor, elder.region, 'residentId');
    const birthDate = elder?.birthDate ?? parseResidentId(residentId, this.clock.today()).birthDate;
    const problem = moveDateProblem(dto.movedOn, birthDate, this.clock.today());
    if (problem) throw new ProblemException({ status: 422, code: 'RESIDENCE.DATE_INVALID', detail: problem, errors: [{ field: 'movedOn', code: 'moveDate', message: problem }] });
    const receivedAt = dto.receivedAt ? new Date(dto.receivedAt) : this.clock.now();
    return this.dataSource.transaction((manager) => this.apply(manager, { residentId, movedOn: dto.movedOn, source: dto.source, receivedAt }, actor));
  }

  /**
   * Records the move and stops every allowance and subsidy from the month after it, recording
   * what was paid for later months as an overpayment, as after a death. In the caller's transaction.
   */
  async apply(manager: EntityManager, move: Move, actor: AuditActor): Promise<MoveRecorded> {
    const inserted: { id: string }[] = await manager.query(
      `INSERT INTO residence_change (resident_id, moved_on, source, received_at, recorded_by) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (resident_id, moved_on) DO NOTHING RETURNING id`,
      [move.residentId, move.movedOn, move.source, move.receivedAt, 'system' in actor ? actor.system : actor.sub],
    );
    const stopFromMonth = stopFromMonthAfterMove(move.movedOn).toString();
    if (inserted.length > 0) {
      await this.audit.record(manager, { actor, action: 'residence.moved-away', entityType: 'residence-change', entityId: inserted[0].id, after: { ...move, stopFromMonth } });
    }
    const { stopped, overpaidFen } = await this.lifecycle.stopAllOf(manager, move.residentId, stopFromMonth, 'MOVED_AWAY', actor);
    return { residentId: move.residentId, movedOn: move.movedOn, source: move.source, stopFromMonth, created: inserted.length > 0, stopped, overpaidFen };
  }
}
