// 一人一档: everything social-assistance holds on one person, as the other routes of the service
// would show it to the caller: records of households, grants and stations outside the caller's
// division are left out, and a person known only there is 403 AUTH.OUTSIDE_DIVISION.
import type { Principal } from '@app/common/auth/claims';
import { assertWithinDivision, divisionCovers } from '@app/common/auth/division-scope';
import { personNotFound } from '@app/common/http/person-lookup';
import { Clock } from '@app/common/time/clock';
import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import { AssistanceCase, Enrollment } from '../cases/assistance-case.entity';
import { toCaseWorkItems } from '../cases/case-work-items';
import { Household, HouseholdMember } from '../households/household.entity';
import { toHouseholdResponse } from '../households/households.service';
import { OverpaymentsService } from '../overpayments/overpayments.service';
import { TemporaryReliefService } from '../temporary-relief/temporary-relief.service';
import { VagrantCase } from '../vagrant-relief/vagrant-case.entity';
import { VagrantReliefService } from '../vagrant-relief/vagrant-relief.service';
import type { PersonEnrollment, PersonMembership, SocialAssistancePerson } from './dto/person.dto';

interface Known {
  memberships: PersonMembership[];
  vagrantCases: VagrantCase[];
  /** Divisions of the person's temporary relief grants (null: recorded before divisions were kept). */
  reliefRegions: Array<string | null>;
}

const visible = (principal: Principal, region: string | null): boolean => region !== null && divisionCovers(principal.division, region);

async function memberships(manager: EntityManager, residentId: string): Promise<PersonMembership[]> {
  const rows = await manager.find(HouseholdMember, { where: { residentId }, order: { householdId: 'ASC' } });
  if (rows.length === 0) return [];
  const households = await manager.find(Household, { where: { id: In([...new Set(rows.map((m) => m.householdId))]) } });
  return rows.map((m) => {
    const h = households.find((x) => x.id === m.householdId)!;
    return { ...toHouseholdResponse(h, [m]).members[0], householdId: h.id, regionCode: h.regionCode, area: h.area };
  });
}

async function enrollments(manager: EntityManager, residentId: string, householdIds: string[]): Promise<PersonEnrollment[]> {
  const rows = await manager.find(Enrollment, { where: { residentId, householdId: In(householdIds) }, order: { startMonth: 'DESC', id: 'ASC' } });
  return rows.map((e) => ({ enrollmentId: e.id, caseId: e.caseId, program: e.program, startMonth: e.startMonth, stopFromMonth: e.stopFromMonth, stopReason: e.stopReason }));
}

@Injectable()
export class PersonFileQueries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly relief: TemporaryReliefService,
    private readonly overpayments: OverpaymentsService,
    private readonly vagrant: VagrantReliefService,
  ) {}

  async file(residentId: string, principal: Principal): Promise<SocialAssistancePerson> {
    const manager = this.dataSource.manager;
    const known = await this.known(manager, residentId);
    const households = known.memberships.filter((m) => visible(principal, m.regionCode));
    const householdIds = households.map((m) => m.householdId);
    const vagrantCases = known.vagrantCases.filter((v) => visible(principal, v.regionCode));
    if (households.length === 0 && vagrantCases.length === 0 && !known.reliefRegions.some((r) => visible(principal, r))) {
      // Known, but only outside the caller's division: refused like a single record there.
      assertWithinDivision(principal, known.memberships[0]?.regionCode ?? known.vagrantCases[0]?.regionCode ?? known.reliefRegions[0] ?? '', 'residentId');
    }
    const death: Array<{ date_of_death: string }> = await manager.query(`SELECT date_of_death::text FROM death_notice WHERE resident_id = $1`, [residentId]);
    return {
      residentId,
      name: (households.find((m) => m.leftMonth === null) ?? households[0] ?? vagrantCases[0])?.name ?? null,
      deceasedOn: death[0]?.date_of_death ?? null,
      households,
      cases: await this.cases(manager, residentId, householdIds),
      enrollments: householdIds.length ? await enrollments(manager, residentId, householdIds) : [],
      overpayments: await this.overpayments.find(residentId, principal),
      temporaryRelief: await this.relief.find(residentId, principal),
      vagrantCases: vagrantCases.map((v) => this.vagrant.view(v)),
    };
  }

  /** Every record naming the person, in any division; 404 PERSON.NOT_FOUND when there is none. */
  private async known(manager: EntityManager, residentId: string): Promise<Known> {
    const [members, vagrantCases, relief] = await Promise.all([
      memberships(manager, residentId),
      manager.find(VagrantCase, { where: { residentId }, order: { admittedOn: 'DESC', id: 'ASC' } }),
      manager.query(`SELECT region_code FROM temporary_relief WHERE resident_id = $1`, [residentId]) as Promise<Array<{ region_code: string | null }>>,
    ]);
    if (members.length === 0 && vagrantCases.length === 0 && relief.length === 0) throw personNotFound();
    return { memberships: members, vagrantCases, reliefRegions: relief.map((r) => r.region_code) };
  }

  /** The household 低保 cases of the person's households and the cases in their own name, newest first. */
  private async cases(manager: EntityManager, residentId: string, householdIds: string[]) {
    if (householdIds.length === 0) return [];
    const cases = await manager
      .createQueryBuilder(AssistanceCase, 'c')
      .where('c.household_id IN (:...householdIds) AND (c.resident_id IS NULL OR c.resident_id = :residentId)', { householdIds, residentId })
      .orderBy('c.applied_on', 'DESC')
      .addOrderBy('c.id')
      .getMany();
    return toCaseWorkItems(manager, cases, this.clock.today());
  }
}
