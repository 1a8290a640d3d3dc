// 一人一档 in elderly care: the registry entry, allowances, overpayments, assessments, home care
// and institution stays of one person in one answer. A registered elder is read within the
// caller's division (the registry's region, as every write on the elder checks); a person known
// only from an enrollment or an assessment has no division here and is read like
// `POST /allowances/search`, by role.
import type { Principal } from '@app/common/auth/claims';
import { assertWithinDivision } from '@app/common/auth/division-scope';
import { personNotFound } from '@app/common/http/person-lookup';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { Allowance } from '../allowances/allowance.entity';
import { Assessment } from '../assessments/assessment.entity';
import { AssessmentsService } from '../assessments/assessments.service';
import { DeceasedResident } from '../deaths/deceased-resident.entity';
import { Overpayment } from '../deaths/overpayment.entity';
import { Elder } from '../elders/elder.entity';
import { HomeCareBed } from '../home-care/home-care-bed.entity';
import { HomeCareOrder } from '../home-care/home-care-order.entity';
import { ResidenceChange } from '../residence/residence-change.entity';
import type { ElderlyCarePerson, HomeCareBedRecord, HomeCareOrderRecord, InstitutionStayRecord, ResidenceChangeRecord } from './dto/person.dto';

/** The person view lists the newest orders; homeCareOrderCount says how many there are in all. */
const ORDERS_SHOWN = 100;

const orderRecord = (o: HomeCareOrder): HomeCareOrderRecord => ({
  id: o.id,
  divisionCode: o.divisionCode,
  itemCode: o.itemCode,
  priceFen: o.priceFen,
  subsidyFen: o.subsidyFen,
  status: o.status,
  providerId: o.providerId,
  orderedOn: o.orderedOn,
  serviceMonth: o.serviceMonth,
  cancelReason: o.cancelReason,
});

const bedRecord = (b: HomeCareBed): HomeCareBedRecord => ({
  id: b.id,
  divisionCode: b.divisionCode,
  institutionId: b.institutionId,
  visitsPerMonth: b.visitsPerMonth,
  contractedOn: b.contractedOn,
  endedOn: b.endedOn,
  endReason: b.endReason,
});

const moveRecord = (m: ResidenceChange): ResidenceChangeRecord => ({ id: m.id, movedOn: m.movedOn, source: m.source, receivedAt: m.receivedAt });

function stays(manager: EntityManager, residentId: string): Promise<InstitutionStayRecord[]> {
  return manager.query(
    `SELECT s.id, s.institution_id AS "institutionId", i.institution_name AS "institutionName", b.bed_code AS "bedCode",
            s.admitted_on::text AS "admittedOn", s.discharged_on::text AS "dischargedOn", s.discharge_reason AS "dischargeReason"
       FROM bed_stay s JOIN institution i ON i.id = s.institution_id JOIN bed b ON b.id = s.bed_id
      WHERE s.resident_id = $1 ORDER BY s.admitted_on DESC, s.id`,
    [residentId],
  );
}

@Injectable()
export class PersonFileQueries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly assessments: AssessmentsService,
  ) {}

  async file(residentId: string, principal: Principal): Promise<ElderlyCarePerson> {
    const manager = this.dataSource.manager;
    const elder = await manager.findOneBy(Elder, { residentId });
    if (elder) assertWithinDivision(principal, elder.region, 'residentId');
    const where = { residentId };
    const [deceased, moves, allowances, overpayments, assessed, orders, homeCareOrderCount, beds, institutionStays] = await Promise.all([
      manager.findOneBy(DeceasedResident, where),
      manager.find(ResidenceChange, { where, order: { movedOn: 'ASC' } }),
      manager.find(Allowance, { where, order: { createdAt: 'ASC' } }),
      manager.find(Overpayment, { where, order: { createdAt: 'ASC' } }),
      manager.find(Assessment, { where, select: { id: true }, order: { assessedOn: 'DESC', createdAt: 'DESC' } }),
      manager.find(HomeCareOrder, { where, order: { createdAt: 'DESC' }, take: ORDERS_SHOWN }),
      manager.countBy(HomeCareOrder, where),
      manager.find(HomeCareBed, { where, order: { contractedOn: 'DESC' } }),
      stays(manager, residentId),
    ]);
    // A death alone is not a record of ours: every death of the city is received.
    const known = [moves, allowances, overpayments, assessed, beds, institutionStays].some((records) => records.length > 0) || homeCareOrderCount > 0;
    if (!elder && !known) throw personNotFound();
    return {
      residentId,
      name: elder?.name ?? null,
      elder: elder ? { residentId: elder.residentId, name: elder.name, region: elder.region, local: elder.local, birthDate: elder.birthDate, createdAt: elder.createdAt } : null,
      deceasedOn: deceased?.dateOfDeath ?? null,
      residenceChanges: moves.map(moveRecord),
      allowances,
      overpayments,
      assessments: await Promise.all(assessed.map((a) => this.assessments.get(a.id))),
      homeCareOrders: orders.map(orderRecord),
      homeCareOrderCount,
      homeCareBeds: beds.map(bedRecord),
      institutionStays,
    };
  }
}
