import { AuditService } from '@app/common/audit/audit.service';
import type { Principal } from '@app/common/auth/claims';
import { ProblemException } from '@app/common/http/problem';
import { checkResidentId, parseResidentId, type ResidentIdInfo } from '@app/common/resident-id/resident-id';
import { Clock } from '@app/common/time/clock';
import { EventPublisher } from '@app/messaging';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
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
    const adopters = dto.adopters.map((a, i) => ({ dto: a, info: this.adopterInfo(a, i, today) }));
    if (new Set(adopters.map((a) => a.info.id)).size !== adopters.length) {
      throw new ProblemException({ status: 422, code: 'ADOPTION.INVALID_ADOPTER', detail: 'the same adopter is named twice', errors: [{ field: 'adopters', code: 'duplicate', message: 'adopters must differ' }] });
    }
    return this.dataSource.transaction(async (manager) => {
      const child = await loadAccessibleChild(manager, principal, childId, true);
      if (child.status !== 'ACTIVE') throw new ProblemException({ status: 409, code: 'CHILD.CASE_CLOSED', detail: 'the case is closed' });
      if (child.adoptedOn !== null || (await manager.existsBy(Adoption, { childId }))) {
        throw new ProblemException({ status: 409, code: 'ADOPTION.ALREADY_REGISTERED', detail: 'the child has already been adopted' });
      }
      if (adopters.some((a) => a.info.id === child.residentId)) {
        throw new ProblemException({ status: 422, code: 'ADOPTION.INVALID_ADOPTER', detail: 'the child cannot adopt themselves', errors: [{ field: 'adopters', code: 'isChild', message: 'must not name the child' }] });
      }
      const adopterIds = adopters.map((a) => a.info.id);
      const assessment = await manager.findOneBy(AdoptionAssessment, { id: dto.assessmentId, childId });
      const categoriesThen = await this.categories.derive(child, dto.registeredOn < child.birthDate ? child.birthDate : dto.registeredOn);
      const facts: AdoptionFacts = {
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
        // An assessment counts only for exactly these adopters.
        assessment: assessment && sameSet(assessment.adopterResidentIds, adopterIds) ? { assessedOn: assessment.assessedOn, outcome: assessment.outcome } : null,
      };
      const refusals = checkAdoption(facts);
      if (refusals.length > 0) {
        throw new ProblemException({
          status: 422,
          code: refusals[0].code,
          detail: refusals.map((r) => r.message).join('; '),
          errors: refusals.map((r) => ({ field: r.field, code: r.code, message: r.message })),
        });
      }

      const records: AdopterRecord[] = adopters.map(({ dto: a, info }) => ({ residentId: info.id, name: a.name, birthDate: info.birthDate, sex: info.sex, married: a.married, spouseResidentId: a.spouseResidentId ?? null }));
      const adoption = await manager.save(
        manager.create(Adoption, {
          childId,
          childResidentId: child.residentId,
          adopterResidentIds: adopterIds,
          adopters: records,
          registeredOn: dto.registeredOn,
          relativesChild: dto.relativesChild,
          assessmentId: assessment!.id,
          villageCode: child.villageCode,
        }),
      );
      // Art. 1111: the adopters become the parents; the ties to the birth parents end.
      const before = { guardians: child.guardians, categories: child.categories, carerName: child.carerName, carerRelation: child.carerRelation };
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
      child.adoptedOn = dto.registeredOn;
      child.carerName = records[0].name;
      child.carerRelation = 'ADOPTIVE_PARENT';
      child.categories = await this.categories.derive(child, today);
      child.categoriesDerivedOn = today;
      const saved = await this.allowances.announce(manager, await manager.save(Child, child), today);
      await this.publisher.publish(
        manager,
        'child-welfare.adoption.registered.v1',
        { adoptionId: adoption.id, childId, childResidentId: child.residentId, adopterResidentIds: adopterIds, registeredOn: dto.registeredOn },
        { subject: childId },
      );
      await this.audit.record(manager, {
        actor: principal,
        action: 'adoption.registered',
        entityType: 'child',
        entityId: childId,
        before,
        after: { adoptionId: adoption.id, registeredOn: adoption.registeredOn, categories: saved.categories, adoptedOn: saved.adoptedOn },
      });
      return { adoption, child: saved };
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
