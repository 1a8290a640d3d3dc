import { AuditService } from '@app/common/audit/audit.service';
import type { Principal } from '@app/common/auth/claims';
import { divisionCovers } from '@app/common/auth/division-scope';
import { pageOf, pageWindow, type Page, type PageQuery } from '@app/common/http/page-query.dto';
import { ProblemException } from '@app/common/http/problem';
import { Clock } from '@app/common/time/clock';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { loadActiveChild, requireOverviewScope } from '../access/child-access';
import { assertDivisionAccess, refuseDate } from '../programme-problems';
import { CharityDonation, CharityFund, CharityGrant } from './charity.entity';
import type { CreateCharityFundDto, GrantToChildDto, RecordDonationDto } from './dto/charity.dto';
import { grantRefusal } from './rules/charity-balance.rule';

/** Charity funds (慈善资金): donations in, grants to children out; the balance never goes negative. */
@Injectable()
export class CharityService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  async createFund(principal: Principal, dto: CreateCharityFundDto): Promise<CharityFund> {
    assertDivisionAccess(principal, dto.divisionCode);
    return this.dataSource.transaction(async (manager) => {
      const fund = await manager.save(manager.create(CharityFund, { title: dto.title, divisionCode: dto.divisionCode, balanceFen: 0 }));
      await this.audit.record(manager, { actor: principal, action: 'charity-fund.created', entityType: 'charity-fund', entityId: fund.id, after: { title: fund.title, divisionCode: fund.divisionCode } });
      return fund;
    });
  }

  async recordDonation(principal: Principal, fundId: string, dto: RecordDonationDto): Promise<{ donation: CharityDonation; balanceFen: number }> {
    refuseDate({ inFuture: 'CHARITY.DATE_IN_FUTURE' }, 'receivedOn', dto.receivedOn, this.clock.today());
    return this.dataSource.transaction(async (manager) => {
      const fund = await this.lockFund(manager, principal, fundId);
      const donation = await manager.save(manager.create(CharityDonation, { fundId, divisionCode: fund.divisionCode, donorName: dto.donorName, amountFen: dto.amountFen, receivedOn: dto.receivedOn, recordedBy: principal.sub }));
      const balanceFen = fund.balanceFen + dto.amountFen;
      await manager.update(CharityFund, { id: fundId }, { balanceFen });
      await this.audit.record(manager, { actor: principal, action: 'charity.donation-recorded', entityType: 'charity-fund', entityId: fundId, after: { donationId: donation.id, amountFen: donation.amountFen, balanceFen } });
      return { donation, balanceFen };
    });
  }

  /**
   * The fund's row is locked before the balance is read, so two grants cannot both spend the same
   * money; the CHECK on balance_fen backs the rule up should a future writer forget the lock.
   */
  async grantToChild(principal: Principal, fundId: string, dto: GrantToChildDto): Promise<{ grant: CharityGrant; balanceFen: number }> {
    refuseDate({ inFuture: 'CHARITY.DATE_IN_FUTURE' }, 'grantedOn', dto.grantedOn, this.clock.today());
    return this.dataSource.transaction(async (manager) => {
      const fund = await this.lockFund(manager, principal, fundId);
      const child = await loadActiveChild(manager, principal, dto.childId);
      if (!divisionCovers(fund.divisionCode, child.villageCode)) {
        throw new ProblemException({ status: 422, code: 'CHARITY.CHILD_OUTSIDE_FUND', detail: `the child lives outside the fund's division ${fund.divisionCode}`, errors: [{ field: 'childId', code: 'outsideFund', message: 'the child must live in the fund’s division' }] });
      }
      const refusal = grantRefusal(fund.balanceFen, dto.amountFen);
      if (refusal) {
        throw new ProblemException({ status: 422, code: refusal.code, detail: refusal.message, errors: [{ field: refusal.field, code: refusal.code, message: refusal.message }], extensions: { balanceFen: refusal.balanceFen } });
      }
      const grant = await manager.save(manager.create(CharityGrant, { fundId, childId: child.id, villageCode: child.villageCode, amountFen: dto.amountFen, purpose: dto.purpose, grantedOn: dto.grantedOn, recordedBy: principal.sub }));
      const balanceFen = fund.balanceFen - dto.amountFen;
      await manager.update(CharityFund, { id: fundId }, { balanceFen });
      await this.audit.record(manager, { actor: principal, action: 'charity.grant-made', entityType: 'charity-fund', entityId: fundId, after: { grantId: grant.id, childId: child.id, amountFen: grant.amountFen, balanceFen } });
      return { grant, balanceFen };
    });
  }

  async fund(principal: Principal, fundId: string): Promise<CharityFund> {
    return this.readableFund(this.dataSource.manager, principal, fundId);
  }

  async funds(principal: Principal, query: PageQuery): Promise<Page<CharityFund>> {
    const scope = requireOverviewScope(principal);
    const { offset, limit } = pageWindow(query);
    const [items, total] = await this.dataSource.manager
      .createQueryBuilder(CharityFund, 'f')
      .where('f.division_code LIKE :prefix', { prefix: `${scope}%` })
      .orderBy('f.division_code')
      .addOrderBy('f.title')
      .offset(offset)
      .limit(limit)
      .getManyAndCount();
    return pageOf(items, total, query);
  }

  async donations(principal: Principal, fundId: string, query: PageQuery): Promise<Page<CharityDonation>> {
    await this.readableFund(this.dataSource.manager, principal, fundId);
    const { offset, limit } = pageWindow(query);
    const [items, total] = await this.dataSource.manager.findAndCount(CharityDonation, { where: { fundId }, order: { receivedOn: 'DESC', id: 'ASC' }, skip: offset, take: limit });
    return pageOf(items, total, query);
  }

  async grants(principal: Principal, fundId: string, query: PageQuery): Promise<Page<CharityGrant>> {
    await this.readableFund(this.dataSource.manager, principal, fundId);
    const { offset, limit } = pageWindow(query);
    const [items, total] = await this.dataSource.manager.findAndCount(CharityGrant, { where: { fundId }, order: { grantedOn: 'DESC', id: 'ASC' }, skip: offset, take: limit });
    return pageOf(items, total, query);
  }

  private async readableFund(manager: EntityManager, principal: Principal, fundId: string, lock = false): Promise<CharityFund> {
    const fund = await manager.findOne(CharityFund, { where: { id: fundId }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!fund) throw new ProblemException({ status: 404, code: 'CHARITY.FUND_NOT_FOUND', detail: `no charity fund ${fundId}` });
    assertDivisionAccess(principal, fund.divisionCode, lock ? 'write' : 'read');
    return fund;
  }

  private lockFund(manager: EntityManager, principal: Principal, fundId: string): Promise<CharityFund> {
    return this.readableFund(manager, principal, fundId, true);
  }
}
