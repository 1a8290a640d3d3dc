import { checkResidentId } from '@app/common/resident-id/resident-id';
import { Clock } from '@app/common/time/clock';
import type { MatchedMove, MovesMatchedV1 } from '@app/contracts';
import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ResidenceService } from '../residence/residence.service';
import { moveDateProblem } from '../residence/rules/residence-change.rule';

export interface MatchedMovesApplied {
  /** Moves recorded now, each through the residence path (allowance and subsidy stop). */
  recorded: number;
  allowancesStopped: number;
  overpaidFen: number;
  /** The same move already recorded (an earlier delivery, or reported by hand): nothing to do. */
  alreadyRecorded: number;
  /** People elderly-care holds nothing of (no registry entry, allowance or enrollment): nothing to stop. */
  unknown: number;
  /** A date the residence path refuses (future, before birth): left for the department to correct. */
  refused: number;
}

/** The endpoint's check of the date, against the registry's birth date or else the resident ID's. */
function dateProblem(move: MatchedMove, registryBirthDate: string | null, today: string): string | null {
  if (registryBirthDate !== null) return moveDateProblem(move.movedOn, registryBirthDate, today);
  const id = checkResidentId(move.residentId, today);
  return id.ok ? moveDateProblem(move.movedOn, id.info.birthDate, today) : `residentId is not valid (${id.code})`;
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
    const known = await this.knownOf(manager, residentIds);
    const recorded: Array<{ resident_id: string; moved_on: string }> = await manager.query(
      `SELECT resident_id, to_char(moved_on, 'YYYY-MM-DD') AS moved_on FROM residence_change WHERE resident_id = ANY($1::char(18)[])`,
      [residentIds],
    );
    const done = new Set(recorded.map((r) => `${r.resident_id}/${r.moved_on}`));
    const today = this.clock.today();
    const applied: MatchedMovesApplied = { recorded: 0, allowancesStopped: 0, overpaidFen: 0, alreadyRecorded: 0, unknown: 0, refused: 0 };
    for (const move of chunk.moves) {
      if (!known.has(move.residentId)) {
        applied.unknown++;
        continue;
      }
      const key = `${move.residentId}/${move.movedOn}`;
      if (done.has(key)) {
        applied.alreadyRecorded++;
        continue;
      }
      const problem = dateProblem(move, known.get(move.residentId) ?? null, today);
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

  /**
   * The people of the chunk elderly-care holds anything of: the elder registry, an allowance or
   * subsidy, or a 低保/特困 enrollment (a subsidy may start from it, and is then held back by a
   * recorded move). With the registry's birth date where there is one.
   */
  private async knownOf(manager: EntityManager, residentIds: string[]): Promise<Map<string, string | null>> {
    const rows: Array<{ resident_id: string; birth_date: string | null }> = await manager.query(
      `SELECT k.resident_id, to_char(e.birth_date, 'YYYY-MM-DD') AS birth_date
       FROM (SELECT resident_id FROM elder WHERE resident_id = ANY($1::char(18)[])
             UNION SELECT resident_id FROM allowance WHERE resident_id = ANY($1::char(18)[])
             UNION SELECT resident_id FROM assistance_enrollment WHERE resident_id = ANY($1::char(18)[])) AS k
       LEFT JOIN elder e ON e.resident_id = k.resident_id`,
      [residentIds],
    );
    return new Map(rows.map((r) => [r.resident_id, r.birth_date]));
  }
}
