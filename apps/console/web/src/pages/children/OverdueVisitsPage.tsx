import { Button, Card, Form, Input, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { childPath } from '../../app/paths';
import { tablePagination, usePagingParams } from '../../components/paging';
import { ProblemAlert, problemOf } from '../../components/ProblemAlert';
import { day } from '../person/show';
import { useCurrentUser } from '../session/session';
import { tc } from './children.zh-CN';
import { useOverdueVisits } from './queries';
import { TierTag } from './TierTag';
import type { OverdueChild } from './types';

const c = tc.columns;
const o = tc.overdue;

const columns: ColumnsType<OverdueChild> = [
  { title: c.name, dataIndex: 'name', render: (name: string, row) => <Link to={childPath(row.childId)}>{name}</Link> },
  { title: c.residentId, dataIndex: 'residentId' },
  { title: c.village, dataIndex: 'villageCode' },
  { title: c.tier, dataIndex: 'riskTier', render: (v: OverdueChild['riskTier']) => <TierTag tier={v} /> },
  { title: c.lastVisitOn, dataIndex: 'lastVisitOn', render: (v: string | null) => day(v) },
  { title: c.nextVisitDue, dataIndex: 'nextVisitDue', render: (v: string) => <Typography.Text type="danger">{day(v)}</Typography.Text> },
];

/**
 * 走访逾期: a township's children whose visit is overdue (GET /api/v1/visits/overdue). A supervisor
 * sees their own township; platform staff name one within their division.
 */
export function OverdueVisitsPage() {
  const user = useCurrentUser();
  const ownTownship = /^\d{9}$/.test(user.division) ? user.division : null;
  const [township, setTownship] = useState<string | null>(ownTownship);
  const paging = usePagingParams();
  const query = useOverdueVisits(township, paging);
  return (
    <Card title={o.title}>
      <Typography.Paragraph type="secondary">{o.intro}</Typography.Paragraph>
      <Form layout="inline" name="overdue-township" initialValues={{ township: township ?? '' }} onFinish={(v: { township: string }) => setTownship(v.township.trim())} style={{ marginBottom: 16, rowGap: 8 }}>
        <Form.Item name="township" label={o.township} rules={[{ required: true, pattern: /^\d{9}$/, message: tc.filters.townshipInvalid }]}>
          <Input inputMode="numeric" maxLength={9} placeholder={o.townshipPlaceholder} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit">
            {o.show}
          </Button>
        </Form.Item>
      </Form>
      {township === null && <Typography.Paragraph>{o.askTownship}</Typography.Paragraph>}
      <ProblemAlert problem={problemOf(query.error)} />
      {township !== null && (
        <Table<OverdueChild>
          rowKey="childId"
          size="middle"
          loading={query.isFetching}
          dataSource={query.data?.items ?? []}
          columns={columns}
          locale={{ emptyText: o.empty }}
          scroll={{ x: 'max-content' }}
          pagination={tablePagination(paging, query.data?.total, o.total)}
        />
      )}
    </Card>
  );
}
