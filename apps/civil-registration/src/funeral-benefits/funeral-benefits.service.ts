import { PolicyService } from '@app/common/policy/policy.service';
import { Clock } from '@app/common/time/clock';
import type { EventOf } from '@app/contracts';
import { EventPublisher, type EventContext } from '@app/messaging';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { EnrollmentStatus } from '../enrollments/enrollment-status.entity';
import type { CivilRegistrationPolicies } from '../policy-catalogue';
import { paymentsOf, type FuneralBenefitPaymentView } from './funeral-benefit-payables';
import { FuneralBenefit } from './funeral-benefit.entity';
import { enrolledAt, funeralBenefitAmount } from './rules/funeral-benefit-amount.rule';

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
   * Grants the benefit for a recorded death, once (unique death_id): a redelivered or replayed
   * death event grants nothing more. A missing policy figure throws, so the event is retried and
   * ends in the dead-letter queue until an administrator adds the figure and replays it.
   */
  async grantForDeath(death: EventOf<'civil-registration.death.registered.v1'>, ctx: EventContext): Promise<void> {
    const manager = ctx.manager;
    const periods = await manager.findBy(EnrollmentStatus, { residentId: death.residentId });
    const basicFen = await this.policy.require(FUNERAL_BENEFIT_BASIC_KEY, death.dateOfDeath, manager);
    const dibaoTekunExtraFen = await this.policy.require(FUNERAL_BENEFIT_EXTRA_KEY, death.dateOfDeath, manager);
    const decision = funeralBenefitAmount(enrolledAt(periods, death.dateOfDeath), { basicFen, dibaoTekunExtraFen });
    const grantedOn = this.clock.today();
    const inserted: Array<{ id: string }> = await manager.query(
      `INSERT INTO funeral_benefit (death_id, resident_id, amount_fen, basis, granted_on, date_of_death)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (death_id) DO NOTHING RETURNING id`,
      [death.deathId, death.residentId, decision.amountFen, decision.basis, grantedOn, death.dateOfDeath],
    );
    if (inserted.length === 0) return;
    await this.publisher.publish(
      manager,
      'civil-registration.funeral-benefit.granted.v1',
      { benefitId: inserted[0].id, deathId: death.deathId, residentId: death.residentId, amountFen: decision.amountFen, basis: decision.basis, grantedOn },
    );
  }

  async findByResident(residentId: string): Promise<FuneralBenefitResponse[]> {
    const rows = await this.dataSource.manager.find(FuneralBenefit, { where: { residentId }, order: { grantedOn: 'ASC' } });
    const payments = await paymentsOf(this.dataSource.manager, rows.map((b) => b.id));
    return rows.map((b) => toResponse(b, payments.get(b.id) ?? []));
  }
}
