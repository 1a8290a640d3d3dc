import { Card, Collapse, Grid, List, Pagination, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router-dom';
import { childPath } from '../../app/paths';
import { ProblemAlert, problemOf } from '../../components/ProblemAlert';
import { labelOf } from '../person/labels/label';
import { RISK_TIER_LABELS } from '../person/labels/child-welfare.zh-CN';
import { day } from '../person/show';
import { useCurrentUser } from '../session/session';
import { tc } from './children.zh-CN';
import { LedgerFiltersForm } from './LedgerFiltersForm';
import { RISK_TIERS, useLedgerState, type LedgerState } from './ledger-state';
import { useLedger } from './queries';
import { CategoryTags, TIER_COLORS, TierTag } from './TierTag';
import type { LedgerItem, LedgerPage as Page } from './types';

const c = tc.columns;

const columns: ColumnsType<LedgerItem> = [
  { title: c.name, dataIndex: 'name', render: (name: string, row) => <Link to={childPath(row.id)}>{name}</Link> },
  { title: c.residentId, dataIndex: 'residentId' },
  { title: c.village, dataIndex: 'villageCode' },
  { title: c.categories, dataIndex: 'categories', render: (v: string[]) => <CategoryTags categories={v} /> },
  { title: c.tier, dataIndex: 'riskTier', render: (v: LedgerItem['riskTier']) => <TierTag tier={v} /> },
  { title: c.reason, dataIndex: 'riskReason', ellipsis: true, width: 200 },
  { title: c.lastVisitOn, dataIndex: 'lastVisitOn', render: (v: string | null) => day(v) },
  { title: c.nextVisitDue, dataIndex: 'nextVisitDue', render: (v: string) => day(v) },
  { title: c.actions, key: 'actions', render: (_: unknown, row) => <Link to={childPath(row.id)}>{c.open}</Link> },
];

/** 红/橙/绿 with how many children each; picking one filters the list, picking it again clears it. */
function TierCounts({ data, state }: { data: Page | undefined; state: LedgerState }) {
  return (
    <Space wrap style={{ marginBottom: 12 }} aria-label={tc.columns.tier}>
      {RISK_TIERS.map((tier) => {
        const active = state.filters.tier === tier;
        return (
          <Tag
            key={tier}
            role="button"
            tabIndex={0}
            aria-pressed={active}
            color={active ? TIER_COLORS[tier] : undefined}
            style={{ cursor: 'pointer', fontSize: 14, padding: '2px 10px', borderColor: TIER_COLORS[tier] }}
            onClick={() => state.setTier(active ? undefined : tier)}
            onKeyDown={(e) => e.key === 'Enter' && state.setTier(active ? undefined : tier)}
          >
            {tc.ledger.tierCount(labelOf(RISK_TIER_LABELS, tier), data?.tierCounts[tier] ?? 0)}
          </Tag>
        );
      })}
    </Space>
  );
}

/** On a phone each child is a card: name, tier, categories and when the next visit is due. */
function LedgerCards({ data, loading, state }: { data: Page | undefined; loading: boolean; state: LedgerState }) {
  return (
    <>
      <List<LedgerItem>
        loading={loading}
        dataSource={data?.items ?? []}
        locale={{ emptyText: tc.ledger.empty }}
        renderItem={(item) => (
          <List.Item key={item.id} aria-label={item.name}>
            <Space orientation="vertical" size={2} style={{ width: '100%' }}>
              <Space wrap>
                <Link to={childPath(item.id)} style={{ fontWeight: 600 }}>
                  {item.name}
                </Link>
                <TierTag tier={item.riskTier} />
              </Space>
              <div>
                <CategoryTags categories={item.categories} />
              </div>
              <Typography.Text type="secondary">
                {c.village} {item.villageCode} · {c.nextVisitDue} {day(item.nextVisitDue)}
              </Typography.Text>
            </Space>
          </List.Item>
        )}
      />
      <Pagination simple current={state.paging.page} pageSize={state.paging.pageSize} total={data?.total ?? 0} onChange={state.setPage} style={{ marginTop: 12, textAlign: 'center' }} />
    </>
  );
}

/** The filters; on a phone folded under 筛选 (open while any applies), so the list comes first. */
function Filters({ state, folded }: { state: LedgerState; folded: boolean }) {
  const form = <LedgerFiltersForm key={JSON.stringify(state.filters)} filters={state.filters} onChange={state.setFilters} />;
  if (!folded) return form;
  const active = Object.values(state.filters).filter(Boolean).length;
  return <Collapse size="small" ghost defaultActiveKey={active > 0 ? ['filters'] : []} items={[{ key: 'filters', label: tc.filters.toggle(active), children: form }]} style={{ marginBottom: 8 }} />;
}

/** 儿童福利台账: the children the user looks after, most at risk first, filtered and paged by the service. */
export function LedgerPage() {
  const user = useCurrentUser();
  const state = useLedgerState();
  const query = useLedger(state.filters, state.paging);
  const phone = !Grid.useBreakpoint().md;
  return (
    <Card title={tc.ledger.title} extra={phone ? undefined : <Typography.Text type="secondary">{tc.ledger.scope(user.division)}</Typography.Text>} styles={{ body: phone ? { padding: 12 } : undefined }}>
      <Filters state={state} folded={phone} />
      <ProblemAlert problem={problemOf(query.error)} />
      <TierCounts data={query.data} state={state} />
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {tc.ledger.total(query.data?.total ?? 0)}
      </Typography.Paragraph>
      {phone ? (
        <LedgerCards data={query.data} loading={query.isPending || query.isPlaceholderData} state={state} />
      ) : (
        <Table<LedgerItem>
          rowKey="id"
          size="middle"
          loading={query.isPending || query.isPlaceholderData}
          dataSource={query.data?.items ?? []}
          columns={columns}
          locale={{ emptyText: tc.ledger.empty }}
          scroll={{ x: 'max-content' }}
          pagination={{
            current: state.paging.page,
            pageSize: state.paging.pageSize,
            total: query.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total) => tc.ledger.total(total),
            onChange: state.setPage,
          }}
        />
      )}
    </Card>
  );
}
