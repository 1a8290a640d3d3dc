import { AuditService } from '@app/common/audit/audit.service';
import type { Principal } from '@app/common/auth/claims';
import { ProblemException } from '@app/common/http/problem';
import { Clock } from '@app/common/time/clock';
import { Injectable } from '@nestjs/common';
import { DataSource, In, IsNull, type EntityManager } from 'typeorm';
import { loadAccessibleChild } from '../access/child-access';
import type { Child } from '../children/child.entity';
import { CadrePairing, CadreVisit } from './cadre-pairing.entity';
import type { CadreVisitDto, CloseHelpNeedDto, EndPairingDto, PairCadreDto, RaiseHelpNeedDto } from './dto/help.dto';
import { HelpNeed } from './help-need.entity';
import { dateProblem, visitWithinPairing, type DateProblem } from './rules/help-dates.rule';
import { pageOf, pageWindow, type Page, type PageQuery } from '@app/common/http/page-query.dto';

function refuseDate(area: string, problem: DateProblem | null): void {
  if (problem) throw new ProblemException({ status: 422, code: `${area}.${problem.code}`, detail: problem.message, errors: [{ field: problem.field, code: problem.code, message: problem.message }] });
}

async function activeChild(manager: EntityManager, principal: Principal, childId: string): Promise<Child> {
  const child = await loadAccessibleChild(manager, principal, childId, true);
  if (child.status !== 'ACTIVE') throw new ProblemException({ status: 409, code: 'CHILD.CASE_CLOSED', detail: 'the case is closed' });
  return child;
}

/** Help needs (帮扶需求) raised to closed, and cadre–child pairing (结对帮扶) with the cadre's visits. */
export type PairingWithVisits = CadrePairing & { visits: CadreVisit[] };

@Injectable()
export class HelpService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  async raiseNeed(principal: Principal, childId: string, dto: RaiseHelpNeedDto): Promise<HelpNeed> {
    refuseDate('HELP', dateProblem('raisedOn', dto.raisedOn, this.clock.today()));
    return this.dataSource.transaction(async (manager) => {
      await activeChild(manager, principal, childId);
      const need = await manager.save(manager.create(HelpNeed, { childId, kind: dto.kind, description: dto.description, raisedOn: dto.raisedOn, raisedBy: principal.sub, status: 'OPEN', closedOn: null, resolution: null }));
      await this.audit.record(manager, { actor: principal, action: 'help-need.raised', entityType: 'child', entityId: childId, after: { helpNeedId: need.id, kind: need.kind, raisedOn: need.raisedOn } });
      return need;
    });
  }

  async closeNeed(principal: Principal, childId: string, needId: string, dto: CloseHelpNeedDto): Promise<HelpNeed> {
    return this.dataSource.transaction(async (manager) => {
      await loadAccessibleChild(manager, principal, childId, true);
      const need = await manager.findOne(HelpNeed, { where: { id: needId, childId }, lock: { mode: 'pessimistic_write' } });
      if (!need) throw new ProblemException({ status: 404, code: 'HELP.NOT_FOUND', detail: `no help need ${needId} for this child` });
      if (need.status === 'CLOSED') throw new ProblemException({ status: 409, code: 'HELP.ALREADY_CLOSED', detail: `closed on ${need.closedOn}` });
      refuseDate('HELP', dateProblem('closedOn', dto.closedOn, this.clock.today(), { date: need.raisedOn, what: 'the day it was raised' }));
      need.status = 'CLOSED';
      need.closedOn = dto.closedOn;
      need.resolution = dto.resolution;
      const saved = await manager.save(HelpNeed, need);
      await this.audit.record(manager, { actor: principal, action: 'help-need.closed', entityType: 'child', entityId: childId, after: { helpNeedId: needId, closedOn: saved.closedOn } });
      return saved;
    });
  }

  /** Every need of the child, for the person file. */
  async needs(principal: Principal, childId: string): Promise<HelpNeed[]> {
    await loadAccessibleChild(this.dataSource.manager, principal, childId);
    return this.dataSource.manager.find(HelpNeed, { where: { childId }, order: { raisedOn: 'ASC', createdAt: 'ASC', id: 'ASC' } });
  }

  async needsPage(principal: Principal, childId: string, query: PageQuery): Promise<Page<HelpNeed>> {
    await loadAccessibleChild(this.dataSource.manager, principal, childId);
    const { offset, limit } = pageWindow(query);
    const [needs, total] = await this.dataSource.manager.findAndCount(HelpNeed, { where: { childId }, order: { raisedOn: 'ASC', createdAt: 'ASC', id: 'ASC' }, skip: offset, take: limit });
    return pageOf(needs, total, query);
  }

  async pair(principal: Principal, childId: string, dto: PairCadreDto): Promise<CadrePairing> {
    refuseDate('PAIRING', dateProblem('startedOn', dto.startedOn, this.clock.today()));
    return this.dataSource.transaction(async (manager) => {
      await activeChild(manager, principal, childId);
      const active = await manager.findOneBy(CadrePairing, { childId, endedOn: IsNull() });
      if (active) throw new ProblemException({ status: 409, code: 'PAIRING.ALREADY_ACTIVE', detail: `the child is paired with cadre ${active.cadreId} since ${active.startedOn}; end that pairing first` });
      const pairing = await manager.save(manager.create(CadrePairing, { childId, cadreId: dto.cadreId, cadreName: dto.cadreName, cadrePhone: dto.cadrePhone, startedOn: dto.startedOn, endedOn: null }));
      await this.audit.record(manager, { actor: principal, action: 'pairing.started', entityType: 'child', entityId: childId, after: { pairingId: pairing.id, cadreId: pairing.cadreId, startedOn: pairing.startedOn } });
      return pairing;
    });
  }

  async endPairing(principal: Principal, childId: string, pairingId: string, dto: EndPairingDto): Promise<CadrePairing> {
    return this.dataSource.transaction(async (manager) => {
      await loadAccessibleChild(manager, principal, childId, true);
      const pairing = await this.pairingOf(manager, childId, pairingId);
      if (pairing.endedOn !== null) throw new ProblemException({ status: 409, code: 'PAIRING.ALREADY_ENDED', detail: `ended on ${pairing.endedOn}` });
      refuseDate('PAIRING', dateProblem('endedOn', dto.endedOn, this.clock.today(), { date: pairing.startedOn, what: 'the start of the pairing' }));
      pairing.endedOn = dto.endedOn;
      const saved = await manager.save(CadrePairing, pairing);
      await this.audit.record(manager, { actor: principal, action: 'pairing.ended', entityType: 'child', entityId: childId, after: { pairingId, endedOn: saved.endedOn } });
      return saved;
    });
  }

  async recordCadreVisit(principal: Principal, childId: string, pairingId: string, dto: CadreVisitDto): Promise<CadreVisit> {
    refuseDate('PAIRING', dateProblem('visitedOn', dto.visitedOn, this.clock.today()));
    return this.dataSource.transaction(async (manager) => {
      await loadAccessibleChild(manager, principal, childId, true);
      const pairing = await this.pairingOf(manager, childId, pairingId);
      if (!visitWithinPairing(dto.visitedOn, pairing)) {
        throw new ProblemException({ status: 422, code: 'PAIRING.VISIT_OUTSIDE_PAIRING', detail: 'the visit is outside the pairing', errors: [{ field: 'visitedOn', code: 'outsidePairing', message: `must be from ${pairing.startedOn} to ${pairing.endedOn ?? 'today'}` }] });
      }
      const visit = await manager.save(manager.create(CadreVisit, { pairingId, childId, visitedOn: dto.visitedOn, notes: dto.notes, round: dto.round ?? null }));
      await this.audit.record(manager, { actor: principal, action: 'pairing.visit-recorded', entityType: 'child', entityId: childId, after: { pairingId, visitId: visit.id, visitedOn: visit.visitedOn, round: visit.round } });
      return visit;
    });
  }

  /** Every pairing of the child with its visits, for the person file. */
  async pairings(principal: Principal, childId: string): Promise<PairingWithVisits[]> {
    await loadAccessibleChild(this.dataSource.manager, principal, childId);
    const pairings = await this.dataSource.manager.find(CadrePairing, { where: { childId }, order: { startedOn: 'ASC', id: 'ASC' } });
    return this.withVisits(pairings);
  }

  async pairingsPage(principal: Principal, childId: string, query: PageQuery): Promise<Page<PairingWithVisits>> {
    await loadAccessibleChild(this.dataSource.manager, principal, childId);
    const { offset, limit } = pageWindow(query);
    const [pairings, total] = await this.dataSource.manager.findAndCount(CadrePairing, { where: { childId }, order: { startedOn: 'ASC', id: 'ASC' }, skip: offset, take: limit });
    return pageOf(await this.withVisits(pairings), total, query);
  }

  private async withVisits(pairings: CadrePairing[]): Promise<PairingWithVisits[]> {
    const visits = pairings.length ? await this.dataSource.manager.find(CadreVisit, { where: { pairingId: In(pairings.map((p) => p.id)) }, order: { visitedOn: 'ASC' } }) : [];
    return pairings.map((p) => ({ ...p, visits: visits.filter((v) => v.pairingId === p.id) }));
  }

  private async pairingOf(manager: EntityManager, childId: string, pairingId: string): Promise<CadrePairing> {
    const pairing = await manager.findOne(CadrePairing, { where: { id: pairingId, childId }, lock: { mode: 'pessimistic_write' } });
    if (!pairing) throw new ProblemException({ status: 404, code: 'PAIRING.NOT_FOUND', detail: `no pairing ${pairingId} for this child` });
    return pairing;
  }
}
