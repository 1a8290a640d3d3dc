import { App, Button, Card, Descriptions, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import type { CaseResponse } from '../../components/assistance/case-status';
import { dayAfter } from '../../components/assistance/record-id';
import { TextPromptModal } from '../../components/assistance/TextPromptModal';
import { ProblemAlert, problemOf } from '../../components/ProblemAlert';
import { t } from '../../locale/zh-CN';
import { useObjections, useRaiseObjection, useResolveObjection, type ObjectionResponse } from './queries';

const td = t.dibao;

function objectionColumns(onResolve: ((o: ObjectionResponse) => void) | null): ColumnsType<ObjectionResponse> {
  return [
    { title: td.raisedOn, dataIndex: 'raisedOn', key: 'raisedOn', width: 120 },
    { title: td.raisedBy, dataIndex: 'raisedBy', key: 'raisedBy', width: 120 },
    { title: td.objection, dataIndex: 'objection', key: 'objection' },
    {
      title: td.resolution,
      key: 'resolution',
      render: (_: unknown, o) =>
        o.resolution ? `${o.resolution}（${o.resolvedBy ?? '—'}，${o.resolvedOn ?? '—'}）` : onResolve ? <Button size="small" onClick={() => onResolve(o)}>{td.resolve}</Button> : <Tag color="orange">{td.unresolved}</Tag>,
    },
  ];
}

/**
 * 公示: when the notice was posted and its last day, and the objections raised while it runs —
 * recorded and resolved by a recorder (the villager who objects is named in the text).
 */
export function PublicNoticeCard({ value, canRecord }: { value: CaseResponse; canRecord: boolean }) {
  const { message } = App.useApp();
  const running = value.status === 'IN_PUBLIC_NOTICE';
  const objections = useObjections(value.id, Boolean(value.noticeStartedOn));
  const raise = useRaiseObjection(value.id);
  const resolve = useResolveObjection(value.id);
  const [raising, setRaising] = useState(false);
  const [resolving, setResolving] = useState<ObjectionResponse | null>(null);
  const editable = running && canRecord;
  const endsOn = value.noticeEndsOn ? t.cases.noticeEndsOn(value.noticeEndsOn, dayAfter(value.noticeEndsOn)) : td.noNotice;
  return (
    <Card title={td.notice} extra={editable && <Button onClick={() => setRaising(true)}>{td.raiseObjection}</Button>} data-testid="public-notice">
      <Descriptions
        bordered
        size="small"
        column={{ xs: 1, md: 2 }}
        style={{ marginBottom: 16 }}
        items={[
          { key: 'started', label: td.noticeStartedOn, children: value.noticeStartedOn },
          { key: 'ends', label: td.noticeEndsOn, children: endsOn },
        ]}
      />
      <ProblemAlert problem={problemOf(objections.error)} />
      <Table<ObjectionResponse>
        rowKey="id"
        size="small"
        pagination={false}
        loading={objections.isFetching}
        locale={{ emptyText: td.noObjections }}
        dataSource={objections.data ?? []}
        columns={objectionColumns(editable ? setResolving : null)}
      />
      <TextPromptModal
        open={raising}
        title={td.raiseObjection}
        label={td.objection}
        field="objection"
        saving={raise.isPending}
        onSubmit={async (text) => {
          await raise.mutateAsync(text);
          void message.success(td.objectionRaised);
        }}
        onClose={() => setRaising(false)}
      />
      <TextPromptModal
        open={resolving !== null}
        title={td.resolve}
        label={td.resolution}
        field="resolution"
        saving={resolve.isPending}
        onSubmit={async (text) => {
          if (resolving) await resolve.mutateAsync({ objectionId: resolving.id, resolution: text });
          void message.success(td.resolved);
        }}
        onClose={() => setResolving(null)}
      />
    </Card>
  );
}
