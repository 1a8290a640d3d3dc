import type { Principal } from '@app/common/auth/claims';
import { pageOf, pageWindow, type Page, type PageQuery } from '@app/common/http/page-query.dto';
import type { RiskTier } from '@app/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { loadAccessibleChild } from '../access/child-access';
import type { ChildHistoryEntryView } from './dto/child-history.dto';

const TIER_ACTION = 'child.risk-tier-changed';

// Every write that re-derives the categories audits them in `after`; only entries where they
// changed are history. Tier changes are audited only when the tier changed. The audit log's
// (entity_type, entity_id, occurred_at) index serves both the page and the count.
const WHERE = `entity_type = 'child' AND entity_id = $1 AND (
  action = '${TIER_ACTION}'
  OR (after ? 'categories' AND (before IS NULL OR NOT before ? 'categories' OR before->'categories' IS DISTINCT FROM after->'categories')))`;

interface Row {
  id: string;
  occurred_at: Date;
  actor: string;
  action: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

function entryOf(row: Row): ChildHistoryEntryView {
  const tier = row.action === TIER_ACTION;
  const before = row.before ?? {};
  const after = row.after ?? {};
  return {
    id: row.id,
    recordedAt: row.occurred_at.toISOString(),
    actor: row.actor,
    action: row.action,
    kind: tier ? 'TIER' : 'CATEGORIES',
    categoriesBefore: tier ? null : ((before.categories as string[] | undefined) ?? null),
    categoriesAfter: tier ? null : ((after.categories as string[] | undefined) ?? null),
    tierBefore: tier ? ((before.riskTier as RiskTier | undefined) ?? null) : null,
    tierAfter: tier ? ((after.riskTier as RiskTier | undefined) ?? null) : null,
    reason: tier ? ((after.riskReason as string | undefined) ?? null) : null,
  };
}

/** A child's category and tier history, the latest first, for whoever may read the child. */
@Injectable()
export class ChildHistoryQueries {
  constructor(private readonly dataSource: DataSource) {}

  async page(principal: Principal, childId: string, query: PageQuery): Promise<Page<ChildHistoryEntryView>> {
    await loadAccessibleChild(this.dataSource.manager, principal, childId);
    const { offset, limit } = pageWindow(query);
    const [rows, counted] = await Promise.all([
      this.dataSource.query<Row[]>(`SELECT id::text, occurred_at, actor, action, before, after FROM audit_log WHERE ${WHERE} ORDER BY occurred_at DESC, id DESC LIMIT $2 OFFSET $3`, [childId, limit, offset]),
      this.dataSource.query<Array<{ n: number }>>(`SELECT count(*)::int AS n FROM audit_log WHERE ${WHERE}`, [childId]),
    ]);
    return pageOf(rows.map(entryOf), counted[0].n, query);
  }
}
