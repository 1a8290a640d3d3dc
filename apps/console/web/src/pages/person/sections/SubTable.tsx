import { Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';

interface Props<T> {
  title: string;
  rows: readonly T[];
  columns: ColumnsType<T>;
  rowKey: (row: T, index?: number) => string;
  /** Rows per page; short lists show whole. */
  pageSize?: number;
}

/** A titled table inside a section; nothing at all when there are no rows. */
export function SubTable<T extends object>({ title, rows, columns, rowKey, pageSize }: Props<T>) {
  if (rows.length === 0) return null;
  return (
    <div style={{ marginBottom: 16 }}>
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {title}
      </Typography.Title>
      <Table<T>
        size="small"
        rowKey={(row) => rowKey(row, rows.indexOf(row))}
        dataSource={[...rows]}
        columns={columns}
        pagination={pageSize && rows.length > pageSize ? { pageSize, size: 'small' } : false}
        scroll={{ x: 'max-content' }}
      />
    </div>
  );
}
