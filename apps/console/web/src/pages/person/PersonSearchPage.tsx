import { Button, Card, Col, Form, Input, Row, Typography } from 'antd';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { rules } from '../../forms/rules';
import { NameResults } from './NameResults';
import { tp } from './person.zh-CN';
import { personFileTarget } from './route';

const DEFAULT_PAGE_SIZE = 20;
const MAX_NAME_LENGTH = 50;

/** The name searched for and the page of results live in the URL, so 后退 comes back to them. */
function useSearchState() {
  const [params, setParams] = useSearchParams();
  const name = params.get('name') ?? '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const pageSize = Math.max(1, Number(params.get('pageSize')) || DEFAULT_PAGE_SIZE);
  const update = (next: { name: string; page: number; pageSize: number }) =>
    setParams(new URLSearchParams({ name: next.name, page: String(next.page), pageSize: String(next.pageSize) }));
  return { name, page, pageSize, update };
}

/** 一人一档: by resident ID straight to the person; by name, the matches of every service. */
export function PersonSearchPage() {
  const navigate = useNavigate();
  const { name, page, pageSize, update } = useSearchState();
  const openPerson = ({ residentId }: { residentId: string }) => {
    const { to, state } = personFileTarget(residentId);
    void navigate(to, { state });
  };
  return (
    <Card title={tp.search.title}>
      <Typography.Paragraph type="secondary">{tp.search.intro}</Typography.Paragraph>
      <Row gutter={32}>
        <Col xs={24} lg={12}>
          <Typography.Title level={5}>{tp.search.byId}</Typography.Title>
          <Form layout="inline" name="by-id" onFinish={openPerson}>
            <Form.Item name="residentId" label={tp.search.residentId} rules={[rules.required(tp.search.residentId), rules.residentId()]}>
              <Input autoComplete="off" maxLength={18} placeholder={tp.search.residentIdPlaceholder} style={{ width: 240 }} />
            </Form.Item>
            <Button type="primary" htmlType="submit">
              {tp.search.open}
            </Button>
          </Form>
        </Col>
        <Col xs={24} lg={12}>
          <Typography.Title level={5}>{tp.search.byName}</Typography.Title>
          <Form layout="inline" name="by-name" initialValues={{ name }} onFinish={(values: { name: string }) => update({ name: values.name.trim(), page: 1, pageSize })}>
            <Form.Item name="name" label={tp.search.name} rules={[rules.required(tp.search.name), rules.maxLength(MAX_NAME_LENGTH)]}>
              <Input autoComplete="off" allowClear placeholder={tp.search.namePlaceholder} style={{ width: 200 }} />
            </Form.Item>
            <Button htmlType="submit">{tp.search.submit}</Button>
          </Form>
        </Col>
      </Row>
      {name && (
        <div style={{ marginTop: 24 }}>
          <NameResults name={name} page={page} pageSize={pageSize} onPage={(nextPage, nextSize) => update({ name, page: nextPage, pageSize: nextSize })} />
        </div>
      )}
    </Card>
  );
}
