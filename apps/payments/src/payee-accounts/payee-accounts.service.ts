import { AuditService } from '@app/common/audit/audit.service';
import type { Principal } from '@app/common/auth/claims';
import { assertWithinDivision, divisionPrefix } from '@app/common/auth/division-scope';
import { pageOf, pageWindow, type Page, type PageQuery } from '@app/common/http/page-query.dto';
import { ProblemException } from '@app/common/http/problem';
import { Clock } from '@app/common/time/clock';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { BanksService } from '../banks/banks.service';
import { toAccountResponse, type PayeeAccountResponse, type ProposeAccountDto } from './dto/payee-account.dto';
import { PayeeAccount } from './payee-account.entity';
import { checkProposal, type PayeeKind, type Proposal } from './rules/account-proposal.rule';

function refuse(status: number, code: string, detail: string, extensions?: Record<string, string>): ProblemException {
  return new ProblemException({ status, code, detail, ...(extensions && { extensions }) });
}

/**
 * Payee accounts under four eyes: a change is proposed with its evidence and takes effect only
 * when a second person confirms it; the account in force before is superseded, never overwritten.
 */
@Injectable()
export class PayeeAccountsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly banks: BanksService,
  ) {}

  async propose(dto: ProposeAccountDto, actor: Principal): Promise<PayeeAccountResponse> {
    const checked = checkProposal(dto, await this.banks.rules(), this.clock.today());
    if (!checked.ok) {
      throw new ProblemException({ status: 400, code: 'VALIDATION.FAILED', detail: 'The account cannot be proposed.', errors: checked.problems.map((p) => ({ field: p.field, code: p.code, message: p.message })) });
    }
    const proposal = checked.proposal;
    assertWithinDivision(actor, proposal.divisionCode);
    return this.dataSource.transaction(async (manager) => {
      const current = await this.inForce(manager, proposal.payeeKind, proposal.payeeKey);
      if (current && current.unusableReason === null && sameAccount(current, proposal)) {
        throw refuse(409, 'PAYEE_ACCOUNT.UNCHANGED', 'this account is in force for the payee already', { accountId: current.id });
      }
      const inserted: Array<{ id: string }> = await manager.query(
        `INSERT INTO payee_account (payee_kind, payee_key, organisation_name, division_code, bank_code, account_number, holder_name, evidence_note, evidence_reference, status, proposed_by, proposed_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'PROPOSED', $10, $11)
         ON CONFLICT (payee_kind, payee_key) WHERE status = 'PROPOSED' DO NOTHING
         RETURNING id`,
        [proposal.payeeKind, proposal.payeeKey, proposal.organisationName, proposal.divisionCode, proposal.bankCode, proposal.accountNumber, proposal.holderName, proposal.evidenceNote, proposal.evidenceReference, actor.sub, this.clock.now()],
      );
      if (inserted.length === 0) {
        const open = await manager.findOneByOrFail(PayeeAccount, { payeeKind: proposal.payeeKind, payeeKey: proposal.payeeKey, status: 'PROPOSED' });
        throw refuse(409, 'PAYEE_ACCOUNT.PROPOSAL_OPEN', 'a proposal for this payee awaits confirmation; confirm or reject it first', { proposalId: open.id });
      }
      const account = await manager.findOneByOrFail(PayeeAccount, { id: inserted[0].id });
      // Audited in the response's shape, so the audit log's own responses mask the payee like any other.
      await this.audit.record(manager, { actor, action: 'payee-account.proposed', entityType: 'payee-account', entityId: account.id, after: toAccountResponse(account) });
      return toAccountResponse(account);
    });
  }

  /** The second person confirms: the proposal comes into force, the account in force before is superseded. */
  async confirm(id: string, actor: Principal): Promise<PayeeAccountResponse> {
    return this.dataSource.transaction(async (manager) => {
      const proposal = await this.lockedProposal(manager, id, actor);
      if (proposal.proposedBy === actor.sub) throw refuse(403, 'PAYEE_ACCOUNT.SAME_PERSON_CONFIRMATION', 'the person who proposed the account cannot confirm it');
      const now = this.clock.now();
      const previous = await this.inForce(manager, proposal.payeeKind, proposal.payeeKey);
      if (previous) await manager.update(PayeeAccount, { id: previous.id }, { status: 'SUPERSEDED', supersededAt: now });
      await manager.update(PayeeAccount, { id }, { status: 'CONFIRMED', decidedBy: actor.sub, decidedAt: now });
      const confirmed = await manager.findOneByOrFail(PayeeAccount, { id });
      await this.audit.record(manager, { actor, action: 'payee-account.confirmed', entityType: 'payee-account', entityId: id, before: previous ? toAccountResponse(previous) : undefined, after: toAccountResponse(confirmed) });
      return toAccountResponse(confirmed);
    });
  }

  async reject(id: string, reason: string, actor: Principal): Promise<PayeeAccountResponse> {
    return this.dataSource.transaction(async (manager) => {
      const proposal = await this.lockedProposal(manager, id, actor);
      await manager.update(PayeeAccount, { id }, { status: 'REJECTED', decidedBy: actor.sub, decidedAt: this.clock.now(), rejectionReason: reason });
      const rejected = await manager.findOneByOrFail(PayeeAccount, { id });
      await this.audit.record(manager, { actor, action: 'payee-account.rejected', entityType: 'payee-account', entityId: id, before: toAccountResponse(proposal), after: toAccountResponse(rejected), reason });
      return toAccountResponse(rejected);
    });
  }

  async get(id: string): Promise<PayeeAccountResponse> {
    const account = await this.dataSource.manager.findOneBy(PayeeAccount, { id });
    if (!account) throw refuse(404, 'PAYEE_ACCOUNT.NOT_FOUND', `no payee account ${id}`);
    return toAccountResponse(account);
  }

  /** Every version of a payee's account, the newest first. */
  async history(payeeKind: PayeeKind, payeeKey: string, query: PageQuery): Promise<Page<PayeeAccountResponse>> {
    const { offset, limit } = pageWindow(query);
    const [accounts, total] = await this.dataSource.manager.findAndCount(PayeeAccount, { where: { payeeKind, payeeKey }, order: { seq: 'DESC' }, skip: offset, take: limit });
    return pageOf(accounts.map(toAccountResponse), total, query);
  }

  /** A payee's accounts recorded within the caller's division, the newest first: another district sees none. */
  async search(payeeKind: PayeeKind, payeeKey: string, query: PageQuery, principal: Principal): Promise<Page<PayeeAccountResponse>> {
    const { offset, limit } = pageWindow(query);
    const [rows, total] = await this.dataSource.manager
      .createQueryBuilder(PayeeAccount, 'a')
      .where('a.payee_kind = :payeeKind AND a.payee_key = :payeeKey AND a.division_code LIKE :prefix', { payeeKind, payeeKey, prefix: `${divisionPrefix(principal.division)}%` })
      .orderBy('a.seq', 'DESC')
      .offset(offset)
      .limit(limit)
      .getManyAndCount();
    return pageOf(rows.map(toAccountResponse), total, query);
  }

  /** Proposals awaiting a second person, within the caller's division, the oldest first. */
  async proposals(query: PageQuery, principal: Principal): Promise<Page<PayeeAccountResponse>> {
    const { offset, limit } = pageWindow(query);
    const [rows, total] = await this.dataSource.manager
      .createQueryBuilder(PayeeAccount, 'a')
      .where(`a.status = 'PROPOSED' AND a.division_code LIKE :prefix`, { prefix: `${divisionPrefix(principal.division)}%` })
      .orderBy('a.seq')
      .offset(offset)
      .limit(limit)
      .getManyAndCount();
    return pageOf(rows.map(toAccountResponse), total, query);
  }

  private async inForce(manager: EntityManager, payeeKind: PayeeKind, payeeKey: string): Promise<PayeeAccount | null> {
    return manager.findOne(PayeeAccount, { where: { payeeKind, payeeKey, status: 'CONFIRMED' }, lock: { mode: 'pessimistic_write' } });
  }

  private async lockedProposal(manager: EntityManager, id: string, actor: Principal): Promise<PayeeAccount> {
    const account = await manager.findOne(PayeeAccount, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!account) throw refuse(404, 'PAYEE_ACCOUNT.NOT_FOUND', `no payee account ${id}`);
    assertWithinDivision(actor, account.divisionCode);
    if (account.status !== 'PROPOSED') throw refuse(409, 'PAYEE_ACCOUNT.NOT_PROPOSED', `the account is ${account.status}, not awaiting confirmation`);
    return account;
  }
}

function sameAccount(a: Pick<PayeeAccount, 'bankCode' | 'accountNumber' | 'holderName'>, b: Pick<Proposal, 'bankCode' | 'accountNumber' | 'holderName'>): boolean {
  return a.bankCode === b.bankCode && a.accountNumber === b.accountNumber && a.holderName === b.holderName;
}
