import { App, Button, Card, Form, Input } from 'antd';
import { useState } from 'react';
import { isProblemError, type Problem } from '../../api/problem';
import { AssistanceProblem } from '../../components/assistance/AssistanceProblem';
import { problemOf } from '../../components/ProblemAlert';
import { showProblemOnForm } from '../../forms/problem-form';
import { rules } from '../../forms/rules';
import { t } from '../../locale/zh-CN';
import { useStartNotice } from './queries';

const td = t.dibao;

/** 入户调查: the outcome of the household visit and 核对; saving it starts the public notice (公示). */
export function InvestigationForm({ caseId }: { caseId: string }) {
  const [form] = Form.useForm<{ investigation: string }>();
  const [unplaced, setUnplaced] = useState<Problem | null>(null);
  const { message } = App.useApp();
  const start = useStartNotice(caseId);
  const submit = ({ investigation }: { investigation: string }) => {
    setUnplaced(null);
    start.mutate(investigation.trim(), {
      onSuccess: () => void message.success(td.noticeStarted),
      onError: (error) => setUnplaced(isProblemError(error) ? showProblemOnForm(form, error.problem, ['investigation']) : problemOf(error)),
    });
  };
  return (
    <Card title={td.investigation}>
      <AssistanceProblem problem={unplaced} />
      <Form form={form} layout="vertical" name="investigation" onFinish={submit} disabled={start.isPending}>
        <Form.Item name="investigation" label={td.investigationOutcome} extra={td.investigationHelp} rules={[rules.required(td.investigationOutcome), rules.maxLength(2000)]}>
          <Input.TextArea rows={4} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={start.isPending}>
          {td.startNotice}
        </Button>
      </Form>
    </Card>
  );
}
