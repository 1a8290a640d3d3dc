import { App, Button, Card, Empty, Form, Select, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { ProblemAlert, problemOf } from '../../components/ProblemAlert';
import { day, money, month } from '../person/show';
import { hasAnyRole, useCurrentUser } from '../session/session';
import { ORDER_RECORDERS } from './access';
import { ELDERS_LABELS as L } from './elders.zh-CN';
import { OrderStatusTag } from './OrderStatusTag';
import { useCatalogue, useOrderForElder, type ElderFile } from './queries';

const o = L.orders;
type Order = ElderFile['homeCareOrders'][number];

const columns: ColumnsType<Order> = [
  { title: o.orderedOn, dataIndex: 'orderedOn', render: day },
  { title: o.item, dataIndex: 'itemCode' },
  { title: o.price, dataIndex: 'priceFen', render: money },
  { title: o.subsidy, dataIndex: 'subsidyFen', render: money },
  { title: o.status, dataIndex: 'status', render: (v: Order['status']) => <OrderStatusTag status={v} /> },
  { title: o.month, dataIndex: 'serviceMonth', render: month },
];

/** 下单: a catalogue item in force today, for the elder of the page. */
function OrderForm({ elderId }: { elderId: string }) {
  const { message } = App.useApp();
  const catalogue = useCatalogue();
  const order = useOrderForElder(elderId);
  const options = (catalogue.data ?? []).map((i) => ({ value: i.code, label: `${i.itemName}（${money(i.priceFen)}，${o.subsidy} ${money(i.subsidyFen)}）` }));
  return (
    <Space orientation="vertical" style={{ width: '100%', marginBottom: 12 }}>
      <Form layout="inline" name="elder-order" onFinish={({ itemCode }: { itemCode: string }) => order.mutate(itemCode, { onSuccess: () => void message.success(L.elder.ordered) })}>
        <Form.Item name="itemCode" label={L.elder.item} rules={[{ required: true, message: L.elder.item }]}>
          <Select showSearch={{ optionFilterProp: 'label' }} loading={catalogue.isPending} options={options} style={{ minWidth: 260 }} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={order.isPending}>
          {L.elder.order}
        </Button>
      </Form>
      <ProblemAlert problem={problemOf(order.error ?? catalogue.error)} />
    </Space>
  );
}

/** The elder's home care orders (the newest 100) and 下单 for recorders while the elder lives. */
export function ElderOrders({ file }: { file: ElderFile }) {
  const user = useCurrentUser();
  return (
    <Card title={L.elder.orders} size="small" data-testid="elder-orders" extra={<Typography.Text type="secondary">{L.elder.orderCount(file.homeCareOrderCount)}</Typography.Text>}>
      {hasAnyRole(user, ORDER_RECORDERS) && !file.deceasedOn && <OrderForm elderId={file.id} />}
      {file.homeCareOrders.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={L.elder.noOrders} />
      ) : (
        <Table<Order> rowKey="id" size="small" dataSource={file.homeCareOrders} columns={columns} pagination={false} scroll={{ x: 'max-content' }} />
      )}
    </Card>
  );
}
