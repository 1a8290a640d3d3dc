import { Alert, Space, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { problemMessage } from '../../locale/problem-message';
import { fileStateOf } from './file-state';
import { OpenPersonButton } from './OpenPersonButton';
import { SERVICE_LABELS, tp } from './person.zh-CN';
import { usePersonSearch } from './queries';
import { mergeSearchResults, type SearchRow } from './search-merge';

const c = tp.search.columns;

const columns: ColumnsType<SearchRow> = [
  { title: c.name, dataIndex: 'name' },
  { title: c.residentId, dataIndex: 'residentId', render: (v: string | null) => v ?? tp.search.noResidentId },
  { title: c.service, dataIndex: 'service', render: (v: SearchRow['service']) => <Tag>{SERVICE_LABELS[v]}</Tag> },
  { title: c.record, dataIndex: 'record' },
  { title: c.place, dataIndex: 'place' },
  { title: c.note, dataIndex: 'note', render: (v: string) => v || '—' },
  { title: c.actions, key: 'actions', render: (_: unknown, row) => <OpenPersonButton residentId={row.residentId} label={tp.search.open} /> },
];

interface Props {
  name: string;
  page: number;
  pageSize: number;
  onPage: (page: number, pageSize: number) => void;
}

/** The name search of every service, merged: masked names and IDs as sent, with their source. */
export function NameResults({ name, page, pageSize, onPage }: Props) {
  const merged = mergeSearchResults({
    socialAssistance: fileStateOf(usePersonSearch('socialAssistance', name)),
    elderlyCare: fileStateOf(usePersonSearch('elderlyCare', name)),
    childWelfare: fileStateOf(usePersonSearch('childWelfare', name)),
    canteen: fileStateOf(usePersonSearch('canteen', name)),
    civilRegistration: fileStateOf(usePersonSearch('civilRegistration', name)),
  });
  const loading = merged.loading.length > 0;
  return (
    <Space orientation="vertical" size="small" style={{ width: '100%' }}>
      {merged.failed.map(({ service, problem }) => (
        <Alert key={service} type="error" showIcon title={tp.search.failed(SERVICE_LABELS[service], problemMessage(problem.code, problem.status))} />
      ))}
      {merged.forbidden.length > 0 && <Alert type="warning" showIcon title={tp.search.forbidden(merged.forbidden.map((s) => SERVICE_LABELS[s]).join('、'))} />}
      {merged.truncated.map(({ service, total, shown }) => (
        <Alert key={service} type="info" showIcon title={tp.search.truncated(SERVICE_LABELS[service], total, shown)} />
      ))}
      <Table<SearchRow>
        rowKey="key"
        size="middle"
        loading={loading}
        dataSource={merged.rows}
        columns={columns}
        locale={{ emptyText: loading ? ' ' : tp.search.none }}
        pagination={{
          current: page,
          pageSize,
          showSizeChanger: true,
          showTotal: (total) => tp.search.total(total),
          onChange: (nextPage, nextSize) => onPage(nextSize === pageSize ? nextPage : 1, nextSize),
        }}
      />
    </Space>
  );
}
