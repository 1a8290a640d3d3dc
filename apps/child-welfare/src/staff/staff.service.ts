import { AuditService } from '@app/common/audit/audit.service';
import type { Principal } from '@app/common/auth/claims';
import { pageOf, pageWindow, type Page } from '@app/common/http/page-query.dto';
import { ProblemException } from '@app/common/http/problem';
import { Clock } from '@app/common/time/clock';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { requireOverviewScope } from '../access/child-access';
import { assertDivisionAccess, isUniqueViolation, refuseDate } from '../programme-problems';
import type { AppointStaffDto, LeavePostDto, RecordTrainingDto, StaffListQuery } from './dto/staff.dto';
import { appointmentProblem, postDivisionProblem, STAFF_ROLE_LABELS, type StaffProblem } from './rules/staff-post.rule';
import { StaffMember, StaffTraining } from './staff-member.entity';

const staffView = (m: StaffMember) => ({ ...m, roleLabel: STAFF_ROLE_LABELS[m.role] });
export type StaffView = ReturnType<typeof staffView>;

function refuse(problem: StaffProblem | null): void {
  if (problem) throw new ProblemException({ status: problem.status, code: problem.code, detail: problem.message, errors: [{ field: problem.field, code: problem.code, message: problem.message }] });
}

/** The register of child directors (儿童主任) and supervisors (儿童督导员) with their trainings. */
@Injectable()
export class StaffService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  async appoint(principal: Principal, dto: AppointStaffDto): Promise<StaffView> {
    assertDivisionAccess(principal, dto.divisionCode);
    refuse(postDivisionProblem(dto.role, dto.divisionCode));
    refuseDate({ inFuture: 'STAFF.DATE_IN_FUTURE' }, 'appointedOn', dto.appointedOn, this.clock.today());
    const saved = await this.dataSource
      .transaction(async (manager) => {
        // An empty post has no row to lock: a lock on the post's name makes a second appointment wait and then see the first.
        await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`staff-post:${dto.role}:${dto.divisionCode}`]);
        const holders = await manager.find(StaffMember, { where: { role: dto.role, divisionCode: dto.divisionCode } });
        refuse(appointmentProblem(holders, dto.appointedOn));
        const member = await manager.save(manager.create(StaffMember, { role: dto.role, name: dto.name, residentId: dto.residentId, phone: dto.phone, divisionCode: dto.divisionCode, appointedOn: dto.appointedOn, leftOn: null }));
        await this.audit.record(manager, { actor: principal, action: 'staff.appointed', entityType: 'staff-member', entityId: member.id, after: { role: member.role, divisionCode: member.divisionCode, appointedOn: member.appointedOn } });
        return member;
      })
      .catch((error: unknown) => {
        // The partial unique index (one open tenure per post) stands behind the lock.
        if (isUniqueViolation(error)) refuse({ status: 409, code: 'STAFF.POST_OCCUPIED', field: 'divisionCode', message: 'the post was filled meanwhile' });
        throw error;
      });
    return staffView(saved);
  }

  async leave(principal: Principal, staffId: string, dto: LeavePostDto): Promise<StaffView> {
    return this.dataSource.transaction(async (manager) => {
      const member = await this.memberOf(manager, principal, staffId, true);
      if (member.leftOn !== null) throw new ProblemException({ status: 409, code: 'STAFF.ALREADY_LEFT', detail: `left on ${member.leftOn}` });
      refuseDate({ inFuture: 'STAFF.DATE_IN_FUTURE', tooEarly: 'STAFF.DATE_TOO_EARLY' }, 'leftOn', dto.leftOn, this.clock.today(), { date: member.appointedOn, what: 'the appointment' });
      member.leftOn = dto.leftOn;
      const saved = await manager.save(StaffMember, member);
      await this.audit.record(manager, { actor: principal, action: 'staff.left', entityType: 'staff-member', entityId: staffId, after: { leftOn: saved.leftOn } });
      return staffView(saved);
    });
  }

  async recordTraining(principal: Principal, staffId: string, dto: RecordTrainingDto): Promise<StaffTraining> {
    refuseDate({ inFuture: 'STAFF.DATE_IN_FUTURE' }, 'trainedOn', dto.trainedOn, this.clock.today());
    return this.dataSource.transaction(async (manager) => {
      const member = await this.memberOf(manager, principal, staffId, true);
      const training = await manager.save(manager.create(StaffTraining, { staffId, divisionCode: member.divisionCode, trainedOn: dto.trainedOn, hours: dto.hours, topic: dto.topic }));
      await this.audit.record(manager, { actor: principal, action: 'staff.training-recorded', entityType: 'staff-member', entityId: staffId, after: { trainingId: training.id, trainedOn: training.trainedOn, hours: training.hours } });
      return training;
    });
  }

  async get(principal: Principal, staffId: string) {
    const member = await this.memberOf(this.dataSource.manager, principal, staffId, false);
    const trainings = await this.dataSource.manager.find(StaffTraining, { where: { staffId }, order: { trainedOn: 'ASC', createdAt: 'ASC' } });
    return { ...staffView(member), trainings };
  }

  async list(principal: Principal, query: StaffListQuery): Promise<Page<StaffView>> {
    const scope = requireOverviewScope(principal);
    const { offset, limit } = pageWindow(query);
    const qb = this.dataSource.manager.createQueryBuilder(StaffMember, 's').where('s.division_code LIKE :prefix', { prefix: `${scope}%` });
    if (query.role) qb.andWhere('s.role = :role', { role: query.role });
    if (query.inPost === 'true') qb.andWhere('s.appointed_on <= :today AND (s.left_on IS NULL OR s.left_on > :today)', { today: this.clock.today() });
    const [rows, total] = await qb.orderBy('s.division_code').addOrderBy('s.appointed_on', 'DESC').addOrderBy('s.id').offset(offset).limit(limit).getManyAndCount();
    return pageOf(rows.map(staffView), total, query);
  }

  private async memberOf(manager: EntityManager, principal: Principal, staffId: string, forWrite: boolean): Promise<StaffMember> {
    const member = await manager.findOne(StaffMember, { where: { id: staffId }, ...(forWrite ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!member) throw new ProblemException({ status: 404, code: 'STAFF.NOT_FOUND', detail: `no staff member ${staffId}` });
    assertDivisionAccess(principal, member.divisionCode, forWrite ? 'write' : 'read');
    return member;
  }
}
