import { AuditService } from '@app/common/audit/audit.service';
import { Clock } from '@app/common/time/clock';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AssistanceCase } from '../cases/assistance-case.entity';
import { earlierDue } from './rules/review-due.rule';

const ACTOR = { system: 'social-assistance' };

/** Bringing 低保 reviews forward after a marriage or divorce (the list of reviews due is GET /work-lists/reviews-due). */
@Injectable()
export class ReviewsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  /** Open 低保 cases of households with a living member among `residentIds` become due on `onDate`. */
  async lifeEvent(manager: EntityManager, residentIds: readonly string[], onDate: string, action: string): Promise<void> {
    const cases = await manager.query(
      `SELECT c.id FROM assistance_case c
       WHERE c.program = 'DIBAO' AND c.status IN ('APPROVED', 'ACTIVE', 'SUSPENDED')
         AND EXISTS (SELECT 1 FROM household_member m WHERE m.household_id = c.household_id AND m.deceased_on IS NULL AND m.resident_id = ANY($1))
       FOR UPDATE`,
      [residentIds.map((id) => id.toUpperCase())],
    );
    for (const { id } of cases as Array<{ id: string }>) {
      const c = await manager.findOneByOrFail(AssistanceCase, { id });
      const due = earlierDue(c.reviewDueOn, onDate);
      if (due === c.reviewDueOn) continue;
      await manager.update(AssistanceCase, { id }, { reviewDueOn: due });
      await this.audit.record(manager, { actor: ACTOR, action, entityType: 'assistance-case', entityId: id, before: { reviewDueOn: c.reviewDueOn }, after: { reviewDueOn: due } });
    }
  }
}
