import { AuditService } from '@app/common/audit/audit.service';
import type { Principal } from '@app/common/auth/claims';
import { pageOf, pageWindow, type Page, type PageQuery } from '@app/common/http/page-query.dto';
import { ProblemException } from '@app/common/http/problem';
import { Clock } from '@app/common/time/clock';
import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { requireOverviewScope } from '../access/child-access';
import { canAccessDivision } from '../access/rules/division-access.rule';
import { assertDivisionAccess, refuseDate } from '../programme-problems';
import type { RecordActivityDto, RegisterVolunteerDto } from './dto/volunteer.dto';
import { activityHours, activityVolunteerProblems } from './rules/volunteer-activity.rule';
import { Volunteer, VolunteerActivity, VolunteerServiceHours } from './volunteer.entity';

/** Hours served per id, summed in the database (tenths kept exactly by numeric). */
async function hoursBy(dataSource: DataSource, column: 'volunteer_id' | 'activity_id', ids: string[]): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map();
  const rows: { id: string; hours: string }[] = await dataSource.query(`SELECT ${column} AS id, sum(hours) AS hours FROM volunteer_service WHERE ${column} = ANY($1) GROUP BY ${column}`, [ids]);
  return new Map(rows.map((r) => [r.id, Number(r.hours)]));
}

/** Volunteers (志愿者) registered, and the activities they served at with their hours. */
@Injectable()
export class VolunteersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  async register(principal: Principal, dto: RegisterVolunteerDto): Promise<Volunteer> {
    assertDivisionAccess(principal, dto.divisionCode);
    refuseDate({ inFuture: 'VOLUNTEER.DATE_IN_FUTURE' }, 'registeredOn', dto.registeredOn, this.clock.today());
    return this.dataSource.transaction(async (manager) => {
      const volunteer = await manager.save(manager.create(Volunteer, { name: dto.name, phone: dto.phone, divisionCode: dto.divisionCode, registeredOn: dto.registeredOn }));
      await this.audit.record(manager, { actor: principal, action: 'volunteer.registered', entityType: 'volunteer', entityId: volunteer.id, after: { divisionCode: volunteer.divisionCode, registeredOn: volunteer.registeredOn } });
      return volunteer;
    });
  }

  async recordActivity(principal: Principal, dto: RecordActivityDto) {
    assertDivisionAccess(principal, dto.divisionCode);
    refuseDate({ inFuture: 'VOLUNTEER.DATE_IN_FUTURE' }, 'heldOn', dto.heldOn, this.clock.today());
    return this.dataSource.transaction(async (manager) => {
      const ids = [...new Set(dto.volunteers.map((v) => v.volunteerId))];
      // A volunteer the caller may not see is "not found", as if absent.
      const registered = (await manager.findBy(Volunteer, { id: In(ids) })).filter((v) => canAccessDivision(principal, v.divisionCode, 'read'));
      const problems = activityVolunteerProblems(dto.volunteers, registered, dto.heldOn);
      if (problems.length > 0) {
        throw new ProblemException({ status: 422, code: problems[0].code, detail: problems[0].message, errors: problems.map((p) => ({ field: p.field, code: p.code, message: p.message })) });
      }
      const activity = await manager.save(manager.create(VolunteerActivity, { divisionCode: dto.divisionCode, heldOn: dto.heldOn, title: dto.title, childrenServed: dto.childrenServed, recordedBy: principal.sub }));
      await manager.save(dto.volunteers.map((v) => manager.create(VolunteerServiceHours, { activityId: activity.id, volunteerId: v.volunteerId, hours: v.hours })));
      const hours = activityHours(dto.volunteers);
      await this.audit.record(manager, { actor: principal, action: 'volunteer.activity-recorded', entityType: 'volunteer-activity', entityId: activity.id, after: { heldOn: activity.heldOn, childrenServed: activity.childrenServed, volunteers: ids.length, hours } });
      return { ...activity, volunteers: dto.volunteers, hours };
    });
  }

  async volunteers(principal: Principal, query: PageQuery): Promise<Page<Volunteer & { hours: number }>> {
    const scope = requireOverviewScope(principal);
    const { offset, limit } = pageWindow(query);
    const [rows, total] = await this.dataSource.manager
      .createQueryBuilder(Volunteer, 'v')
      .where('v.division_code LIKE :prefix', { prefix: `${scope}%` })
      .orderBy('v.registered_on', 'DESC')
      .addOrderBy('v.id')
      .offset(offset)
      .limit(limit)
      .getManyAndCount();
    const hours = await hoursBy(this.dataSource, 'volunteer_id', rows.map((v) => v.id));
    return pageOf(rows.map((v) => ({ ...v, hours: hours.get(v.id) ?? 0 })), total, query);
  }

  async activities(principal: Principal, query: PageQuery): Promise<Page<VolunteerActivity & { hours: number }>> {
    const scope = requireOverviewScope(principal);
    const { offset, limit } = pageWindow(query);
    const [rows, total] = await this.dataSource.manager
      .createQueryBuilder(VolunteerActivity, 'a')
      .where('a.division_code LIKE :prefix', { prefix: `${scope}%` })
      .orderBy('a.held_on', 'DESC')
      .addOrderBy('a.id')
      .offset(offset)
      .limit(limit)
      .getManyAndCount();
    const hours = await hoursBy(this.dataSource, 'activity_id', rows.map((a) => a.id));
    return pageOf(rows.map((a) => ({ ...a, hours: hours.get(a.id) ?? 0 })), total, query);
  }
}
