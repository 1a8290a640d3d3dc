import { Alert, App, Button, Form, Input, Modal, Radio, Typography } from 'antd';
import { useState } from 'react';
import { isProblemError, type Problem } from '../../api/problem';
import { AssistanceProblem } from '../../components/assistance/AssistanceProblem';
import { problemOf } from '../../components/ProblemAlert';
import { showProblemOnForm } from '../../forms/problem-form';
import { rules } from '../../forms/rules';
import { yearMonth } from '../../format';
import { t } from '../../locale/zh-CN';
import { useRecordSchoolStatus } from './queries';
import { schoolStatusRequest, type SchoolStatusValues } from './tekun-request';

const tt = t.tekun;
const FIELDS = ['inSchool', 'note'] as const;

interface Props {
  caseId: string;
  /** The re-check due (the birthday), as the case or the work list shows it. */
  dueOn: string;
  open: boolean;
  onClose: () => void;
}

/**
 * 在学情况核查 of a 特困 person admitted as a minor: in full-time school or not, and a note. In school,
 * the service covers them to the next birthday's month (re-checked then); not in school, through
 * this birthday's month, and the case stops.
 */
export function SchoolCheckModal({ caseId, dueOn, open, onClose }: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm<SchoolStatusValues>();
  const inSchool = Form.useWatch('inSchool', form);
  const [unplaced, setUnplaced] = useState<Problem | null>(null);
  const record = useRecordSchoolStatus(caseId);
  // Emptied once closed, not as it opens: a reset on opening could wipe what was typed while
  // the modal was still appearing.
  const clear = () => {
    setUnplaced(null);
    form.resetFields();
  };
  const submit = async () => {
    const values = await form.validateFields();
    setUnplaced(null);
    // Awaited rather than mutate's callbacks: on the work list the row (and this modal) goes away
    // as soon as the list is read again, and mutate's callbacks do not run once it has.
    let updated;
    try {
      updated = await record.mutateAsync(schoolStatusRequest(values));
    } catch (error) {
      setUnplaced(isProblemError(error) ? showProblemOnForm(form, error.problem, FIELDS) : problemOf(error));
      return;
    }
    const until = updated.coveredUntil ? yearMonth(updated.coveredUntil) : '—';
    void message.success(updated.status === 'STOPPED' ? tt.schoolCheckStopped(until) : tt.schoolChecked(until));
    onClose();
  };
  return (
    <Modal open={open} title={tt.schoolCheckTitle} okText={tt.schoolCheckOk} cancelText={t.app.cancel} onOk={() => void submit().catch(() => undefined)} onCancel={onClose} confirmLoading={record.isPending} afterClose={clear} forceRender>
      <Typography.Paragraph type="secondary">{tt.schoolCheckIntro(dueOn)}</Typography.Paragraph>
      <AssistanceProblem problem={unplaced} />
      <Form form={form} layout="vertical" name="school-check" disabled={record.isPending}>
        <Form.Item name="inSchool" label={tt.inSchool} rules={[{ required: true, message: t.validation.choose(tt.inSchool) }]}>
          <Radio.Group
            options={[
              { value: true, label: tt.inSchoolYes },
              { value: false, label: tt.inSchoolNo },
            ]}
          />
        </Form.Item>
        {inSchool === false && <Alert type="warning" showIcon title={tt.schoolCheckNoWarning} style={{ marginBottom: 16 }} />}
        <Form.Item name="note" label={tt.schoolNote} extra={tt.schoolNoteHelp} rules={[rules.maxLength(500)]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 在学核查 as a button that opens the modal, for a work list row or the case page. */
export function SchoolCheckButton({ caseId, dueOn, type = 'link' }: { caseId: string; dueOn: string; type?: 'link' | 'default' }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button type={type} onClick={() => setOpen(true)}>
        {tt.schoolCheck}
      </Button>
      <SchoolCheckModal caseId={caseId} dueOn={dueOn} open={open} onClose={() => setOpen(false)} />
    </>
  );
}
