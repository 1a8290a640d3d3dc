import { Card, Space, Tabs } from 'antd';
import { hasAnyRole, useCurrentUser } from '../session/session';
import { useMonthParams } from '../payroll/month-param';
import { MonthPicker } from '../payroll/MonthPicker';
import { FINANCE } from './access';
import { BatchesTab } from './BatchesTab';
import { HeldLinesTab } from './HeldLinesTab';
import { tpay } from './payments.zh-CN';
import { ReconciliationTab } from './ReconciliationTab';
import { ReturnTab } from './ReturnTab';

const TABS = ['batches', 'held', 'reconciliation', 'returns'] as const;
type TabKey = (typeof TABS)[number];

/**
 * 一卡通代发 of a month: its batches per bank (组批 by one finance officer, 发放 by another on the
 * batch's page), 暂缓明细 without a usable account, 对账, and 导入回盘 for finance. The month and
 * the open tab live in the URL.
 */
export function PaymentsPage() {
  const { month, page, pageSize, params, setMonth, setPage, set } = useMonthParams();
  const isFinance = hasAnyRole(useCurrentUser(), FINANCE);
  const asked = params.get('tab');
  const tab: TabKey = TABS.find((key) => key === asked) ?? 'batches';
  const paging = { page, pageSize };
  const shown = TABS.filter((key) => key !== 'returns' || isFinance);
  const content = (key: TabKey) => {
    switch (key) {
      case 'batches':
        return <BatchesTab month={month} paging={paging} onPage={setPage} />;
      case 'held':
        return <HeldLinesTab month={month} paging={paging} onPage={setPage} />;
      case 'reconciliation':
        return <ReconciliationTab month={month} />;
      case 'returns':
        return <ReturnTab />;
    }
  };
  return (
    <Card title={tpay.title}>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <MonthPicker month={month} label={tpay.month} submit={tpay.query} onChange={setMonth} />
        <Tabs
          activeKey={tab}
          onChange={(key) => set({ tab: key, page: '1' })}
          items={shown.map((key) => ({ key, label: tpay.tabs[key], children: key === tab ? content(key) : null }))}
        />
      </Space>
    </Card>
  );
}
