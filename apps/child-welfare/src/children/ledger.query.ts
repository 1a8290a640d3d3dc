// The ledger (台账) as a list: the active children of the caller's village, township or division
// (the scope of every list of this service), narrowed by village, township, tier and category.
import type { Principal } from '@app/common/auth/claims';
import { pageWindow } from '@app/common/http/page-query.dto';
import { ProblemException } from '@app/common/http/problem';
import { PolicyService } from '@app/common/policy/policy.service';
import { Clock } from '@app/common/time/clock';
import { Injectable } from '@nestjs/common';
import type { RiskTier } from '@app/contracts';
import { DataSource, type SelectQueryBuilder } from 'typeorm';
import { requireOverviewScope } from '../access/child-access';
import { filterWithinScope } from '../access/rules/division-access.rule';
import { CategoryPolicyRows } from '../categories/category-policy';
import { deriveCategories, type CategoryPolicy } from '../categories/rules/child-category.rule';
import type { ChildWelfarePolicies } from '../policy-catalogue';
import { Child } from './child.entity';
import type { LedgerPageView, LedgerQuery } from './dto/ledger-query.dto';
import { ledgerPage, tierCountsOf, type LedgerPage } from './rules/ledger-page.rule';

@Injectable()
export class LedgerQueries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly policy: PolicyService<ChildWelfarePolicies>,
  ) {}

  async list(principal: Principal, query: LedgerQuery): Promise<LedgerPageView> {
    const scope = requireOverviewScope(principal);
    for (const field of ['village', 'township'] as const) {
      const code = query[field];
      if (code !== undefined && !filterWithinScope(scope, code)) {
        throw new ProblemException({ status: 403, code: 'CHILD.OUT_OF_DIVISION', detail: `${field} ${code} is outside your village or township`, errors: [{ field, code: 'outOfDivision', message: `${field} is outside the caller's division` }] });
      }
    }
    const qb = this.dataSource.manager
      .createQueryBuilder(Child, 'c')
      .where("c.village_code LIKE :prefix AND c.status = 'ACTIVE'", { prefix: `${scope}%` });
    if (query.village) qb.andWhere('c.village_code = :village', { village: query.village });
    if (query.township) qb.andWhere('c.township_code = :township', { township: query.township });
    const today = this.clock.today();
    const policy = (await CategoryPolicyRows.load(this.policy)).on(today);
    const page = query.category ? await this.byCategory(qb, query, today, policy) : await this.inSql(qb, query, today, policy);
    return {
      items: page.items.map(({ child, categories }) => ({
        id: child.id,
        residentId: child.residentId,
        name: child.name,
        birthDate: child.birthDate,
        villageCode: child.villageCode,
        townshipCode: child.townshipCode,
        categories,
        riskTier: child.riskTier,
        riskReason: child.riskReason,
        tierRatedOn: child.tierRatedOn,
        lastVisitOn: child.lastVisitOn,
        nextVisitDue: child.nextVisitDue,
      })),
      total: page.total,
      page: query.page,
      pageSize: query.pageSize,
      tierCounts: page.tierCounts,
    };
  }

  /**
   * Categories move with the calendar, so filtering by one derives them for every child in scope
   * (as the child's own read does) before cutting the page.
   */
  private async byCategory(qb: SelectQueryBuilder<Child>, query: LedgerQuery, today: string, policy: CategoryPolicy): Promise<LedgerPage<Child>> {
    const rows = await inListOrder(qb).getMany();
    const { offset, limit } = pageWindow(query);
    return ledgerPage(rows, { tier: query.tier, category: query.category, offset, limit }, today, policy);
  }

  /** Without a category filter the database counts the tiers and cuts the page; only the page's children are derived. */
  private async inSql(qb: SelectQueryBuilder<Child>, query: LedgerQuery, today: string, policy: CategoryPolicy): Promise<LedgerPage<Child>> {
    const grouped = await qb.clone().select('c.risk_tier', 'tier').addSelect('count(*)::int', 'n').groupBy('c.risk_tier').getRawMany<{ tier: RiskTier; n: number }>();
    const tierCounts = tierCountsOf(grouped);
    if (query.tier) qb.andWhere('c.risk_tier = :tier', { tier: query.tier });
    const { offset, limit } = pageWindow(query);
    const rows = await inListOrder(qb).skip(offset).take(limit).getMany();
    const total = query.tier ? tierCounts[query.tier] : tierCounts.RED + tierCounts.ORANGE + tierCounts.GREEN;
    return { items: rows.map((child) => ({ child, categories: deriveCategories(child, today, policy) })), total, tierCounts };
  }
}

/** Most at risk first, then whoever is due for a visit soonest. */
function inListOrder(qb: SelectQueryBuilder<Child>): SelectQueryBuilder<Child> {
  return qb
    .orderBy("CASE c.risk_tier WHEN 'RED' THEN 0 WHEN 'ORANGE' THEN 1 ELSE 2 END")
    .addOrderBy('c.next_visit_due')
    .addOrderBy('c.name')
    .addOrderBy('c.id');
}
