import { Alert, Button, Card, Empty, Space, Tag, Timeline, Typography } from 'antd';
import { ProblemAlert } from '../../components/ProblemAlert';
import { entriesOf } from './cascade';
import { DEATHS_LABELS as L } from './deaths.zh-CN';
import type { CascadeState } from './useCascadeStream';

interface Props {
  state: CascadeState;
  onStop(): void;
}

function PhaseTag({ state }: { state: CascadeState }) {
  if (state.phase === 'live' || state.phase === 'connecting') return <Tag color="processing">{L.cascade.live}</Tag>;
  return <Tag>{L.cascade.ended}</Tag>;
}

/** 联动情况: each event of the cascade as it arrives, with its service, the time since the report and what it means. */
export function CascadePanel({ state, onStop }: Props) {
  const live = state.phase === 'live' || state.phase === 'connecting';
  const items = entriesOf(state.events).map((entry) => ({
    key: entry.id,
    color: entry.color,
    title: (
      <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
        {L.cascade.elapsed(entry.elapsedMs)}
      </Typography.Text>
    ),
    content: (
      <Space size="small" wrap data-testid="cascade-entry">
        <Tag>{entry.service}</Tag>
        <Typography.Text>{entry.meaning}</Typography.Text>
      </Space>
    ),
  }));
  if (live) items.push({ key: 'pending', color: 'gray', title: <span />, content: <Typography.Text type="secondary">{L.cascade.waiting}</Typography.Text> });
  return (
    <Card
      title={
        <Space>
          {L.cascade.title}
          <PhaseTag state={state} />
        </Space>
      }
      extra={live && <Button onClick={onStop}>{L.cascade.stop}</Button>}
      data-testid="cascade-panel"
    >
      {state.phase === 'unavailable' ? (
        <>
          <Alert type="warning" showIcon title={L.cascade.unavailable} style={{ marginBottom: 16 }} />
          <ProblemAlert problem={state.problem} />
        </>
      ) : (
        <>
          {items.length > 0 ? <Timeline mode="start" titleSpan={4} items={items} data-testid="cascade-timeline" /> : <Empty description={L.cascade.none} />}
          {state.phase === 'ended' && state.endReason && <Typography.Text type="secondary">{L.cascade.endReasons[state.endReason] ?? L.cascade.endReasons.DISCONNECTED}</Typography.Text>}
        </>
      )}
    </Card>
  );
}
