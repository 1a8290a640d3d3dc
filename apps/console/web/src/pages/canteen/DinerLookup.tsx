import { App, Button, Card, Descriptions, Form, Input, Radio, Space, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { ProblemAlert, problemOf } from '../../components/ProblemAlert';
import { orDash } from '../../format';
import { rules } from '../../forms/rules';
import { hasAnyRole, useCurrentUser } from '../session/session';
import { DINER_REGISTRARS } from './access';
import { CANTEEN_LABELS as L } from './canteen.zh-CN';
import { tablePagination, usePagingParams } from './paging';
import { useConfirmLocalRegistration, useDiner, useDinerSearch, type Diner, type DinerSearchItem } from './queries';

const LOCAL = L.diners.localRegistrationOptions;
const localText = (value: boolean | null): string => (value === null ? LOCAL.unknown : value ? LOCAL.yes : LOCAL.no);

/** 核实户籍: the clerk's finding with what it rests on; it prices meals from the next one. */
function ConfirmLocalRegistration({ diner }: { diner: Diner }) {
  const { message } = App.useApp();
  const confirm = useConfirmLocalRegistration();
  const [form] = Form.useForm<{ local: 'yes' | 'no'; evidence: string }>();
  const submit = (values: { local: 'yes' | 'no'; evidence: string }) =>
    confirm.mutate({ id: diner.id, version: diner.version, localRegistration: values.local === 'yes', evidence: values.evidence.trim() }, { onSuccess: () => void message.success(L.diners.confirmed) });
  return (
    <Card title={L.diners.confirmTitle} size="small" type="inner">
      <ProblemAlert problem={problemOf(confirm.error)} />
      <Form form={form} layout="inline" onFinish={submit} initialValues={{ local: 'yes' }} disabled={confirm.isPending}>
        <Form.Item name="local">
          <Radio.Group options={[{ value: 'yes', label: LOCAL.yes }, { value: 'no', label: LOCAL.no }]} />
        </Form.Item>
        <Form.Item name="evidence" label={L.diners.confirmEvidence} rules={[rules.required(L.diners.confirmEvidence), rules.maxLength(200)]}>
          <Input placeholder={L.diners.confirmEvidencePlaceholder} style={{ width: 220 }} />
        </Form.Item>
        <Button htmlType="submit" loading={confirm.isPending}>
          {L.diners.confirm}
        </Button>
      </Form>
    </Card>
  );
}

function DinerDetails({ id }: { id: string }) {
  const user = useCurrentUser();
  const diner = useDiner(id);
  if (diner.error) return <ProblemAlert problem={problemOf(diner.error)} />;
  if (!diner.data) return null;
  const d = diner.data;
  return (
    <Card size="small" title={d.name} data-testid="diner-details">
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'residentId', label: L.diners.residentId, children: d.residentId },
          { key: 'cardNumber', label: L.diners.cardNumber, children: d.cardNumber },
          { key: 'local', label: L.diners.localRegistration, children: localText(d.localRegistration) },
          { key: 'evidence', label: L.diners.evidence, children: orDash(d.localRegistrationEvidence) },
          { key: 'confirmedOn', label: L.diners.confirmedOn, children: orDash(d.localRegistrationConfirmedOn) },
          { key: 'active', label: L.diners.active, children: d.active ? L.diners.activeYes : L.diners.activeNo },
          ...(d.deceasedOn ? [{ key: 'deceasedOn', label: L.diners.deceasedOn, children: d.deceasedOn }] : []),
        ]}
      />
      {d.active && hasAnyRole(user, DINER_REGISTRARS) && <ConfirmLocalRegistration diner={d} />}
    </Card>
  );
}

/** 查询助餐对象: by part of the name among the diners of the user's division, then one diner's record. */
export function DinerLookup() {
  const [name, setName] = useState('');
  const [selected, setSelected] = useState<string | null>(null);
  const paging = usePagingParams('diners');
  const search = useDinerSearch(name, { page: paging.page, pageSize: paging.pageSize });
  const columns: ColumnsType<DinerSearchItem> = [
    { key: 'name', title: L.diners.name, dataIndex: 'name' },
    { key: 'residentId', title: L.diners.residentId, dataIndex: 'residentId' },
    { key: 'canteen', title: L.diners.registeredAt, dataIndex: 'canteenName' },
    { key: 'active', title: L.diners.active, render: (_, d) => (d.active ? L.diners.activeYes : L.diners.activeNo) },
    { key: 'view', title: '', render: (_, d) => <Button size="small" onClick={() => setSelected(d.recordId)}>{L.common.view}</Button> },
  ];
  return (
    <Card title={L.diners.lookup} size="small">
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Input.Search
          aria-label={L.diners.searchName}
          placeholder={L.diners.searchHelp}
          enterButton={L.diners.search}
          allowClear
          maxLength={50}
          onSearch={(value) => {
            setName(value.trim());
            setSelected(null);
            paging.setPage(1, paging.pageSize);
          }}
          style={{ maxWidth: 480 }}
        />
        <ProblemAlert problem={problemOf(search.error)} />
        {name !== '' && (
          <Table<DinerSearchItem>
            rowKey="recordId"
            size="small"
            data-testid="diner-results"
            loading={search.isFetching}
            dataSource={search.data?.items ?? []}
            columns={columns}
            locale={{ emptyText: L.common.empty }}
            scroll={{ x: 'max-content' }}
            pagination={tablePagination(paging, search.data?.total, L.common.total)}
          />
        )}
        {selected && <DinerDetails id={selected} />}
      </Space>
    </Card>
  );
}
