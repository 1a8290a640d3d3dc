import { AuditService } from '@app/common/audit/audit.service';
import type { Principal } from '@app/common/auth/claims';
import { ProblemException } from '@app/common/http/problem';
import { PolicyService } from '@app/common/policy/policy.service';
import { Clock } from '@app/common/time/clock';
import { YearMonth } from '@app/common/time/year-month';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DibaoPolicy, monthValue } from '../dibao/dibao-policy';
import type { GrantReliefDto, ReliefResponse } from './dto/temporary-relief.dto';
import { maxReliefFen, reliefProblem } from './rules/relief-limit';
import { TemporaryRelief } from './temporary-relief.entity';

export const RELIEF_MONTHS_KEY = 'social-assistance.temporary-relief.max-months-of-standard';

function toResponse(r: TemporaryRelief): ReliefResponse {
  const { id, residentId, area, amountFen, reason, grantedOn, grantedBy } = r;
  return { id, residentId, area, amountFen, reason, grantedOn, grantedBy };
}

@Injectable()
export class TemporaryReliefService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  async grant(dto: GrantReliefDto, principal: Principal): Promise<ReliefResponse> {
    const today = this.clock.today();
    const month = YearMonth.fromDate(today);
    const residentId = dto.residentId.toUpperCase();
    return this.dataSource.transaction(async (manager) => {
      const dead = await manager.query(`SELECT 1 FROM death_notice WHERE resident_id = $1`, [residentId]);
      if (dead.length > 0) throw new ProblemException({ status: 422, code: 'RELIEF.PERSON_DECEASED', detail: 'A death is recorded for this person.' });
      const standard = (await DibaoPolicy.load(this.policy, manager)).standard(dto.area, month);
      const months = monthValue<number>(await this.policy.rows(RELIEF_MONTHS_KEY, manager), RELIEF_MONTHS_KEY, month);
      const max = maxReliefFen(standard, months);
      const problem = reliefProblem(dto.amountFen, max);
      if (problem) throw new ProblemException({ status: 422, code: `RELIEF.${problem}`, detail: `A grant may be at most ${max} fen (${months} months of the standard).` });
      const saved = await manager.save(
        manager.create(TemporaryRelief, { residentId, area: dto.area, amountFen: dto.amountFen, reason: dto.reason.trim(), grantedOn: today, grantedBy: principal.sub }),
      );
      await this.audit.record(manager, { actor: principal, action: 'temporary-relief.granted', entityType: 'temporary-relief', entityId: saved.id, after: toResponse(saved) });
      return toResponse(saved);
    });
  }

  async find(residentId: string): Promise<ReliefResponse[]> {
    const rows = await this.dataSource.manager.find(TemporaryRelief, { where: { residentId: residentId.toUpperCase() }, order: { grantedOn: 'ASC' } });
    return rows.map(toResponse);
  }
}
