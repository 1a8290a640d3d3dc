import { Alert, Button, Descriptions, Form, Select, Space, Table, Upload } from 'antd';
import { useState } from 'react';
import type { Problem } from '../../api/problem';
import { ProblemAlert, problemOf } from '../../components/ProblemAlert';
import { yuan } from '../../format';
import { fieldMessage } from '../../locale/problem-message';
import { labelOf } from '../person/labels/label';
import { REPORTED_PROBLEM_LABELS, RETURN_FAULT_LABELS, RETURN_FIELD_LABELS, tpay } from './payments.zh-CN';
import { useBanks, usePostReturn, type ReturnReport } from './queries';
import { returnFileFaults, type ReturnFileFault } from './return-problem';

const tr = tpay.returns;

/** What the service applied: paid and failed tallies, and lines it only reported (not ours, answered before …). */
function ReportView({ report }: { report: ReturnReport }) {
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Alert type={report.duplicate ? 'info' : 'success'} showIcon title={report.duplicate ? tr.duplicate : tr.applied} />
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, md: 2 }}
        data-testid="return-report"
        items={[
          { key: 'bank', label: tr.bank, children: report.bankCode },
          { key: 'valueDate', label: tr.valueDate, children: report.valueDate },
          { key: 'lines', label: tr.lines, children: report.lines },
          { key: 'paid', label: tr.paid, children: tpay.tally(report.paid.lines, yuan(report.paid.amountFen)) },
          { key: 'failed', label: tr.failed, children: tpay.tally(report.failed.lines, yuan(report.failed.amountFen)) },
        ]}
      />
      {report.reported.length > 0 && (
        <Table
          rowKey="line"
          size="small"
          title={() => tr.reported}
          dataSource={report.reported}
          pagination={false}
          columns={[
            { title: tr.line, dataIndex: 'line' },
            { title: tpay.columns.reference, dataIndex: 'reference' },
            { title: tr.problem, dataIndex: 'problem', render: (v: string) => labelOf(REPORTED_PROBLEM_LABELS, v) },
          ]}
        />
      )}
    </Space>
  );
}

/** A refused file: nothing was applied; each fault with its line and field, so the bank can be asked for a corrected file. */
function RefusalView({ problem }: { problem: Problem }) {
  const faults = returnFileFaults(problem);
  return (
    <>
      <ProblemAlert problem={problem} />
      {faults.length > 0 && (
        <Table<ReturnFileFault>
          rowKey={(f) => `${f.line}:${f.field}:${f.code}`}
          size="small"
          title={() => tr.refusedLines}
          dataSource={faults}
          pagination={false}
          columns={[
            { title: tr.line, dataIndex: 'line', render: (v: number | null) => v ?? '—' },
            { title: tr.field, dataIndex: 'field', render: (v: string) => labelOf(RETURN_FIELD_LABELS, v) },
            { title: tr.problem, key: 'problem', render: (_: unknown, f) => RETURN_FAULT_LABELS[f.code] ?? fieldMessage(problem.code, problem.status, f.code, f.field) },
          ]}
        />
      )}
    </>
  );
}

/** 导入回盘: the bank's return file as it sent it; the service reads it with the bank's return layout. */
export function ReturnTab() {
  const banks = useBanks();
  const post = usePostReturn();
  const [file, setFile] = useState<File | null>(null);
  const [bankCode, setBankCode] = useState<string | undefined>();
  const refusal = problemOf(post.error);
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <ProblemAlert problem={problemOf(banks.error)} />
      <Form layout="inline" onFinish={() => file && bankCode && post.mutate({ bankCode, file })}>
        <Form.Item label={tr.bank} required>
          <Select aria-label={tr.bank} style={{ width: 260 }} value={bankCode} onChange={setBankCode} options={(banks.data ?? []).map((b) => ({ value: b.code, label: `${b.name}（${b.code}）` }))} />
        </Form.Item>
        <Form.Item label={tr.file} required>
          <Upload maxCount={1} accept=".txt,.csv,.dat" beforeUpload={(chosen) => {
              // Kept for 导入回盘: the file goes to the service as it is, not through Upload's own request.
              setFile(chosen);
              return false;
            }} onRemove={() => setFile(null)}>
            <Button>{tr.choose}</Button>
          </Upload>
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" disabled={!file || !bankCode} loading={post.isPending}>
            {tr.submit}
          </Button>
        </Form.Item>
      </Form>
      {refusal && <RefusalView problem={refusal} />}
      {post.data && <ReportView report={post.data} />}
    </Space>
  );
}
