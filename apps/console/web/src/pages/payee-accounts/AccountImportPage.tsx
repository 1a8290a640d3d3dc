import { App, Button, Card, Descriptions, Form, Popconfirm, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { ProblemAlert, problemOf } from '../../components/ProblemAlert';
import { dateTime, orDash } from '../../format';
import { t } from '../../locale/zh-CN';
import { hasAnyRole, useCurrentUser } from '../session/session';
import { ACCOUNT_CHECKERS, ACCOUNT_PROPOSERS } from './access';
import { ImportVerdicts } from './ImportVerdicts';
import { ACCOUNT_LABELS as L } from './payee-accounts.zh-CN';
import { useAccountImport, useConfirmImport, useImportAccounts, type AccountImport } from './queries';

const I = L.imports;

/** An import as the service keeps it, and 确认本批导入 for a checker while lines await confirmation. */
function ImportBatch({ batch, canConfirm }: { batch: AccountImport; canConfirm: boolean }) {
  const { message } = App.useApp();
  const confirm = useConfirmImport();
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Descriptions
        size="small"
        bordered
        data-testid="import-batch"
        column={{ xs: 1, md: 2, xl: 3 }}
        items={[
          { key: 'id', label: I.batch, children: batch.id },
          { key: 'importedBy', label: I.importedBy, children: batch.importedBy },
          { key: 'importedAt', label: I.importedAt, children: dateTime(batch.importedAt) },
          { key: 'report', label: I.verdict, children: I.report(batch.accepted, batch.refused) },
          { key: 'awaiting', label: I.awaiting, children: batch.awaitingConfirmation },
          { key: 'confirmedBy', label: I.confirmedBy, children: batch.confirmedBy ? `${batch.confirmedBy}（${batch.confirmedAt ? dateTime(batch.confirmedAt) : ''}）` : '—' },
          { key: 'confirmed', label: I.confirmed, children: orDash(batch.confirmed) },
        ]}
      />
      <ProblemAlert problem={problemOf(confirm.error)} />
      {canConfirm && batch.awaitingConfirmation > 0 && !batch.confirmedBy && (
        <Popconfirm title={I.confirmPrompt} okText={t.app.confirm} cancelText={t.app.cancel} onConfirm={() => confirm.mutate(batch.id, { onSuccess: () => void message.success(I.done) })}>
          <Button type="primary" loading={confirm.isPending}>
            {I.confirm}
          </Button>
        </Popconfirm>
      )}
    </Space>
  );
}

/**
 * 收款账户批量导入: a CSV or NDJSON file, each line judged on its own; the batch (?import=<id>,
 * an opaque id) is confirmed together by a person other than who imported it.
 */
export function AccountImportPage() {
  const user = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const batchId = params.get('import');
  const batch = useAccountImport(batchId);
  const upload = useImportAccounts();
  const [file, setFile] = useState<File | null>(null);
  const submit = () =>
    file &&
    upload.mutate(file, {
      onSuccess: (report) => {
        // The file is in; the list of chosen files empties for the next one.
        setFile(null);
        setParams({ import: report.importId });
      },
    });
  return (
    <Card title={I.title}>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {I.intro}
        </Typography.Paragraph>
        {hasAnyRole(user, ACCOUNT_PROPOSERS) && (
          <Form layout="inline" onFinish={submit}>
            <Form.Item label={I.file} required>
              <Upload
                maxCount={1}
                fileList={file ? [{ uid: 'chosen', name: file.name, status: 'done' }] : []}
                accept=".csv,.ndjson,.jsonl,.json"
                beforeUpload={(chosen) => {
                  // Sent as it is by the import, not through Upload's own request.
                  setFile(chosen);
                  return false;
                }}
                onRemove={() => setFile(null)}
              >
                <Button>{I.choose}</Button>
              </Upload>
            </Form.Item>
            <Form.Item>
              <Button type="primary" htmlType="submit" disabled={!file} loading={upload.isPending}>
                {I.submit}
              </Button>
            </Form.Item>
          </Form>
        )}
        <ProblemAlert problem={problemOf(upload.error ?? batch.error)} />
        {upload.data && <ImportVerdicts report={upload.data} />}
        {batch.data && <ImportBatch batch={batch.data} canConfirm={hasAnyRole(user, ACCOUNT_CHECKERS)} />}
      </Space>
    </Card>
  );
}
