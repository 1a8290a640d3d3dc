// Starting and stopping per-person enrollments with their events, shared by the HTTP lifecycle and
// the death consumer. The events go into the outbox of `manager`'s transaction; their correlation
// and causation come from the request or handled event (EventPublisher).
import { parseResidentId } from '@app/common/resident-id/resident-id';
import type { YearMonth } from '@app/common/time/year-month';
import type { EventOf } from '@app/contracts';
import type { EventPublisher } from '@app/messaging';
import { IsNull, type EntityManager } from 'typeorm';
import { Enrollment, type AssistanceCase } from './assistance-case.entity';
import { endSpells } from '../monitoring/monitoring-spells';
import { claimCoverage } from '../one-guarantee/one-guarantee';

export type StopReason = EventOf<'social-assistance.enrollment.stopped.v1'>['reason'];

/**
 * Starts the people's enrollments (their coverage claims, DOMAIN §1 one person, one guarantee: a
 * person already covered refuses the change with 409) and emits enrollment.started for each;
 * their monitoring spells end (ENROLLED).
 */
export async function startEnrollments(manager: EntityManager, publisher: EventPublisher, c: AssistanceCase, residentIds: string[], startMonth: YearMonth, today: string): Promise<Enrollment[]> {
  const enrollments = await claimCoverage(
    manager,
    residentIds.map((residentId) => ({ caseId: c.id, householdId: c.householdId, residentId, program: c.program, startMonth: startMonth.toString() })),
    startMonth,
  );
  // Enrolled people leave dynamic monitoring (动态监测) from their first month covered.
  await endSpells(manager, publisher, { residentIds: enrollments.map((e) => e.residentId) }, 'ENROLLED', startMonth);
  for (const e of enrollments) {
    await publisher.publish(
      manager,
      'social-assistance.enrollment.started.v1',
      {
        enrollmentId: e.id,
        householdId: e.householdId,
        residentId: e.residentId,
        program: e.program,
        effectiveMonth: e.startMonth,
        birthDate: parseResidentId(e.residentId, today).birthDate,
        // Central-care 特困 people are cared for by their institution: the elderly service subsidy
        // and others read the care form to tell them apart.
        ...(c.program === 'TEKUN' && c.careForm ? { careForm: c.careForm } : {}),
      },
    );
  }
  return enrollments;
}

/** The last month paid for a case, or null. */
export async function lastPaidMonth(manager: EntityManager, caseId: string): Promise<string | null> {
  const rows: Array<{ month: string | null }> = await manager.query(`SELECT max(month) AS month FROM payment_line WHERE case_id = $1 AND payroll_id IS NOT NULL`, [caseId]);
  return rows[0]?.month ?? null;
}

/**
 * Stops the still-open enrollments of a case (all, or only the given people) from `stopFrom` and
 * emits enrollment.stopped for each. Returns the enrollments stopped.
 */
export async function stopEnrollments(
  manager: EntityManager,
  publisher: EventPublisher,
  c: AssistanceCase,
  stopFrom: YearMonth,
  reason: StopReason,
  options: { residentIds?: string[]; causeEventId?: string } = {},
): Promise<Enrollment[]> {
  const open = await manager.find(Enrollment, { where: { caseId: c.id, stopFromMonth: IsNull() } });
  const targets = options.residentIds ? open.filter((e) => options.residentIds!.includes(e.residentId)) : open;
  const paid = await lastPaidMonth(manager, c.id);
  for (const e of targets) {
    await manager.update(Enrollment, { id: e.id }, { stopFromMonth: stopFrom.toString(), stopReason: reason });
    await publisher.publish(
      manager,
      'social-assistance.enrollment.stopped.v1',
      {
        enrollmentId: e.id,
        householdId: e.householdId,
        residentId: e.residentId,
        program: e.program,
        reason,
        stopFromMonth: stopFrom.toString(),
        lastPaidMonth: paid,
        ...(options.causeEventId ? { causeEventId: options.causeEventId } : {}),
      },
    );
  }
  return targets;
}
