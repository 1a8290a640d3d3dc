import { App, Button, Card, DatePicker, Form, Modal, Select, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { elderPath, PATHS } from '../../app/paths';
import { ProblemAlert, problemOf } from '../../components/ProblemAlert';
import { todayInShanghai } from '../../format';
import { t } from '../../locale/zh-CN';
import { tablePagination, usePagingParams } from '../canteen/paging';
import { DISCHARGE_REASON_LABELS } from '../person/labels/elderly-care.zh-CN';
import { day } from '../person/show';
import { hasAnyRole, useCurrentUser } from '../session/session';
import { ORDER_RECORDERS } from './access';
import { ELDERS_LABELS as L } from './elders.zh-CN';
import { useDischarge, useInstitutionBeds, type BedItem } from './institution-queries';

const i = L.institutions;
const REASONS = ['RETURNED_HOME', 'TRANSFERRED', 'HOSPITAL', 'OTHER'] as const;
type Reason = (typeof REASONS)[number];

/** 办理离院 of the bed's occupant: the day and why; the service checks the day. */
function DischargeDialog({ bed, onClose }: { bed: BedItem; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ dischargedOn: Dayjs; reason: Reason }>();
  const discharge = useDischarge();
  const submit = (v: { dischargedOn: Dayjs; reason: Reason }) =>
    discharge.mutate({ stayId: bed.stayId ?? '', dischargedOn: v.dischargedOn.format('YYYY-MM-DD'), reason: v.reason }, { onSuccess: () => (void message.success(i.discharged), onClose()) });
  return (
    <Modal open title={`${i.discharge}：${bed.bedCode} ${bed.name ?? ''}`} okText={i.discharge} cancelText={t.app.cancel} onCancel={onClose} onOk={() => form.submit()} confirmLoading={discharge.isPending}>
      <Form form={form} layout="vertical" name="discharge" initialValues={{ dischargedOn: dayjs(todayInShanghai()) }} onFinish={submit}>
        <Form.Item name="dischargedOn" label={i.dischargedOn} rules={[{ required: true }]}>
          <DatePicker format="YYYY-MM-DD" allowClear={false} />
        </Form.Item>
        <Form.Item name="reason" label={i.dischargeReason} rules={[{ required: true, message: t.validation.choose(i.dischargeReason) }]}>
          <Select options={REASONS.map((r) => ({ value: r, label: DISCHARGE_REASON_LABELS[r] }))} />
        </Form.Item>
      </Form>
      <ProblemAlert problem={problemOf(discharge.error)} />
    </Modal>
  );
}

function columnsFor(onDischarge: ((bed: BedItem) => void) | null): ColumnsType<BedItem> {
  const columns: ColumnsType<BedItem> = [
    { key: 'bed', title: i.bedCode, dataIndex: 'bedCode' },
    { key: 'occupant', title: i.occupant, render: (_, b) => (b.elderId ? <Link to={elderPath(b.elderId)}>{b.name}</Link> : b.name ?? i.vacant) },
    { key: 'residentId', title: L.registry.residentId, render: (_, b) => b.residentId ?? '—' },
    { key: 'admittedOn', title: i.admittedOn, render: (_, b) => day(b.admittedOn) },
  ];
  if (!onDischarge) return columns;
  return [...columns, { key: 'action', title: L.orders.actions, render: (_, b) => b.stayId && <Button size="small" onClick={() => onDischarge(b)}>{i.discharge}</Button> }];
}

/** One institution's beds, a page at a time, with the elder in each and 办理离院 for recorders. */
export function InstitutionPage() {
  const { id = '' } = useParams();
  const user = useCurrentUser();
  const paging = usePagingParams();
  const beds = useInstitutionBeds(id, { page: paging.page, pageSize: paging.pageSize });
  const [leaving, setLeaving] = useState<BedItem | null>(null);
  return (
    <Card title={i.title} extra={<Link to={PATHS.institutions}>{i.back}</Link>}>
      <ProblemAlert problem={problemOf(beds.error)} />
      <Table<BedItem>
        rowKey="id"
        size="middle"
        data-testid="institution-beds"
        loading={beds.isFetching}
        dataSource={beds.error ? [] : (beds.data?.items ?? [])}
        columns={columnsFor(hasAnyRole(user, ORDER_RECORDERS) ? setLeaving : null)}
        locale={{ emptyText: L.common.empty }}
        scroll={{ x: 'max-content' }}
        pagination={tablePagination(paging, beds.data?.total, L.common.total)}
      />
      {leaving && <DischargeDialog bed={leaving} onClose={() => setLeaving(null)} />}
    </Card>
  );
}
