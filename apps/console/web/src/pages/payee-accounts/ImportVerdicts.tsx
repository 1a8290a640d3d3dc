import { Checkbox, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { labelOf } from '../person/labels/label';
import { IMPORT_REFUSAL_LABELS, ACCOUNT_LABELS as L } from './payee-accounts.zh-CN';
import type { ImportReport } from './queries';

type Verdict = ImportReport['lines'][number];
const I = L.imports;

const columns: ColumnsType<Verdict> = [
  { key: 'line', title: I.line, dataIndex: 'line', width: 90 },
  { key: 'verdict', title: I.verdict, render: (_, v) => <Tag color={v.status === 'ACCEPTED' ? 'green' : 'red'}>{v.status === 'ACCEPTED' ? I.accepted : I.refused}</Tag> },
  { key: 'reason', title: I.reason, render: (_, v) => labelOf(IMPORT_REFUSAL_LABELS, v.reason) },
];

/**
 * The verdict of every line of the file just imported, as the import answered them: they exist
 * only in that answer, so they are paged here, refused lines first on request.
 */
export function ImportVerdicts({ report }: { report: ImportReport }) {
  const [onlyRefused, setOnlyRefused] = useState(report.refused > 0);
  const shown = onlyRefused ? report.lines.filter((v) => v.status === 'REFUSED') : report.lines;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Text strong data-testid="import-report">
        {I.report(report.accepted, report.refused)}
      </Typography.Text>
      <Checkbox checked={onlyRefused} onChange={(e) => setOnlyRefused(e.target.checked)}>
        {I.onlyRefused}
      </Checkbox>
      <Table<Verdict> rowKey="line" size="small" data-testid="import-verdicts" dataSource={shown} columns={columns} pagination={{ pageSize: 20, showTotal: L.total }} />
    </Space>
  );
}
