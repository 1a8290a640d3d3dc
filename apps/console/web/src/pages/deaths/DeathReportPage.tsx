import { Button, Card, Form, Space, Typography } from 'antd';
import { useState } from 'react';
import { isProblemError, type Problem } from '../../api/problem';
import { ProblemAlert, problemOf } from '../../components/ProblemAlert';
import { showProblemOnForm } from '../../forms/problem-form';
import { outcomeOf } from './cascade';
import { CascadePanel } from './CascadePanel';
import { CascadeSummary } from './CascadeSummary';
import { newCorrelationId } from './correlation-id';
import { DEATH_FORM_FIELDS, DeathReportForm, reportOf, type DeathFormValues } from './DeathReportForm';
import { DeathResultAlert } from './DeathResultAlert';
import { DEATHS_LABELS as L } from './deaths.zh-CN';
import { useReportDeath, type ReportOutcome } from './queries';
import { useCascadeStream } from './useCascadeStream';

/**
 * 死亡登记: the report, then the platform's reaction live. The page draws the report's
 * X-Correlation-Id, opens the event stream of that id and sends the report once the console
 * listens, so that no event of the cascade is missed; if the stream cannot be opened the report
 * is sent all the same (the live view is a window on the cascade, not a condition of it).
 */
export function DeathReportPage() {
  const [form] = Form.useForm<DeathFormValues>();
  const report = useReportDeath();
  const cascade = useCascadeStream();
  const [outcome, setOutcome] = useState<ReportOutcome | null>(null);
  const [unplaced, setUnplaced] = useState<Problem | null>(null);
  const busy = report.isPending || cascade.state.phase === 'connecting';

  const submit = async (values: DeathFormValues) => {
    setOutcome(null);
    setUnplaced(null);
    const correlationId = newCorrelationId();
    await cascade.watch(correlationId);
    report.mutate(
      { report: reportOf(values), correlationId },
      {
        onSuccess: (result) => {
          setOutcome(result);
          // The same death again: nothing happens on the platform, so there is nothing to watch.
          if (!result.created) cascade.stop(null);
        },
        onError: (error) => {
          cascade.stop(null);
          setUnplaced(isProblemError(error) ? showProblemOnForm(form, error.problem, DEATH_FORM_FIELDS) : problemOf(error));
        },
      },
    );
  };

  const next = () => {
    cascade.reset();
    report.reset();
    setOutcome(null);
    setUnplaced(null);
    form.resetFields();
  };

  const watching = outcome?.created === true && cascade.state.phase !== 'idle';
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card title={L.form.title} extra={outcome && <Button onClick={next}>{L.form.next}</Button>}>
        <Typography.Paragraph type="secondary">{L.form.intro}</Typography.Paragraph>
        <ProblemAlert problem={unplaced} />
        {outcome ? <DeathResultAlert outcome={outcome} /> : <DeathReportForm form={form} busy={busy} onSubmit={(values) => void submit(values)} />}
      </Card>
      {watching && (
        <>
          <CascadePanel state={cascade.state} onStop={() => cascade.stop()} />
          <Card title={L.summary.title}>
            <CascadeSummary outcome={outcomeOf(cascade.state.events)} />
          </Card>
        </>
      )}
    </Space>
  );
}
