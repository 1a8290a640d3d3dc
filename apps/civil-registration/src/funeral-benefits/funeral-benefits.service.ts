import { PolicyService } from '@app/common/policy/policy.service';
import { Clock } from '@app/common/time/clock';
import type { CloudEvent } from '@app/contracts';
import { EventPublisher, type EventBatchContext } from '@app/messaging';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, In, type EntityManager } from 'typeorm';
import { EnrollmentStatus } from '../enrollments/enrollment-status.entity';
import type { CivilRegistrationPolicies } from '../policy-catalogue';
import { paymentsOf, type FuneralBenefitPaymentView } from './funeral-benefit-payables';
import { FuneralBenefit } from './funeral-benefit.entity';
import { enrolledAt, funeralBenefitAmount, type FuneralBenefitDecision } from './rules/funeral-benefit-amount.rule';

type DeathEvent = CloudEvent<'civil-registration.death.registered.v1'>;

export const FUNERAL_BENEFIT_BASIC_KEY = 'civil-registration.funeral-benefit.basic-fen';
export const FUNERAL_BENEFIT_EXTRA_KEY = 'civil-registration.funeral-benefit.dibao-tekun-extra-fen';

export interface FuneralBenefitResponse {
  id: string;
  deathId: string;
  residentId: string;
  amountFen: number;
  basis: 'BASIC' | 'DIBAO_TEKUN';
  grantedOn: string;
  dateOfDeath: string;
  status: FuneralBenefit['status'];
  claimantResidentId: string | null;
  claimantName: string | null;
  claimantRelation: string | null;
  approvedBy: string | null;
  approvedOn: string | null;
  payments: FuneralBenefitPaymentView[];
}

function toResponse(b: FuneralBenefit, payments: FuneralBenefitPaymentView[]): FuneralBenefitResponse {
  const { id, deathId, residentId, amountFen, basis, grantedOn, dateOfDeath, status, claimantResidentId, claimantName, claimantRelation, approvedBy, approvedOn } = b;
  return { id, deathId, residentId, amountFen, basis, grantedOn, dateOfDeath, status, claimantResidentId, claimantName, claimantRelation, approvedBy, approvedOn, payments };
}

@Injectable()
export class FuneralBenefitsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: PolicyService<CivilRegistrationPolicies>,
    private readonly clock: Clock,
    private readonly publisher: EventPublisher,
  ) {}

  /**
   * Grants the benefit for each recorded death of a micro-batch, once (unique death_id): a
   * redelivered or replayed death event grants nothing more. One statement reads the read model of
   * every person of the batch, one inserts the benefits, one writes the announcements of those
   * inserted (each made as the cause of its death). A missing policy figure throws, so the batch
   * is retried event by event and that death ends in the dead-letter queue until an administrator
   * adds the figure and replays it.
   */
  async grantForDeaths(events: ReadonlyArray<DeathEvent>, ctx: EventBatchContext<'civil-registration.death.registered.v1'>): Promise<void> {
    const manager = ctx.manager;
    const spells = await this.spellsOf(manager, events.map((e) => e.data.residentId));
    const grantedOn = this.clock.today();
    const grants: Array<{ id: string; event: DeathEvent; decision: FuneralBenefitDecision }> = [];
    for (const event of events) {
      const death = event.data;
      const basicFen = await this.policy.require(FUNERAL_BENEFIT_BASIC_KEY, death.dateOfDeath, manager);
      const dibaoTekunExtraFen = await this.policy.require(FUNERAL_BENEFIT_EXTRA_KEY, death.dateOfDeath, manager);
      const decision = funeralBenefitAmount(enrolledAt(spells.get(death.residentId) ?? [], death.dateOfDeath), { basicFen, dibaoTekunExtraFen });
      grants.push({ id: randomUUID(), event, decision });
    }
    const column = <T>(of: (g: (typeof grants)[number]) => T) => grants.map(of);
    const inserted: Array<{ id: string }> = await manager.query(
      `INSERT INTO funeral_benefit (id, death_id, resident_id, amount_fen, basis, granted_on, date_of_death)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::varchar[], $4::bigint[], $5::varchar[], $6::date[], $7::date[])
       ON CONFLICT (death_id) DO NOTHING RETURNING id`,
      [
        column((g) => g.id),
        column((g) => g.event.data.deathId),
        column((g) => g.event.data.residentId),
        column((g) => g.decision.amountFen),
        column((g) => g.decision.basis),
        column(() => grantedOn),
        column((g) => g.event.data.dateOfDeath),
      ],
    );
    const granted = new Set(inserted.map((row) => row.id));
    const announcements: CloudEvent[] = [];
    for (const { id, event, decision } of grants) {
      if (!granted.has(id)) continue;
      const { deathId, residentId } = event.data;
      const data = { benefitId: id, deathId, residentId, amountFen: decision.amountFen, basis: decision.basis, grantedOn };
      announcements.push(...(await ctx.asCauseOf(event, async () => this.publisher.envelopes([{ type: 'civil-registration.funeral-benefit.granted.v1', data }]))));
    }
    await this.publisher.write(manager, announcements);
  }

  /** The read model's enrollment spells of these people, by resident ID. */
  private async spellsOf(manager: EntityManager, residentIds: string[]): Promise<Map<string, EnrollmentStatus[]>> {
    const rows = await manager.findBy(EnrollmentStatus, { residentId: In([...new Set(residentIds)]) });
    const byResident = new Map<string, EnrollmentStatus[]>();
    for (const row of rows) byResident.set(row.residentId, [...(byResident.get(row.residentId) ?? []), row]);
    return byResident;
  }

  async findByResident(residentId: string): Promise<FuneralBenefitResponse[]> {
    const rows = await this.dataSource.manager.find(FuneralBenefit, { where: { residentId }, order: { grantedOn: 'ASC' } });
    const payments = await paymentsOf(this.dataSource.manager, rows.map((b) => b.id));
    return rows.map((b) => toResponse(b, payments.get(b.id) ?? []));
  }
}
