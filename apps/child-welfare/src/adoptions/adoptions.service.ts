import { AuditService } from '@app/common/audit/audit.service';
import type { Principal } from '@app/common/auth/claims';
import { pageOf, pageWindow, type Page, type PageQuery } from '@app/common/http/page-query.dto';
import { ProblemException } from '@app/common/http/problem';
import { checkResidentId, parseResidentId, type ResidentIdInfo } from '@app/common/resident-id/resident-id';
import { Clock } from '@app/common/time/clock';
import { EventPublisher } from '@app/messaging';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { loadAccessibleChild } from '../access/child-access';
import { AllowanceAnnouncer } from '../allowances/allowance-announcer.service';
import { CategoryDeriver } from '../categories/category-deriver.service';
import type { Guardian } from '../children/child.entity';
import { Child } from '../children/child.entity';
import { Adoption, AdoptionAssessment, type AdopterRecord } from './adoption.entity';
import type { AdopterDto, RecordAssessmentDto, RegisterAdoptionDto } from './dto/adoption.dto';
import { checkAdoption, type AdoptionFacts } from './rules/adoption-checks.rule';

function notInFuture(date: string, today: string, field: string): void {
  if (date > today) {
    throw new ProblemException({ status: 422, code: 'ADOPTION.DATE_IN_FUTURE', detail: `${field} is after today`, errors: [{ field, code: 'inFuture', message: `${field} must not be after ${today}` }] });
  }
}

type CheckedAdopter = { dto: AdopterDto; info: ResidentIdInfo };

function refuseUnlessAllowed(refusals: ReturnType<typeof checkAdoption>): void {
  if (refusals.length === 0) return;
  throw new ProblemException({
    status: 422,
    code: refusals[0].code,
    detail: refusals.map((r) => r.message).join('; '),
    errors: refusals.map((r) => ({ field: r.field, code: r.code, message: r.message })),
  });
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

/** Adoption registration (收养登记): the Civil Code checks, then the adopters become the parents. */
@Injectable()
export class AdoptionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly categories: CategoryDeriver,
    private readonly publisher: EventPublisher,
    private readonly audit: AuditService,
    private readonly allowances: AllowanceAnnouncer,
  ) {}

  async recordAssessment(principal: Principal, childId: string, dto: RecordAssessmentDto): Promise<AdoptionAssessment> {
    notInFuture(dto.assessedOn, this.clock.today(), 'assessedOn');
    return this.dataSource.transaction(async (manager) => {
      const child = await loadAccessibleChild(manager, principal, childId, true);
      if (dto.adopterResidentIds.includes(child.residentId)) {
        throw new ProblemException({ status: 422, code: 'ADOPTION.INVALID_ADOPTER', detail: 'the child cannot adopt themselves', errors: [{ field: 'adopterResidentIds', code: 'isChild', message: 'must not name the child' }] });
      }
      const saved = await manager.save(
        manager.create(AdoptionAssessment, { childId, adopterResidentIds: dto.adopterResidentIds, assessedOn: dto.assessedOn, outcome: dto.outcome, notes: dto.notes, assessor: principal.sub }),
      );
      await this.audit.record(manager, { actor: principal, action: 'adoption.assessment-recorded', entityType: 'child', entityId: childId, after: { assessmentId: saved.id, assessedOn: saved.assessedOn, outcome: saved.outcome } });
      return saved;
    });
  }

  async assessments(principal: Principal, childId: string, query: PageQuery): Promise<Page<AdoptionAssessment>> {
    await loadAccessibleChild(this.dataSource.manager, principal, childId);
    const { offset, limit } = pageWindow(query);
    const [rows, total] = await this.dataSource.getRepository(AdoptionAssessment).findAndCount({ where: { childId }, order: { assessedOn: 'DESC', createdAt: 'DESC' }, skip: offset, take: limit });
    return pageOf(rows, total, query);
  }

  async get(principal: Principal, childId: string): Promise<Adoption> {
    await loadAccessibleChild(this.dataSource.manager, principal, childId);
    const adoption = await this.dataSource.manager.findOneBy(Adoption, { childId });
    if (!adoption) throw new ProblemException({ status: 404, code: 'ADOPTION.NOT_FOUND', detail: `no adoption of child ${childId}` });
    return adoption;
  }

  /** Refuses with the code of the first failed condition (all of them in `errors`); stores nothing then. */
  async register(principal: Principal, childId: string, dto: RegisterAdoptionDto): Promise<{ adoption: Adoption; child: Child }> {
    const today = this.clock.today();
    notInFuture(dto.registeredOn, today, 'registeredOn');
    const adopters = this.checkedAdopters(dto.adopters, today);
    return this.dataSource.transaction(async (manager) => {
      const child = await this.adoptableChild(manager, principal, childId, adopters);
      const assessment = await this.assessmentFor(manager, childId, dto.assessmentId, adopters);
      refuseUnlessAllowed(checkAdoption(await this.adoptionFacts(child, adopters, dto, assessment, today)));
      const records: AdopterRecord[] = adopters.map(({ dto: a, info }) => ({ residentId: info.id, name: a.name, birthDate: info.birthDate, sex: info.sex, married: a.married, spouseResidentId: a.spouseResidentId ?? null }));
      const adoption = await manager.save(
        manager.create(Adoption, {
          childId,
          childResidentId: child.residentId,
          adopterResidentIds: records.map((r) => r.residentId),
          adopters: records,
          registeredOn: dto.registeredOn,
          relativesChild: dto.relativesChild,
          assessmentId: assessment!.id,
          villageCode: child.villageCode,
        }),
      );
      const before = { guardians: child.guardians, categories: child.categories, carerName: child.carerName, carerRelation: child.carerRelation };
      const saved = await this.makeAdoptersParents(manager, child, records, dto.registeredOn, today);
      await this.announce(manager, principal, adoption, saved, before);
      return { adoption, child: saved };
    });
  }

  private checkedAdopters(adopters: AdopterDto[], today: string): CheckedAdopter[] {
    const checked = adopters.map((a, i) => ({ dto: a, info: this.adopterInfo(a, i, today) }));
    if (new Set(checked.map((a) => a.info.id)).size !== checked.length) {
      throw new ProblemException({ status: 422, code: 'ADOPTION.INVALID_ADOPTER', detail: 'the same adopter is named twice', errors: [{ field: 'adopters', code: 'duplicate', message: 'adopters must differ' }] });
    }
    return checked;
  }

  /** The child's open case, not adopted yet and not among the adopters, locked for the registration. */
  private async adoptableChild(manager: EntityManager, principal: Principal, childId: string, adopters: CheckedAdopter[]): Promise<Child> {
    const child = await loadAccessibleChild(manager, principal, childId, true);
    if (child.status !== 'ACTIVE') throw new ProblemException({ status: 409, code: 'CHILD.CASE_CLOSED', detail: 'the case is closed' });
    if (child.adoptedOn !== null || (await manager.existsBy(Adoption, { childId }))) {
      throw new ProblemException({ status: 409, code: 'ADOPTION.ALREADY_REGISTERED', detail: 'the child has already been adopted' });
    }
    if (adopters.some((a) => a.info.id === child.residentId)) {
      throw new ProblemException({ status: 422, code: 'ADOPTION.INVALID_ADOPTER', detail: 'the child cannot adopt themselves', errors: [{ field: 'adopters', code: 'isChild', message: 'must not name the child' }] });
    }
    return child;
  }

  /** An assessment counts only for exactly these adopters. */
  private async assessmentFor(manager: EntityManager, childId: string, assessmentId: string, adopters: CheckedAdopter[]): Promise<AdoptionAssessment | null> {
    const assessment = await manager.findOneBy(AdoptionAssessment, { id: assessmentId, childId });
    return assessment && sameSet(assessment.adopterResidentIds, adopters.map((a) => a.info.id)) ? assessment : null;
  }

  private async adoptionFacts(child: Child, adopters: CheckedAdopter[], dto: RegisterAdoptionDto, assessment: AdoptionAssessment | null, today: string): Promise<AdoptionFacts> {
    const categoriesThen = await this.categories.derive(child, dto.registeredOn < child.birthDate ? child.birthDate : dto.registeredOn);
    return {
      registeredOn: dto.registeredOn,
      child: {
        residentId: child.residentId,
        birthDate: child.birthDate,
        sex: parseResidentId(child.residentId, today).sex,
        orphanOrParentsNotFound: categoriesThen.includes('ORPHAN'),
        parentsInSpecialDifficulty: dto.parentsInSpecialDifficulty ?? false,
        disabled: dto.childDisabled ?? false,
        consents: dto.childConsents ?? null,
      },
      adopters: adopters.map(({ dto: a, info }) => ({
        residentId: info.id,
        birthDate: info.birthDate,
        sex: info.sex,
        married: a.married,
        spouseResidentId: a.spouseResidentId ?? null,
        ableToRaise: a.ableToRaise,
        disqualifyingIllness: a.disqualifyingIllness,
        criminalRecord: a.criminalRecord,
      })),
      existingChildren: dto.existingChildren,
      relativesChild: dto.relativesChild,
      assessment: assessment ? { assessedOn: assessment.assessedOn, outcome: assessment.outcome } : null,
    };
  }

  /** Art. 1111: the adopters become the parents; the ties to the birth parents end. */
  private async makeAdoptersParents(manager: EntityManager, child: Child, records: AdopterRecord[], registeredOn: string, today: string): Promise<Child> {
    child.guardiansBeforeAdoption = child.guardians;
    child.guardians = records.map((r): Guardian => ({
      residentId: r.residentId,
      name: r.name,
      relation: r.sex === 'M' ? 'FATHER' : 'MOTHER',
      deceasedOn: null,
      missingSince: null,
      jailedSince: null,
      sentenceMonths: null,
      severelyDisabled: false,
      seriouslyIll: false,
      awayForWork: false,
      guardianshipRevoked: false,
    }));
    child.adoptedOn = registeredOn;
    child.carerName = records[0].name;
    child.carerRelation = 'ADOPTIVE_PARENT';
    child.categories = await this.categories.derive(child, today);
    child.categoriesDerivedOn = today;
    return this.allowances.announce(manager, await manager.save(Child, child), today);
  }

  private async announce(manager: EntityManager, principal: Principal, adoption: Adoption, child: Child, before: Record<string, unknown>): Promise<void> {
    await this.publisher.publish(
      manager,
      'child-welfare.adoption.registered.v1',
      { adoptionId: adoption.id, childId: child.id, childResidentId: child.residentId, adopterResidentIds: adoption.adopterResidentIds, registeredOn: adoption.registeredOn },
    );
    await this.audit.record(manager, {
      actor: principal,
      action: 'adoption.registered',
      entityType: 'child',
      entityId: child.id,
      before,
      after: { adoptionId: adoption.id, registeredOn: adoption.registeredOn, categories: child.categories, adoptedOn: child.adoptedOn },
    });
  }

  private adopterInfo(a: AdopterDto, i: number, today: string): ResidentIdInfo {
    const check = checkResidentId(a.residentId, today);
    if (!check.ok) {
      throw new ProblemException({ status: 422, code: 'ADOPTION.INVALID_ADOPTER', detail: `adopter resident ID refused: ${check.code}`, errors: [{ field: `adopters.${i}.residentId`, code: check.code, message: 'not a valid resident ID' }] });
    }
    return check.info;
  }
}
