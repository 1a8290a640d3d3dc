import { Card, DatePicker, Segmented, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { ProblemAlert, problemOf } from '../../components/ProblemAlert';
import { PolicyKeyDrawer } from './PolicyKeyDrawer';
import { keyName, shownValue } from './policy-value';
import { POLICY_LABELS as L, POLICY_SERVICES, type PolicyServiceName } from './policy.zh-CN';
import { usePolicyKeys, type PolicyKeySummary, type PolicyRow } from './queries';

const PAGE_SIZE = 20;

const period = (row: PolicyRow | null | undefined): string => (row ? `${row.effectiveFrom} 至 ${row.effectiveTo ?? L.openEnded}` : L.none);

function StatusTags({ item }: { item: PolicyKeySummary }) {
  return (
    <Space size={4} wrap>
      <Tag>{item.optional ? L.status.optional : L.status.required}</Tag>
      {!item.inForce && !item.optional && <Tag color="red">{L.status.missing}</Tag>}
      {item.overlapping && <Tag color="red">{L.status.overlapping}</Tag>}
    </Space>
  );
}

const columns: TableColumnsType<PolicyKeySummary> = [
  {
    title: L.columns.name,
    key: 'name',
    render: (_, item) => (
      <Space orientation="vertical" size={0}>
        <Typography.Link>{keyName(item.key)}</Typography.Link>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {item.key}
        </Typography.Text>
      </Space>
    ),
  },
  { title: L.columns.status, key: 'status', width: 150, render: (_, item) => <StatusTags item={item} /> },
  { title: L.columns.inForce, key: 'inForce', ellipsis: true, render: (_, item) => (item.inForce ? shownValue(item.key, item.inForce.value) : L.none) },
  { title: L.columns.period, key: 'period', width: 210, render: (_, item) => period(item.inForce) },
  { title: L.columns.upcoming, key: 'upcoming', width: 200, ellipsis: true, render: (_, item) => (item.upcoming ? `${item.upcoming.effectiveFrom} 起：${shownValue(item.key, item.upcoming.value)}` : L.none) },
  { title: L.columns.periods, dataIndex: 'periods', key: 'periods', width: 80, align: 'right' },
];

/** 政策参数: each service's standards and figures in force, their history, and (for admin) new periods. */
export function PolicyParametersPage() {
  const [service, setService] = useState<PolicyServiceName>('social-assistance');
  const [asOf, setAsOf] = useState<string | undefined>(undefined);
  const [page, setPage] = useState(1);
  const [openKey, setOpenKey] = useState<string | null>(null);
  const keys = usePolicyKeys(service, asOf, page, PAGE_SIZE);
  return (
    <Card title={L.title}>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {L.intro}
        </Typography.Paragraph>
        <Space wrap>
          <Segmented
            aria-label={L.service}
            value={service}
            options={Object.entries(POLICY_SERVICES).map(([value, label]) => ({ value, label }))}
            onChange={(value) => {
              setService(value as PolicyServiceName);
              setPage(1);
            }}
          />
          <DatePicker aria-label={L.asOf} placeholder={L.asOf} format="YYYY-MM-DD" onChange={(day: Dayjs | null) => setAsOf(day ? day.format('YYYY-MM-DD') : undefined)} />
        </Space>
        <ProblemAlert problem={problemOf(keys.error)} />
        <Table<PolicyKeySummary>
          data-testid="policy-keys"
          rowKey="key"
          size="middle"
          columns={columns}
          dataSource={keys.data?.items}
          loading={keys.isFetching}
          scroll={{ x: 900 }}
          onRow={(item) => ({ onClick: () => setOpenKey(item.key), style: { cursor: 'pointer' } })}
          pagination={{ current: page, pageSize: PAGE_SIZE, total: keys.data?.total ?? 0, showSizeChanger: false, onChange: setPage, showTotal: (total) => `共 ${total} 项` }}
        />
      </Space>
      <PolicyKeyDrawer service={service} policyKey={openKey} onClose={() => setOpenKey(null)} />
    </Card>
  );
}
