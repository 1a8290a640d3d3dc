// 地名管理: the search (name, division and below, kind) in the address with its page, the service's
// page of names, and 登记地名 for recorders.
import { Button, Card, Col, Form, Input, Row, Select, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useSearchParams } from 'react-router-dom';
import { tablePagination, usePagingParams } from '../../components/paging';
import { ProblemAlert, problemOf } from '../../components/ProblemAlert';
import { date, orDash } from '../../format';
import { labelOf } from '../person/labels/label';
import { hasAnyRole, useCurrentUser } from '../session/session';
import { PLACE_NAME_RECORDERS } from './access';
import { PlaceNameForm } from './PlaceNameForm';
import { PLACE_NAME_CATEGORY_LABELS, PLACE_NAME_KIND_LABELS, PLACE_NAME_LABELS as L } from './place-names.zh-CN';
import { usePlaceNames, type PlaceName, type PlaceNameFilters } from './queries';

const c = L.columns;
const s = L.search;
const FILTER_KEYS = ['q', 'regionCode', 'kind'] as const;

const columns: ColumnsType<PlaceName> = [
  { title: c.name, dataIndex: 'name' },
  { title: c.kind, dataIndex: 'kind', render: (v: string) => labelOf(PLACE_NAME_KIND_LABELS, v) },
  { title: c.category, dataIndex: 'category', render: (v: string) => labelOf(PLACE_NAME_CATEGORY_LABELS, v) },
  { title: c.region, dataIndex: 'regionCode' },
  { title: c.origin, dataIndex: 'origin', render: (v: string | null) => orDash(v) },
  { title: c.recordedOn, dataIndex: 'recordedOn', render: (v: string) => date(v) },
];

function useFilters(): [PlaceNameFilters, (next: PlaceNameFilters) => void] {
  const [params, setParams] = useSearchParams();
  const filters: PlaceNameFilters = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key);
    if (value) Object.assign(filters, { [key]: value });
  }
  const apply = (next: PlaceNameFilters) => {
    const out = new URLSearchParams();
    for (const key of FILTER_KEYS) if (next[key]?.trim()) out.set(key, next[key].trim());
    setParams(out);
  };
  return [filters, apply];
}

export function PlaceNamesPage() {
  const [filters, apply] = useFilters();
  const paging = usePagingParams();
  const names = usePlaceNames(filters, paging.page, paging.pageSize);
  const canRecord = hasAnyRole(useCurrentUser(), PLACE_NAME_RECORDERS);
  const [form] = Form.useForm<PlaceNameFilters>();
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={canRecord ? 16 : 24}>
        <Card title={L.title}>
          <Typography.Paragraph type="secondary">{L.intro}</Typography.Paragraph>
          <Form form={form} layout="inline" name="place-name-search" initialValues={filters} onFinish={apply} style={{ marginBottom: 16, rowGap: 8 }}>
            <Form.Item name="q" label={s.q}>
              <Input placeholder={s.qPlaceholder} allowClear style={{ width: 160 }} />
            </Form.Item>
            <Form.Item name="regionCode" label={s.region} rules={[{ pattern: /^\d{6}(\d{3}){0,2}$/, message: s.regionInvalid }]}>
              <Input placeholder={s.regionPlaceholder} inputMode="numeric" maxLength={12} allowClear style={{ width: 160 }} />
            </Form.Item>
            <Form.Item name="kind" label={s.kind}>
              <Select allowClear placeholder={s.all} options={Object.entries(PLACE_NAME_KIND_LABELS).map(([value, label]) => ({ value, label }))} style={{ width: 150 }} />
            </Form.Item>
            <Form.Item>
              <Button type="primary" htmlType="submit">
                {s.submit}
              </Button>
            </Form.Item>
            <Form.Item>
              <Button onClick={() => (form.resetFields(), apply({}))}>{s.reset}</Button>
            </Form.Item>
          </Form>
          <ProblemAlert problem={problemOf(names.error)} />
          <Table<PlaceName> rowKey="id" size="middle" loading={names.isFetching} dataSource={names.data?.items ?? []} columns={columns} locale={{ emptyText: L.empty }} scroll={{ x: 'max-content' }} pagination={tablePagination(paging, names.data?.total, L.total)} />
        </Card>
      </Col>
      {canRecord && (
        <Col xs={24} xl={8}>
          <PlaceNameForm />
        </Col>
      )}
    </Row>
  );
}
