import { App, Button, Card, Empty, Popconfirm, Space, Spin, Typography } from 'antd';
import { ProblemAlert, problemOf } from '../../components/ProblemAlert';
import { t } from '../../locale/zh-CN';
import { hasAnyRole, useCurrentUser } from '../session/session';
import { PAYROLL_DECIDERS } from './access';
import { useMonthParams } from './month-param';
import { MonthPicker } from './MonthPicker';
import { PayrollLinesTable } from './PayrollLinesTable';
import { PayrollSummaryCard } from './PayrollSummaryCard';
import { tpr } from './payroll.zh-CN';
import { useApprovePayroll, usePayrollSummary, useRunPayroll } from './queries';

/** 生成名册 and 审批通过 for those who decide; the service refuses the approval by who ran it. */
function PayrollActions({ month, status }: { month: string; status: string }) {
  const { message } = App.useApp();
  const run = useRunPayroll();
  const approve = useApprovePayroll();
  const busy = run.isPending || approve.isPending;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <ProblemAlert problem={problemOf(run.error ?? approve.error)} />
      <Space wrap>
        {status !== 'APPROVED' && (
          <Button
            type={status === 'NOT_RUN' ? 'primary' : 'default'}
            loading={run.isPending}
            disabled={busy}
            onClick={() => {
              approve.reset();
              run.mutate(month, { onSuccess: (summary) => void message.success(tpr.runDone(summary.created)) });
            }}
          >
            {status === 'NOT_RUN' ? tpr.run : tpr.runAgain}
          </Button>
        )}
        {status === 'RUN' && (
          <Popconfirm
            title={tpr.approveConfirm}
            okText={t.app.confirm}
            cancelText={t.app.cancel}
            onConfirm={() => {
              run.reset();
              approve.mutate(month, { onSuccess: () => void message.success(tpr.approved) });
            }}
          >
            <Button type="primary" loading={approve.isPending} disabled={busy}>
              {tpr.approve}
            </Button>
          </Popconfirm>
        )}
      </Space>
    </Space>
  );
}

/**
 * 发放名册: the elderly-care payroll of a month (高龄津贴 and 养老服务补贴) — run by one decider,
 * approved by another, then paid through 一卡通; each line shows the bank's outcome once payments
 * reported it.
 */
export function PayrollPage() {
  const user = useCurrentUser();
  const { month, page, pageSize, setMonth, setPage } = useMonthParams();
  const summary = usePayrollSummary(month);
  const canDecide = hasAnyRole(user, PAYROLL_DECIDERS);
  const status = summary.data?.status;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card title={tpr.title} extra={<Typography.Text type="secondary">{`${tpr.programme}：${tpr.programmes.elderlyCare}`}</Typography.Text>}>
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <MonthPicker month={month} label={tpr.month} submit={tpr.open} onChange={setMonth} />
          <ProblemAlert problem={problemOf(summary.error)} />
          {summary.isPending && <Spin />}
          {status && canDecide && <PayrollActions key={month} month={month} status={status} />}
          {status === 'NOT_RUN' && <Empty description={tpr.notRun} />}
          {summary.data && status !== 'NOT_RUN' && <PayrollSummaryCard summary={summary.data} />}
        </Space>
      </Card>
      {status && status !== 'NOT_RUN' && (
        <Card title={tpr.detail}>
          <PayrollLinesTable month={month} page={page} pageSize={pageSize} onPage={setPage} />
        </Card>
      )}
    </Space>
  );
}
