import { Alert, Button, Card, Checkbox, Form, Input, Space, Table, Tag, Typography, Upload } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { PATHS } from '../../app/paths';
import { ProblemAlert, problemOf } from '../../components/ProblemAlert';
import { ELDERS_LABELS as L } from './elders.zh-CN';
import { importFormatOf, withLineText } from './import-lines';
import { useImportElders, type ImportReport } from './queries';

const l = L.import;
type Row = ReturnType<typeof withLineText<ImportReport['lines'][number]>>[number];

const columns: ColumnsType<Row> = [
  { key: 'line', title: l.line, dataIndex: 'line', width: 80 },
  { key: 'content', title: l.content, render: (_, row) => <Typography.Text code>{row.content}</Typography.Text> },
  { key: 'verdict', title: l.verdict, render: (_, row) => (row.status === 'ACCEPTED' ? <Tag color="green">{l.accepted}</Tag> : <Tag color="red">{l.refused}</Tag>) },
  { key: 'reason', title: l.reason, render: (_, row) => (row.reason ? (L.importReasons[row.reason] ?? row.reason) : row.moved ? l.moved : '') },
];

function Verdicts({ text, report }: { text: string; report: ImportReport }) {
  const [onlyRefused, setOnlyRefused] = useState(false);
  const rows = withLineText(text, report.lines).filter((row) => !onlyRefused || row.status === 'REFUSED');
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="import-report">
      <Alert type={report.refused > 0 ? 'warning' : 'success'} showIcon title={l.summary(report.accepted, report.refused)} />
      <Checkbox checked={onlyRefused} onChange={(e) => setOnlyRefused(e.target.checked)}>
        {l.onlyRefused}
      </Checkbox>
      <Table<Row> rowKey="line" size="small" data-testid="import-lines" dataSource={rows} columns={columns} scroll={{ x: 'max-content' }} pagination={{ pageSize: 50, showTotal: L.common.total }} />
    </Space>
  );
}

/** 老人导入: the household-registration department's list, pasted or read from a file; the verdict of every line. */
export function ImportPage() {
  const [form] = Form.useForm<{ text: string }>();
  const importing = useImportElders();
  const [sent, setSent] = useState('');
  const readFile = (file: File) => {
    void file.text().then((text) => form.setFieldsValue({ text }));
    return false;
  };
  const onFinish = ({ text }: { text: string }) => {
    setSent(text);
    // The list holds full resident IDs: once answered, only the masked verdicts stay on screen.
    importing.mutate({ text, format: importFormatOf(text) }, { onSuccess: () => form.resetFields() });
  };
  return (
    <Card title={l.title} extra={<Link to={PATHS.elders}>{L.elder.back}</Link>}>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Paragraph type="secondary">{l.intro}</Typography.Paragraph>
        <Form form={form} layout="vertical" name="elder-import" onFinish={onFinish}>
          <Form.Item name="text" label={l.text} rules={[{ required: true, whitespace: true, message: l.empty }]}>
            <Input.TextArea rows={8} placeholder={l.placeholder} style={{ fontFamily: 'monospace' }} />
          </Form.Item>
          <Space wrap>
            <Upload accept=".csv,.txt,.jsonl,.ndjson" showUploadList={false} beforeUpload={readFile}>
              <Button>{l.file}</Button>
            </Upload>
            <Button type="primary" htmlType="submit" loading={importing.isPending}>
              {l.submit}
            </Button>
          </Space>
        </Form>
        <ProblemAlert problem={problemOf(importing.error)} />
        {importing.data && <Verdicts text={sent} report={importing.data} />}
      </Space>
    </Card>
  );
}
