import type { UseQueryResult } from '@tanstack/react-query';
import { Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { ProblemAlert, problemOf } from '../../components/ProblemAlert';
import type { ListState } from './list-state';
import type { Page } from './lists';
import { tw } from './worklists.zh-CN';

interface Props<T> {
  query: UseQueryResult<Page<T>>;
  columns: ColumnsType<T>;
  rowKey: (row: T) => string;
  state: Pick<ListState, 'page' | 'pageSize' | 'setPage'>;
}

/** A work list's page: the service's problem in Chinese if it failed, the rows, paging by `total`. */
export function WorkListTable<T extends object>({ query, columns, rowKey, state }: Props<T>) {
  return (
    <>
      <ProblemAlert problem={problemOf(query.error)} />
      <Table<T>
        rowKey={rowKey}
        size="middle"
        loading={query.isFetching}
        dataSource={query.data?.items ?? []}
        columns={columns}
        locale={{ emptyText: tw.empty }}
        scroll={{ x: 'max-content' }}
        pagination={{
          current: state.page,
          pageSize: state.pageSize,
          total: query.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (total) => tw.total(total),
          onChange: state.setPage,
        }}
      />
    </>
  );
}
