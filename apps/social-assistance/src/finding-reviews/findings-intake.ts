import { AuditService } from '@app/common/audit/audit.service';
import type { EventOf } from '@app/contracts';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { EarlyWarningsService } from '../early-warnings/early-warnings.service';
import { openFindingReviews, openMoveReviews } from './finding-review-intake';

const ACTOR = { system: 'social-assistance' };

/** One chunk of findings or moves in the handled event's transaction: reviews, then warnings; one audit entry per chunk. */
@Injectable()
export class FindingsIntake {
  constructor(
    private readonly audit: AuditService,
    private readonly warnings: EarlyWarningsService,
  ) {}

  async findings(manager: EntityManager, chunk: EventOf<'data-exchange.findings.raised.v1'>, eventId: string): Promise<void> {
    const opened = await openFindingReviews(manager, chunk.findings, { ...chunk, eventId });
    const raised = await this.warnings.fromFindings(manager, chunk.findings);
    await this.record(manager, chunk, { findings: chunk.findings.length, reviewsOpened: opened, warningsRaised: raised });
  }

  async moves(manager: EntityManager, chunk: EventOf<'data-exchange.moves.matched.v1'>, eventId: string): Promise<void> {
    const opened = await openMoveReviews(manager, chunk.moves, { ...chunk, eventId });
    await this.record(manager, chunk, { moves: chunk.moves.length, reviewsOpened: opened });
  }

  private async record(manager: EntityManager, chunk: { importId: string; dataSet: string; chunk: { index: number; count: number } }, after: Record<string, number>): Promise<void> {
    // Only a chunk that changed something leaves a trace: a redelivery opens nothing and records nothing.
    if (Object.entries(after).every(([k, n]) => k === 'findings' || k === 'moves' || n === 0)) return;
    await this.audit.record(manager, { actor: ACTOR, action: 'finding-reviews.intake', entityType: 'data-exchange-import', entityId: chunk.importId, after: { dataSet: chunk.dataSet, chunk: chunk.chunk, ...after } });
  }
}
