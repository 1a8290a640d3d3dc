import { AuditService } from '@app/common/audit/audit.service';
import type { Principal } from '@app/common/auth/claims';
import { assertWithinDivision } from '@app/common/auth/division-scope';
import { assertCurrentVersion, type ExpectedVersions } from '@app/common/http/if-match';
import { ProblemException } from '@app/common/http/problem';
import { checkResidentId } from '@app/common/resident-id/resident-id';
import { Clock } from '@app/common/time/clock';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { Canteen } from '../canteens/canteen.entity';
import { DeceasedResident } from '../diner-status/deceased-resident.entity';
import { Diner } from './diner.entity';
import type { ConfirmLocalRegistrationDto } from './dto/confirm-local-registration.dto';
import type { RegisterDinerDto } from './dto/register-diner.dto';

@Injectable()
export class DinersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  async register(dto: RegisterDinerDto, actor: Principal): Promise<Diner> {
    const check = checkResidentId(dto.residentId, this.clock.today());
    if (!check.ok) throw new ProblemException({ status: 422, code: 'DINER.INVALID_RESIDENT_ID', detail: `resident ID refused: ${check.code}` });
    return this.dataSource.transaction(async (manager) => {
      const canteen = await manager.findOneBy(Canteen, { id: dto.canteenId });
      if (!canteen) throw new ProblemException({ status: 404, code: 'CANTEEN.NOT_FOUND', detail: `no canteen ${dto.canteenId}` });
      assertWithinDivision(actor, canteen.region, 'canteenId');
      if (await manager.existsBy(DeceasedResident, { residentId: dto.residentId })) {
        throw new ProblemException({ status: 409, code: 'DINER.DECEASED', detail: 'the person is recorded as deceased' });
      }
      const clash = await manager.findOne(Diner, { where: [{ residentId: dto.residentId }, { cardNumber: dto.cardNumber }] });
      if (clash) {
        const code = clash.residentId === dto.residentId ? 'DINER.ALREADY_REGISTERED' : 'DINER.CARD_IN_USE';
        throw new ProblemException({ status: 409, code, detail: 'a diner with this resident ID or card already exists' });
      }
      const diner = await manager.save(
        manager.create(Diner, {
          residentId: dto.residentId,
          cardNumber: dto.cardNumber,
          name: dto.name,
          registeredAtCanteenId: dto.canteenId,
          // Never assumed: absent means not confirmed yet, and the diner eats at full price until it is.
          localRegistration: dto.localRegistration ?? null,
          localRegistrationEvidence: null,
          localRegistrationConfirmedOn: dto.localRegistration === undefined ? null : this.clock.today(),
          active: true,
          deceasedOn: null,
        }),
      );
      await this.audit.record(manager, { actor, action: 'diner.registered', entityType: 'diner', entityId: diner.id, after: diner });
      return diner;
    });
  }

  /**
   * Records the clerk's finding on the diner's household registration. It applies to meals
   * recorded from now on; meals already eaten at full price stay as they were.
   */
  async confirmLocalRegistration(id: string, dto: ConfirmLocalRegistrationDto, actor: Principal, expected?: ExpectedVersions): Promise<Diner> {
    return this.dataSource.transaction(async (manager) => {
      const diner = await manager.findOne(Diner, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!diner) throw new ProblemException({ status: 404, code: 'DINER.NOT_FOUND', detail: `no diner ${id}` });
      const canteen = await manager.findOneByOrFail(Canteen, { id: diner.registeredAtCanteenId });
      assertWithinDivision(actor, canteen.region, 'id');
      assertCurrentVersion(expected, diner.version, 'diner');
      const before = { ...diner };
      diner.localRegistration = dto.localRegistration;
      diner.localRegistrationEvidence = dto.evidence.trim();
      diner.localRegistrationConfirmedOn = this.clock.today();
      await manager.save(diner);
      await this.audit.record(manager, { actor, action: 'diner.local-registration-confirmed', entityType: 'diner', entityId: diner.id, before, after: diner });
      return diner;
    });
  }

  /** A diner for a caller: 403 AUTH.OUTSIDE_DIVISION when the canteen they registered at lies outside the caller's division. */
  async get(id: string, principal: Principal): Promise<Diner> {
    const diner = await this.dataSource.getRepository(Diner).findOneBy({ id });
    if (!diner) throw new ProblemException({ status: 404, code: 'DINER.NOT_FOUND', detail: `no diner ${id}` });
    const canteen = await this.dataSource.manager.findOneByOrFail(Canteen, { id: diner.registeredAtCanteenId });
    assertWithinDivision(principal, canteen.region, 'id');
    return diner;
  }

  /** By card number or resident ID, whichever the canteen terminal read. */
  static async find(manager: EntityManager, by: { cardNumber?: string; residentId?: string }): Promise<Diner | null> {
    if (by.cardNumber) return manager.findOneBy(Diner, { cardNumber: by.cardNumber });
    if (by.residentId) return manager.findOneBy(Diner, { residentId: by.residentId });
    return null;
  }
}
