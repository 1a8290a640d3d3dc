import { AuditService } from '@app/common/audit/audit.service';
import type { Principal } from '@app/common/auth/claims';
import { ProblemException } from '@app/common/http/problem';
import { checkResidentId } from '@app/common/resident-id/resident-id';
import { Clock } from '@app/common/time/clock';
import { EventPublisher } from '@app/messaging';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { CertificateReissueDto, MarriageChecksDto, MarriageChecksResultDto, MarriageDto, RegisterMarriageDto, ReissueCertificateDto } from './dto/marriage.dto';
import { requireOpenOffice } from '../registration-offices/office-check';
import { Marriage, MarriageCertificateReissue } from './marriage.entity';
import { isCurrentlyMarried, isDeceased, lockPersons } from './person-facts';
import { marriageChecks, marriageProblem, type PartyFacts } from './rules/marriage-eligibility.rule';

/** The parties' IDs checked (400 MARRIAGE.INVALID_RESIDENT_ID), with the birth date and sex they carry. */
function validPartyIds(residentIds: string[], today: string) {
  return residentIds.map((raw) => {
    const checked = checkResidentId(raw, today);
    if (!checked.ok) throw new ProblemException({ status: 400, code: 'MARRIAGE.INVALID_RESIDENT_ID', detail: `A party's resident ID is not valid (${checked.code}).` });
    return checked.info;
  });
}

/** What the marriage conditions need of each party: from the ID, and this service's death and marriage records. */
async function partyFacts(manager: EntityManager, residentIds: string[], today: string): Promise<PartyFacts[]> {
  const facts: PartyFacts[] = [];
  for (const info of validPartyIds(residentIds, today)) {
    facts.push({ residentId: info.id, birthDate: info.birthDate, sex: info.sex, deceased: await isDeceased(manager, info.id), currentlyMarried: await isCurrentlyMarried(manager, info.id) });
  }
  return facts;
}

export function toMarriageDto(m: Marriage): MarriageDto {
  return { id: m.id, kind: m.kind, partyResidentIds: [m.partyAResidentId, m.partyBResidentId], registeredOn: m.registeredOn, status: m.status, dissolvedOn: m.dissolvedOn, officeId: m.officeId };
}

@Injectable()
export class MarriagesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly publisher: EventPublisher,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  /**
   * Every legal condition for the two, as registering them today would check it, with nothing
   * stored: the registrar sees at the counter what would stop the registration, all at once.
   */
  async check(dto: MarriageChecksDto): Promise<MarriageChecksResultDto> {
    const today = this.clock.today();
    const facts = await partyFacts(this.dataSource.manager, dto.partyResidentIds, today);
    const checks = marriageChecks(facts[0], facts[1], today, dto.declaredKinship, dto.bothPartiesPresent);
    return { registeredOn: today, eligible: checks.every((c) => c.passed), checks };
  }

  async register(dto: RegisterMarriageDto, principal: Principal): Promise<MarriageDto> {
    const today = this.clock.today();
    const infos = validPartyIds(dto.partyResidentIds, today);
    return this.dataSource.transaction(async (manager) => {
      await requireOpenOffice(manager, dto.officeId, today);
      await lockPersons(manager, infos.map((i) => i.id));
      const facts = await partyFacts(manager, dto.partyResidentIds, today);
      const problem = marriageProblem(facts[0], facts[1], today, dto.declaredKinship, dto.bothPartiesPresent);
      if (problem) throw new ProblemException({ status: 422, code: problem.code, detail: problem.detail });

      const marriage = await manager.save(
        manager.create(Marriage, {
          kind: dto.kind,
          partyAResidentId: infos[0].id,
          partyBResidentId: infos[1].id,
          registeredOn: today,
          status: 'ACTIVE',
          dissolvedOn: null,
          divisionCode: principal.division,
          officeId: dto.officeId,
          recordedBy: principal.sub,
        }),
      );
      await this.publisher.publish(
        manager,
        'civil-registration.marriage.registered.v1',
        { marriageId: marriage.id, kind: marriage.kind, partyResidentIds: [marriage.partyAResidentId, marriage.partyBResidentId], registeredOn: marriage.registeredOn },
      );
      await this.audit.record(manager, { actor: principal, action: 'marriage.registered', entityType: 'marriage', entityId: marriage.id, after: toMarriageDto(marriage) });
      return toMarriageDto(marriage);
    });
  }

  /** 补领: a duplicate certificate for a marriage that still exists, asked for by one of its parties. */
  async reissueCertificate(marriageId: string, dto: ReissueCertificateDto, principal: Principal): Promise<CertificateReissueDto> {
    const today = this.clock.today();
    return this.dataSource.transaction(async (manager) => {
      const marriage = await manager.findOneBy(Marriage, { id: marriageId });
      if (!marriage) throw new ProblemException({ status: 404, code: 'MARRIAGE.NOT_FOUND', detail: 'No marriage with this id.' });
      if (![marriage.partyAResidentId, marriage.partyBResidentId].includes(dto.requestedByResidentId)) {
        throw new ProblemException({ status: 422, code: 'MARRIAGE.NOT_A_PARTY', detail: 'Only a party to the marriage may ask for a duplicate certificate.' });
      }
      if (marriage.status !== 'ACTIVE') throw new ProblemException({ status: 422, code: 'MARRIAGE.DISSOLVED', detail: 'The marriage has been dissolved.' });
      await requireOpenOffice(manager, dto.officeId, today);
      const reissue = await manager.save(
        manager.create(MarriageCertificateReissue, { marriageId, requestedByResidentId: dto.requestedByResidentId, reissuedOn: today, officeId: dto.officeId, recordedBy: principal.sub }),
      );
      await this.audit.record(manager, { actor: principal, action: 'marriage.certificate-reissued', entityType: 'marriage', entityId: marriageId, after: { reissueId: reissue.id } });
      return { id: reissue.id, marriageId, requestedByResidentId: reissue.requestedByResidentId, reissuedOn: reissue.reissuedOn, officeId: dto.officeId };
    });
  }

  async get(id: string): Promise<MarriageDto> {
    const marriage = await this.dataSource.manager.findOneBy(Marriage, { id });
    if (!marriage) throw new ProblemException({ status: 404, code: 'MARRIAGE.NOT_FOUND', detail: 'No marriage with this id.' });
    return toMarriageDto(marriage);
  }

  async findByResident(residentId: string): Promise<MarriageDto[]> {
    const rows = await this.dataSource.manager.find(Marriage, {
      where: [{ partyAResidentId: residentId }, { partyBResidentId: residentId }],
      order: { registeredOn: 'ASC' },
    });
    return rows.map(toMarriageDto);
  }
}
