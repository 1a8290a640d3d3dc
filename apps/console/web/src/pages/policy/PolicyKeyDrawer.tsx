import { Drawer, Space, Table, Typography, type TableColumnsType } from 'antd';
import { ProblemAlert, problemOf } from '../../components/ProblemAlert';
import { dateTime } from '../../format';
import { useCurrentUser } from '../session/session';
import { AddPeriodForm, EndPeriodForm } from './PeriodForms';
import { keyName, shownValue } from './policy-value';
import { POLICY_LABELS as L, type PolicyServiceName } from './policy.zh-CN';
import { usePolicyHistory, type PolicyRow } from './queries';

function historyColumns(key: string): TableColumnsType<PolicyRow> {
  return [
    { title: L.historyColumns.effectiveFrom, dataIndex: 'effectiveFrom', key: 'effectiveFrom', width: 110 },
    { title: L.historyColumns.effectiveTo, key: 'effectiveTo', width: 110, render: (_, row) => row.effectiveTo ?? L.openEnded },
    { title: L.historyColumns.value, key: 'value', width: 160, render: (_, row) => <Typography.Text code>{shownValue(key, row.value)}</Typography.Text> },
    { title: L.historyColumns.note, key: 'note', render: (_, row) => row.note ?? L.none },
    { title: L.historyColumns.createdAt, key: 'createdAt', width: 170, render: (_, row) => dateTime(row.createdAt) },
  ];
}

/** One key: every period it had, and for admin the two changes the service allows (end the open period, add one). */
export function PolicyKeyDrawer({ service, policyKey, onClose }: { service: PolicyServiceName; policyKey: string | null; onClose: () => void }) {
  const history = usePolicyHistory(service, policyKey);
  const isAdmin = useCurrentUser().roles.includes('admin');
  const rows = history.data ?? [];
  return (
    <Drawer open={policyKey !== null} onClose={onClose} size="large" title={policyKey ? keyName(policyKey) : ''} destroyOnHidden>
      {policyKey && (
        <Space orientation="vertical" size="large" style={{ width: '100%' }}>
          <Typography.Text type="secondary">{policyKey}</Typography.Text>
          <ProblemAlert problem={problemOf(history.error)} />
          <div>
            <Typography.Title level={5}>{L.history}</Typography.Title>
            <Table<PolicyRow> data-testid="policy-history" rowKey="id" size="small" columns={historyColumns(policyKey)} dataSource={rows} loading={history.isFetching} pagination={false} scroll={{ x: 640 }} />
          </div>
          {isAdmin ? (
            <>
              <EndPeriodForm service={service} policyKey={policyKey} hasOpenPeriod={rows.some((row) => row.effectiveTo === null)} />
              <AddPeriodForm service={service} policyKey={policyKey} />
            </>
          ) : (
            <Typography.Text type="secondary">{L.readOnly}</Typography.Text>
          )}
        </Space>
      )}
    </Drawer>
  );
}
