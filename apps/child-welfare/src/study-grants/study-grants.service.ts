import { AuditService } from '@app/common/audit/audit.service';
import type { Principal } from '@app/common/auth/claims';
import { pageOf, pageWindow, type Page } from '@app/common/http/page-query.dto';
import { ProblemException } from '@app/common/http/problem';
import { PolicyService } from '@app/common/policy/policy.service';
import { Clock } from '@app/common/time/clock';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { loadActiveChild, requireOverviewScope } from '../access/child-access';
import { CategoryDeriver } from '../categories/category-deriver.service';
import type { ChildWelfarePolicies } from '../policy-catalogue';
import { isUniqueViolation, refuseDate } from '../programme-problems';
import type { GrantStudyGrantDto, RecordStudentAidDto, StudyGrantListQuery } from './dto/study-grant.dto';
import { decideStudyGrant, STUDY_GRANT_LABELS, STUDY_GRANT_POLICY_KEY, termLabel } from './rules/study-grant.rule';
import { SCHOOL_STAGE_LABELS, studentAidProblem } from './rules/student-aid.rule';
import { StudentAid, StudyGrant } from './study-grant.entity';

const grantView = (g: StudyGrant) => ({ ...g, kindLabel: STUDY_GRANT_LABELS[g.kind], termLabel: termLabel(g.term) });
const aidView = (a: StudentAid) => ({ ...a, stageLabel: SCHOOL_STAGE_LABELS[a.stage], termLabel: termLabel(a.term) });
export type StudyGrantView = ReturnType<typeof grantView>;
export type StudentAidView = ReturnType<typeof aidView>;

const alreadyGranted = (term: string) => new ProblemException({ status: 409, code: 'STUDY_GRANT.ALREADY_GRANTED', detail: `the child already holds a study grant for ${term}`, errors: [{ field: 'term', code: 'alreadyGranted', message: `one study grant per child and term` }] });
const alreadyRecorded = (term: string) => new ProblemException({ status: 409, code: 'STUDENT_AID.ALREADY_RECORDED', detail: `student aid for ${term} is already recorded for the child`, errors: [{ field: 'term', code: 'alreadyRecorded', message: 'one student aid record per child and term' }] });

/** Study grants (福彩圆梦, de facto unsupported) and student aid paid through the education authorities. */
@Injectable()
export class StudyGrantsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly categories: CategoryDeriver,
    private readonly policy: PolicyService<ChildWelfarePolicies>,
    private readonly audit: AuditService,
  ) {}

  async grant(principal: Principal, childId: string, dto: GrantStudyGrantDto): Promise<StudyGrantView> {
    refuseDate({ inFuture: 'STUDY_GRANT.DATE_IN_FUTURE' }, 'grantedOn', dto.grantedOn, this.clock.today());
    const saved = await this.dataSource
      .transaction(async (manager) => {
        // The child's row lock makes concurrent grants of one child wait for each other.
        const child = await loadActiveChild(manager, principal, childId);
        const categoriesOnGrantDay = await this.categories.derive(child, dto.grantedOn);
        const amounts = await this.policy.require(STUDY_GRANT_POLICY_KEY, dto.grantedOn, manager);
        const termsGranted = (await manager.find(StudyGrant, { where: { childId }, select: { term: true } })).map((g) => g.term);
        const decision = decideStudyGrant({ kind: dto.kind, term: dto.term, categoriesOnGrantDay, termsGranted }, amounts);
        if (!decision.granted) {
          throw new ProblemException({ status: decision.status, code: decision.code, detail: decision.message, errors: [{ field: decision.field, code: decision.code, message: decision.message }] });
        }
        const grant = await manager.save(manager.create(StudyGrant, { childId, villageCode: child.villageCode, kind: dto.kind, term: dto.term, amountFen: decision.amountFen, grantedOn: dto.grantedOn, school: dto.school, recordedBy: principal.sub }));
        await this.audit.record(manager, { actor: principal, action: 'study-grant.granted', entityType: 'child', entityId: childId, after: { studyGrantId: grant.id, kind: grant.kind, term: grant.term, amountFen: grant.amountFen } });
        return grant;
      })
      .catch((error: unknown) => {
        throw isUniqueViolation(error) ? alreadyGranted(dto.term) : error;
      });
    return grantView(saved);
  }

  async recordStudentAid(principal: Principal, childId: string, dto: RecordStudentAidDto): Promise<StudentAidView> {
    refuseDate({ inFuture: 'STUDENT_AID.DATE_IN_FUTURE' }, 'paidOn', dto.paidOn, this.clock.today());
    const saved = await this.dataSource
      .transaction(async (manager) => {
        const child = await loadActiveChild(manager, principal, childId);
        const termsRecorded = (await manager.find(StudentAid, { where: { childId }, select: { term: true } })).map((a) => a.term);
        if (studentAidProblem(dto.term, termsRecorded)) throw alreadyRecorded(dto.term);
        const aid = await manager.save(manager.create(StudentAid, { childId, villageCode: child.villageCode, stage: dto.stage, term: dto.term, amountFen: dto.amountFen, paidOn: dto.paidOn, paidThrough: dto.paidThrough, recordedBy: principal.sub }));
        await this.audit.record(manager, { actor: principal, action: 'student-aid.recorded', entityType: 'child', entityId: childId, after: { studentAidId: aid.id, stage: aid.stage, term: aid.term, amountFen: aid.amountFen } });
        return aid;
      })
      .catch((error: unknown) => {
        throw isUniqueViolation(error) ? alreadyRecorded(dto.term) : error;
      });
    return aidView(saved);
  }

  async grants(principal: Principal, query: StudyGrantListQuery): Promise<Page<StudyGrantView>> {
    const page = await this.list(StudyGrant, principal, query, 'granted_on');
    return { ...page, items: page.items.map(grantView) };
  }

  async studentAid(principal: Principal, query: StudyGrantListQuery): Promise<Page<StudentAidView>> {
    const page = await this.list(StudentAid, principal, query, 'paid_on');
    return { ...page, items: page.items.map(aidView) };
  }

  /** A page of the records of the caller's village, township or division, newest first. */
  private async list<T extends ObjectLiteral>(entity: new () => T, principal: Principal, query: StudyGrantListQuery, dateColumn: string): Promise<Page<T>> {
    const scope = requireOverviewScope(principal);
    const { offset, limit } = pageWindow(query);
    const matching = (manager: EntityManager): SelectQueryBuilder<T> => {
      const qb = manager.createQueryBuilder(entity, 'r').where('r.village_code LIKE :prefix', { prefix: `${scope}%` });
      if (query.term) qb.andWhere('r.term = :term', { term: query.term });
      if (query.childId) qb.andWhere('r.child_id = :childId', { childId: query.childId });
      return qb;
    };
    const manager = this.dataSource.manager;
    const [items, total] = await Promise.all([matching(manager).orderBy(`r.${dateColumn}`, 'DESC').addOrderBy('r.id').offset(offset).limit(limit).getMany(), matching(manager).getCount()]);
    return pageOf(items, total, query);
  }
}
