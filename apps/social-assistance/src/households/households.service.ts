import { AuditService } from '@app/common/audit/audit.service';
import type { Principal } from '@app/common/auth/claims';
import { assertWithinDivision } from '@app/common/auth/division-scope';
import { ProblemException } from '@app/common/http/problem';
import { Injectable } from '@nestjs/common';
import { Clock } from '@app/common/time/clock';
import { DataSource, In, type EntityManager } from 'typeorm';
import { assertNotCovered } from '../one-guarantee/one-guarantee';
import type { CreateHouseholdDto, HouseholdResponse } from './dto/household.dto';
import { Household, HouseholdMember } from './household.entity';

/**
 * The household, refused with 404 when unknown and 403 AUTH.OUTSIDE_DIVISION when it lies outside
 * the caller's division (DOMAIN §9). `lock` takes the row lock for a change.
 */
export async function householdWithinDivision(manager: EntityManager, id: string, principal: Principal, lock = false): Promise<Household> {
  const household = await manager.findOne(Household, { where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
  if (!household) throw new ProblemException({ status: 404, code: 'HOUSEHOLD.NOT_FOUND', detail: 'No household with this id.' });
  assertWithinDivision(principal, household.regionCode, 'regionCode');
  return household;
}

export function toHouseholdResponse(h: Household, members: HouseholdMember[]): HouseholdResponse {
  return {
    id: h.id,
    area: h.area,
    regionCode: h.regionCode,
    financialAssetsFen: h.financialAssetsFen,
    members: members.map((m) => ({
      residentId: m.residentId,
      name: m.name,
      relation: m.relation,
      incomes: m.incomes,
      monthlyIncomeFen: m.monthlyIncomeFen,
      categories: m.categories,
      deceasedOn: m.deceasedOn,
      joinedMonth: m.joinedMonth,
      leftMonth: m.leftMonth,
      leftReason: m.leftReason,
      dibaoExcludedFrom: m.dibaoExcludedFrom,
    })),
  };
}

@Injectable()
export class HouseholdsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async create(dto: CreateHouseholdDto, principal: Principal): Promise<HouseholdResponse> {
    assertWithinDivision(principal, dto.regionCode, 'regionCode');
    const ids = dto.members.map((m) => m.residentId.toUpperCase());
    if (new Set(ids).size !== ids.length) {
      throw new ProblemException({ status: 422, code: 'HOUSEHOLD.DUPLICATE_MEMBER', detail: 'A person is listed twice.' });
    }
    return this.dataSource.transaction(async (manager) => {
      const dead: Array<{ resident_id: string }> = await manager.query(`SELECT resident_id FROM death_notice WHERE resident_id = ANY($1)`, [ids]);
      if (dead.length > 0) {
        throw new ProblemException({ status: 422, code: 'HOUSEHOLD.MEMBER_DECEASED', detail: `${dead.length} listed person(s) are recorded as deceased.` });
      }
      // One person, one guarantee: nobody covered by another household's open case (from next month, when a new household could first be paid).
      await assertNotCovered(manager, ids, this.clock.currentMonth().next(), { area: 'HOUSEHOLD', field: (i) => `members.${i}.residentId` });
      const household = await manager.save(
        manager.create(Household, { area: dto.area, regionCode: dto.regionCode, financialAssetsFen: dto.financialAssetsFen, createdBy: principal.sub }),
      );
      const members = await manager.save(
        dto.members.map((m, i) =>
          manager.create(HouseholdMember, {
            householdId: household.id,
            residentId: ids[i],
            name: m.name.trim(),
            relation: m.relation,
            incomes: m.incomes.map((line) => ({ source: line.source, monthlyFen: line.monthlyFen })),
            monthlyIncomeFen: m.incomes.reduce((sum, line) => sum + line.monthlyFen, 0),
            categories: [...new Set(m.categories)],
            deceasedOn: null,
          }),
        ),
      );
      const response = toHouseholdResponse(household, members);
      await this.audit.record(manager, { actor: principal, action: 'household.created', entityType: 'household', entityId: household.id, after: response });
      return response;
    });
  }

  /** A household of the caller's division. */
  async getFor(id: string, principal: Principal): Promise<HouseholdResponse> {
    const household = await householdWithinDivision(this.dataSource.manager, id, principal);
    return toHouseholdResponse(household, await this.membersOf([id]));
  }

  async get(id: string, manager: EntityManager = this.dataSource.manager): Promise<HouseholdResponse> {
    const household = await manager.findOneBy(Household, { id });
    if (!household) throw new ProblemException({ status: 404, code: 'HOUSEHOLD.NOT_FOUND', detail: 'No household with this id.' });
    return toHouseholdResponse(household, await this.membersOf([id], manager));
  }

  async membersOf(householdIds: string[], manager: EntityManager = this.dataSource.manager): Promise<HouseholdMember[]> {
    if (householdIds.length === 0) return [];
    return manager.find(HouseholdMember, { where: { householdId: In(householdIds) }, order: { residentId: 'ASC' } });
  }
}
