import { AuditService } from '@app/common/audit/audit.service';
import type { Principal } from '@app/common/auth/claims';
import { ProblemException } from '@app/common/http/problem';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { BankRules } from '../payee-accounts/rules/account-proposal.rule';
import { Bank, BankLayout } from './bank.entity';
import type { CreateBankDto, LayoutVersionDto } from './dto/bank.dto';
import { disbursementLayoutProblems, disbursementLayoutSchema, returnLayoutProblems, returnLayoutSchema } from './rules/bank-layout.rule';
import { pageOf, pageWindow, type Page, type PageQuery } from '@app/common/http/page-query.dto';

export interface BankView extends Bank {
  currentLayout: BankLayout;
  layouts: BankLayout[];
}

function bankNotFound(code: string): ProblemException {
  return new ProblemException({ status: 404, code: 'BANK.NOT_FOUND', detail: `no bank ${code}` });
}

/** The layouts of a request, parsed, or 400 naming every field at fault. */
function checkedLayouts(dto: LayoutVersionDto): Pick<BankLayout, 'layout' | 'returnLayout'> {
  const problems = [...disbursementLayoutProblems(dto.layout), ...returnLayoutProblems(dto.returnLayout)];
  if (problems.length > 0) {
    throw new ProblemException({
      status: 400,
      code: 'VALIDATION.FAILED',
      detail: 'The layout cannot write or read the bank’s files.',
      errors: problems.map((p) => ({ field: p.path, code: 'layout', message: p.message })),
    });
  }
  return { layout: disbursementLayoutSchema.parse(dto.layout), returnLayout: returnLayoutSchema.parse(dto.returnLayout) };
}

/** Banks and their layout versions: reference data, added by an admin, never edited. */
@Injectable()
export class BanksService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async create(dto: CreateBankDto, actor: Principal): Promise<BankView> {
    const layouts = checkedLayouts(dto);
    return this.dataSource.transaction(async (manager) => {
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(Bank)
        .values({ code: dto.code, name: dto.name, personalAccount: dto.personalAccount, corporateAccount: dto.corporateAccount, maxLinesPerFile: dto.maxLinesPerFile, createdBy: actor.sub })
        .orIgnore()
        .returning('code')
        .execute();
      if ((inserted.raw as unknown[]).length === 0) throw new ProblemException({ status: 409, code: 'BANK.CODE_TAKEN', detail: `a bank ${dto.code} exists; a new layout is a new version of it` });
      const layout = await manager.save(manager.create(BankLayout, { bankCode: dto.code, version: 1, ...layouts, note: dto.note ?? null, createdBy: actor.sub }));
      await this.audit.record(manager, { actor, action: 'bank.created', entityType: 'bank', entityId: dto.code, after: { ...dto, layoutId: layout.id } });
      return this.view(manager, dto.code);
    });
  }

  /** A new version of a bank's layouts; batches released before keep the version they were written with. */
  async addLayout(code: string, dto: LayoutVersionDto, actor: Principal): Promise<BankView> {
    const layouts = checkedLayouts(dto);
    return this.dataSource.transaction(async (manager) => {
      const bank = await manager.findOne(Bank, { where: { code }, lock: { mode: 'pessimistic_write' } });
      if (!bank) throw bankNotFound(code);
      const [{ version }] = await manager.query<Array<{ version: number }>>(`SELECT coalesce(max(version), 0) + 1 AS version FROM bank_layout WHERE bank_code = $1`, [code]);
      const layout = await manager.save(manager.create(BankLayout, { bankCode: code, version, ...layouts, note: dto.note ?? null, createdBy: actor.sub }));
      await this.audit.record(manager, { actor, action: 'bank.layout-added', entityType: 'bank', entityId: code, after: layout });
      return this.view(manager, code);
    });
  }

  async list(query: PageQuery): Promise<Page<BankView>> {
    const { offset, limit } = pageWindow(query);
    const [banks, total] = await this.dataSource.manager.findAndCount(Bank, { order: { code: 'ASC' }, skip: offset, take: limit });
    return pageOf(await Promise.all(banks.map((b) => this.view(this.dataSource.manager, b.code))), total, query);
  }

  async get(code: string): Promise<BankView> {
    return this.view(this.dataSource.manager, code);
  }

  /** Every bank's account rules, for checking proposals. */
  async rules(manager: EntityManager = this.dataSource.manager): Promise<Map<string, BankRules>> {
    const banks = await manager.find(Bank);
    return new Map(banks.map((b) => [b.code, { code: b.code, personalAccount: b.personalAccount, corporateAccount: b.corporateAccount }]));
  }

  /** The layout version a batch released now is written with. */
  async currentLayout(manager: EntityManager, code: string): Promise<BankLayout> {
    const layout = await manager.findOne(BankLayout, { where: { bankCode: code }, order: { version: 'DESC' } });
    if (!layout) throw bankNotFound(code);
    return layout;
  }

  private async view(manager: EntityManager, code: string): Promise<BankView> {
    const bank = await manager.findOneBy(Bank, { code });
    if (!bank) throw bankNotFound(code);
    const layouts = await manager.find(BankLayout, { where: { bankCode: code }, order: { version: 'DESC' } });
    return { ...bank, currentLayout: layouts[0], layouts };
  }
}
