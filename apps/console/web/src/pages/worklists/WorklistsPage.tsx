import { Badge, Card, Tabs, Typography } from 'antd';
import { useCurrentUser } from '../session/session';
import { parseList, WORK_LIST_KEYS } from './keys';
import { useListState } from './list-state';
import { useWorkListCounts } from './queries';
import { WorkList } from './WorkLists';
import { TAB_LABELS, tw } from './worklists.zh-CN';

function TabLabel({ label, count }: { label: string; count: number | undefined }) {
  return (
    <span>
      {label}{' '}
      {count !== undefined && <Badge count={count} showZero overflowCount={9999} color={count > 0 ? 'red' : 'gray'} />}
    </span>
  );
}

/** 工作台: the work lists of the user's division, each with its count, one open at a time. */
export function WorklistsPage() {
  const user = useCurrentUser();
  const state = useListState();
  const counts = useWorkListCounts();
  return (
    <Card title={tw.title} extra={<Typography.Text type="secondary">{tw.scope(user.division)}</Typography.Text>}>
      <Tabs
        activeKey={state.list}
        onChange={(key) => state.openList(parseList(key))}
        items={WORK_LIST_KEYS.map((key) => ({
          key,
          label: <TabLabel label={TAB_LABELS[key]} count={counts[key]} />,
          children: key === state.list ? <WorkList list={key} state={state} /> : null,
        }))}
      />
    </Card>
  );
}
