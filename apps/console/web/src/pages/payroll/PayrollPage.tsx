import { App, Button, Card, Empty, Popconfirm, Progress, Select, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { progressPercent, type JobProgress } from '../../api/jobs';
import { ProblemAlert, problemOf } from '../../components/ProblemAlert';
import { t } from '../../locale/zh-CN';
import { hasAnyRole, useCurrentUser } from '../session/session';
import { PAYROLL_DECIDERS } from './access';
import { useMonthParams } from './month-param';
import { MonthPicker } from './MonthPicker';
import { PayrollLinesTable } from './PayrollLinesTable';
import { PayrollSummaryCard } from './PayrollSummaryCard';
import { tpr } from './payroll.zh-CN';
import { isProgramme, PROGRAMME_KEYS, PROGRAMMES, type PayrollProgramme } from './programmes';
import { useApprovePayroll, usePayrollSummary, useRunPayroll } from './queries';

/** 生成名册 and 审批通过 for those who decide; the service refuses the approval by who ran it. */
function PayrollActions({ programme, month, status }: { programme: PayrollProgramme; month: string; status: string }) {
  const { message } = App.useApp();
  const [progress, setProgress] = useState<JobProgress | null>(null);
  const run = useRunPayroll(programme, setProgress);
  const approve = useApprovePayroll(programme);
  const busy = run.isPending || approve.isPending;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <ProblemAlert problem={problemOf(run.error ?? approve.error)} />
      {run.isPending && progress && <RunProgress progress={progress} />}
      <Space wrap>
        {status !== 'APPROVED' && (
          <Button
            type={status === 'NOT_RUN' ? 'primary' : 'default'}
            loading={run.isPending}
            disabled={busy}
            onClick={() => {
              approve.reset();
              setProgress(null);
              run.mutate(month, { onSuccess: (created) => void message.success(tpr.runDone(created)) });
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

/** How far the run got, as the service's job reports it each second. */
function RunProgress({ progress }: { progress: JobProgress }) {
  const percent = progressPercent(progress);
  return (
    <div data-testid="payroll-run-progress">
      <Typography.Text type="secondary">{tpr.runProgress(progress.done, progress.total)}</Typography.Text>
      {percent !== null && <Progress percent={percent} size="small" />}
    </div>
  );
}

/**
 * 发放名册: a programme's payroll of a month (高龄津贴和养老服务补贴, 低保和特困供养, 儿童生活补贴;
 * ?programme= in the URL) — run by one decider, approved by another, then paid through 一卡通;
 * each line shows the bank's outcome once payments reported it. What a division reads is its own.
 */
export function PayrollPage() {
  const user = useCurrentUser();
  const { month, page, pageSize, params, setMonth, setPage, set } = useMonthParams();
  const asked = params.get('programme');
  const programme = PROGRAMMES[isProgramme(asked) ? asked : 'elderly-care'];
  const summary = usePayrollSummary(programme, month);
  const canDecide = hasAnyRole(user, PAYROLL_DECIDERS);
  const status = summary.data?.status;
  const selector = (
    <Select
      aria-label={tpr.programme}
      style={{ width: 220 }}
      value={programme.key}
      onChange={(key) => set({ programme: key, page: '1' })}
      options={PROGRAMME_KEYS.map((key) => ({ value: key, label: PROGRAMMES[key].label }))}
    />
  );
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card title={tpr.title} extra={selector}>
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <MonthPicker month={month} label={tpr.month} submit={tpr.open} onChange={setMonth} />
          <ProblemAlert problem={problemOf(summary.error)} />
          {summary.isPending && <Spin />}
          {status && canDecide && <PayrollActions key={`${programme.key}:${month}`} programme={programme} month={month} status={status} />}
          {status === 'NOT_RUN' && <Empty description={tpr.notRun} />}
          {summary.data && status !== 'NOT_RUN' && <PayrollSummaryCard summary={summary.data} kindLabels={programme.kindLabels} />}
        </Space>
      </Card>
      {status && status !== 'NOT_RUN' && (
        <Card title={tpr.detail}>
          <PayrollLinesTable programme={programme} month={month} page={page} pageSize={pageSize} onPage={setPage} />
        </Card>
      )}
    </Space>
  );
}
