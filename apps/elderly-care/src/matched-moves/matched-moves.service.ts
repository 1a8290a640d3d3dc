import { Clock } from '@app/common/time/clock';
import type { MovesMatchedV1 } from '@app/contracts';
import { Injectable, Logger } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { Elder } from '../elders/elder.entity';
import { ResidenceService } from '../residence/residence.service';
import { moveDateProblem } from '../residence/rules/residence-change.rule';

export interface MatchedMovesApplied {
  /** Moves recorded now, each through the residence path (allowance and subsidy stop). */
  recorded: number;
  allowancesStopped: number;
  overpaidFen: number;
  /** The same move already recorded (an earlier delivery, or reported by hand): nothing to do. */
  alreadyRecorded: number;
  /** People elderly-care does not know: nothing of theirs to stop. */
  unknown: number;
  /** A date the residence path refuses (future, before birth): left for the department to correct. */
  refused: number;
}

/**
 * 户籍迁出 matched by data-exchange: each move of a known elder is recorded through the residence
 * path with source PUBLIC_SECURITY, in the consumer's transaction. Known people and moves already
 * recorded are read once per chunk, so a chunk arriving again records and audits nothing new.
 */
@Injectable()
export class MatchedMovesService {
  private readonly logger = new Logger(MatchedMovesService.name);

  constructor(
    private readonly residence: ResidenceService,
    private readonly clock: Clock,
  ) {}

  async apply(manager: EntityManager, chunk: MovesMatchedV1): Promise<MatchedMovesApplied> {
    const actor = { system: `data-exchange:${chunk.importId}` };
    const residentIds = [...new Set(chunk.moves.map((m) => m.residentId))];
    const birthDates = new Map((await manager.findBy(Elder, { residentId: In(residentIds) })).map((e) => [e.residentId, e.birthDate]));
    const recorded: Array<{ resident_id: string; moved_on: string }> = await manager.query(
      `SELECT resident_id, to_char(moved_on, 'YYYY-MM-DD') AS moved_on FROM residence_change WHERE resident_id = ANY($1::char(18)[])`,
      [residentIds],
    );
    const done = new Set(recorded.map((r) => `${r.resident_id}/${r.moved_on}`));
    const today = this.clock.today();
    const applied: MatchedMovesApplied = { recorded: 0, allowancesStopped: 0, overpaidFen: 0, alreadyRecorded: 0, unknown: 0, refused: 0 };
    for (const move of chunk.moves) {
      const birthDate = birthDates.get(move.residentId);
      if (birthDate === undefined) {
        applied.unknown++;
        continue;
      }
      const key = `${move.residentId}/${move.movedOn}`;
      if (done.has(key)) {
        applied.alreadyRecorded++;
        continue;
      }
      const problem = moveDateProblem(move.movedOn, birthDate, today);
      if (problem) {
        this.logger.warn(`import ${chunk.importId}, match ${move.matchId}: move not recorded, ${problem}`);
        applied.refused++;
        continue;
      }
      const outcome = await this.residence.apply(manager, { residentId: move.residentId, movedOn: move.movedOn, source: 'PUBLIC_SECURITY', receivedAt: this.clock.now() }, actor);
      done.add(key);
      applied.recorded++;
      applied.allowancesStopped += outcome.stopped;
      applied.overpaidFen += outcome.overpaidFen;
    }
    return applied;
  }
}
