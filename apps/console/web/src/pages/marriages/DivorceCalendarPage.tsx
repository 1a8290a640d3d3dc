import { Alert, Calendar, Card, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useSearchParams } from 'react-router-dom';
import { ProblemAlert, problemOf } from '../../components/ProblemAlert';
import { todayInShanghai } from '../../format';
import { countsOn, dueOn, type DayEvent } from './divorce-calendar';
import { MARRIAGE_LABELS as L } from './marriages.zh-CN';
import { CALENDAR_PAGE_SIZE, useDivorceMonth, type DivorceWorkItem } from './queries';

const EVENT_COLOURS: Record<DayEvent, string> = { coolingOffEnds: 'orange', windowOpens: 'green', deadline: 'red' };
const EVENT_LABELS: Record<DayEvent, string> = { coolingOffEnds: L.calendar.coolingOffEnds, windowOpens: L.calendar.windowOpens, deadline: L.calendar.deadline };

const columns: TableColumnsType<{ divorce: DivorceWorkItem; events: DayEvent[] }> = [
  { title: L.calendar.columns.events, key: 'events', render: (_, { events }) => events.map((e) => <Tag key={e} color={EVENT_COLOURS[e]}>{EVENT_LABELS[e]}</Tag>) },
  { title: L.calendar.columns.parties, key: 'parties', render: (_, { divorce }) => divorce.partyResidentIds.join('、') },
  { title: L.calendar.columns.state, key: 'state', render: (_, { divorce }) => L.states[divorce.state as keyof typeof L.states] ?? divorce.state },
  { title: L.calendar.columns.appliedOn, key: 'appliedOn', render: (_, { divorce }) => divorce.appliedOn },
  { title: L.calendar.columns.coolingOffEndsOn, key: 'coolingOff', render: (_, { divorce }) => divorce.coolingOffEndsOn },
  { title: L.calendar.columns.window, key: 'window', render: (_, { divorce }) => `${divorce.certificateWindowOpensOn} 至 ${divorce.certificateDeadline}` },
];

/** 离婚日历: the division's divorce applications by the days their deadlines fall on, a month at a time. */
export function DivorceCalendarPage() {
  // The chosen day is in the address (?day=YYYY-MM-DD), so a reload or a link keeps it.
  const [params, setParams] = useSearchParams();
  const asked = params.get('day');
  const day = asked && /^\d{4}-\d{2}-\d{2}$/.test(asked) && dayjs(asked).isValid() ? asked : todayInShanghai();
  const setDay = (next: string) => setParams({ day: next }, { replace: true });
  const month = day.slice(0, 7);
  const divorces = useDivorceMonth(month);
  const items = divorces.data?.items ?? [];
  const cell = (date: Dayjs, info: { type: string }) => {
    if (info.type !== 'date') return null;
    const counts = countsOn(date.format('YYYY-MM-DD'), items);
    return (
      <Space orientation="vertical" size={2} data-testid={`calendar-${date.format('YYYY-MM-DD')}`}>
        {(Object.keys(counts) as DayEvent[]).map((event) => (
          <Tag key={event} color={EVENT_COLOURS[event]} style={{ marginInlineEnd: 0 }}>
            {EVENT_LABELS[event]} {L.calendar.count(counts[event] ?? 0)}
          </Tag>
        ))}
      </Space>
    );
  };
  const due = dueOn(day, items);
  return (
    <Card title={L.calendar.title}>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {L.calendar.intro}
        </Typography.Paragraph>
        <ProblemAlert problem={problemOf(divorces.error)} />
        {divorces.data && divorces.data.total > CALENDAR_PAGE_SIZE && <Alert type="warning" showIcon title={L.calendar.more(items.length, divorces.data.total)} />}
        <Calendar value={dayjs(day)} cellRender={cell} onSelect={(date) => setDay(date.format('YYYY-MM-DD'))} data-testid="divorce-calendar" />
        <Typography.Title level={5}>{L.calendar.dayTitle(day)}</Typography.Title>
        <Table
          data-testid="divorce-day"
          rowKey={({ divorce }) => divorce.id}
          size="small"
          columns={columns}
          dataSource={due}
          loading={divorces.isFetching}
          pagination={false}
          locale={{ emptyText: L.calendar.none }}
          scroll={{ x: 800 }}
        />
      </Space>
    </Card>
  );
}
