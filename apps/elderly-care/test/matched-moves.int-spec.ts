import type { MatchedMove, MovesMatchedV1 } from '@app/contracts';
import { sampleEvents } from '@app/contracts/testing/event-samples';
import { randomUUID } from 'node:crypto';
import { residentId } from '../../../test/support/resident-ids';
import { publishEnvelope, publishEvent } from '../../../test/support/service-under-test';
import { waitFor } from '../../../test/support/wait-for';
import { ElderlyCareTestKit } from './elderly-care-test-kit';

describe('moves matched in public security files (real PostgreSQL, Redis, RabbitMQ)', () => {
  const kit = new ElderlyCareTestKit('elderly_matched_moves');
  const mover = residentId('110105', '19400115', 81);
  const stayer = residentId('110105', '19400116', 82);
  const stranger = residentId('110105', '19400117', 83);

  let stopped: Awaited<ReturnType<ElderlyCareTestKit['listen']>>;

  beforeAll(async () => {
    await kit.start();
    stopped = await kit.listen('elderly-care.allowance.stopped.v1');
  });

  afterAll(async () => {
    await stopped?.close();
    await kit.stop();
  });

  const move = (id: string, over: Partial<MatchedMove> = {}): MatchedMove => ({
    matchId: randomUUID(),
    residentId: id,
    name: '李秀英',
    movedOn: '2024-06-10',
    destination: '广东省深圳市',
    reference: `迁出-2024-${id.slice(-6)}`,
    ...over,
  });

  const chunkOf = (moves: MatchedMove[]): MovesMatchedV1 => ({
    importId: randomUUID(),
    department: 'PUBLIC_SECURITY',
    dataSet: 'HOUSEHOLD_REGISTRATION',
    asOf: '2024-08-31',
    chunk: { index: 0, count: 1 },
    moves,
  });

  const allowancesOf = async (id: string) => (await kit.db.query(`SELECT kind, stop_from_month, stop_reason FROM allowance WHERE resident_id = $1 ORDER BY kind`, [id])).rows;
  const movesOf = (id: string) => kit.count(`SELECT count(*) AS n FROM residence_change WHERE resident_id = $1`, [id]);
  const auditOf = (importId: string) => kit.count(`SELECT count(*) AS n FROM audit_log WHERE actor = $1`, [`system:data-exchange:${importId}`]);

  it('stops the high-age allowance of an elder who moved away (MOVED_AWAY), once however often the chunk arrives', async () => {
    expect((await kit.importElders([{ residentId: mover }, { residentId: stayer }])).accepted).toBe(2);
    await kit.runAllowanceJob('2024-06');
    expect(await allowancesOf(mover)).toEqual([{ kind: 'HIGH_AGE', stop_from_month: null, stop_reason: null }]);

    const chunk = chunkOf([move(mover), move(stranger)]);
    const event = await publishEvent('data-exchange.moves.matched.v1', chunk, chunk.importId);
    await kit.consumed(event.id);
    expect(await allowancesOf(mover)).toEqual([{ kind: 'HIGH_AGE', stop_from_month: '2024-07', stop_reason: 'MOVED_AWAY' }]);
    const recorded = await kit.db.query(`SELECT source, recorded_by, to_char(moved_on, 'YYYY-MM-DD') AS moved_on FROM residence_change WHERE resident_id = $1`, [mover]);
    expect(recorded.rows).toEqual([{ source: 'PUBLIC_SECURITY', recorded_by: `data-exchange:${chunk.importId}`, moved_on: '2024-06-10' }]);
    await waitFor('the stopped event', () => stopped.received().some((e) => e.data.residentId === mover));
    expect(stopped.received().filter((e) => e.data.residentId === mover).map((e) => [e.data.kind, e.data.reason, e.data.stopFromMonth])).toEqual([['HIGH_AGE', 'MOVED_AWAY', '2024-07']]);
    // Nobody elderly-care does not know is recorded, and the elder who stayed keeps the allowance.
    expect(await movesOf(stranger)).toBe(0);
    expect(await allowancesOf(stayer)).toEqual([{ kind: 'HIGH_AGE', stop_from_month: null, stop_reason: null }]);
    const audited = await auditOf(chunk.importId);
    expect(audited).toBeGreaterThanOrEqual(2); // the move and the stop

    // The same event again stops at the inbox; the same chunk in a new event records and audits nothing new.
    await publishEnvelope(event);
    const again = await publishEvent('data-exchange.moves.matched.v1', chunk, chunk.importId);
    await kit.consumed(again.id);
    expect(await movesOf(mover)).toBe(1);
    expect(await auditOf(chunk.importId)).toBe(audited);
    expect(await kit.count(`SELECT count(*) AS n FROM outbox WHERE routing_key = 'elderly-care.allowance.stopped.v1' AND envelope->>'subject' = $1`, [mover])).toBe(1);
  });

  it('stops the service subsidy of a person known only from a 低保 enrollment', async () => {
    const enrolled = residentId('110105', '19400118', 86);
    const started = await kit.publish(
      'social-assistance.enrollment.started.v1',
      { ...sampleEvents['social-assistance.enrollment.started.v1'], enrollmentId: randomUUID(), residentId: enrolled, effectiveMonth: '2024-06', birthDate: '1940-01-18' },
      enrolled,
    );
    await kit.consumed(started);
    await kit.runAllowanceJob('2024-06');
    expect(await allowancesOf(enrolled)).toEqual([{ kind: 'SERVICE_SUBSIDY', stop_from_month: null, stop_reason: null }]);
    expect(await kit.count(`SELECT count(*) AS n FROM elder WHERE resident_id = $1`, [enrolled])).toBe(0);

    const chunk = chunkOf([move(enrolled, { movedOn: '2024-07-01' })]);
    await kit.consumed(await kit.publish('data-exchange.moves.matched.v1', chunk, chunk.importId));
    expect(await allowancesOf(enrolled)).toEqual([{ kind: 'SERVICE_SUBSIDY', stop_from_month: '2024-08', stop_reason: 'MOVED_AWAY' }]);
  });

  it('records the moves it can and leaves a date in the future, without failing the chunk', async () => {
    const early = residentId('110105', '19400201', 84);
    const late = residentId('110105', '19400202', 85);
    expect((await kit.importElders([{ residentId: early }, { residentId: late }])).accepted).toBe(2);
    const chunk = chunkOf([move(early, { movedOn: '2999-01-01' }), move(late, { movedOn: '2024-05-02' })]);
    await kit.consumed(await kit.publish('data-exchange.moves.matched.v1', chunk, chunk.importId));
    expect(await movesOf(early)).toBe(0);
    expect(await movesOf(late)).toBe(1);
  });
});
