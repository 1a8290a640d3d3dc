import { Empty, Tag, Timeline, Typography } from 'antd';
import { tp, SERVICE_LABELS } from '../person.zh-CN';
import { day, month } from '../show';
import type { TimelineEntry } from '../timeline';
import { tl } from '../timeline.zh-CN';

const SERVICE_COLORS: Readonly<Record<string, string>> = {
  socialAssistance: 'blue',
  elderlyCare: 'green',
  childWelfare: 'orange',
  canteen: 'cyan',
  civilRegistration: 'purple',
};

/** 事件时间线: the dated facts of every service that answered, newest first. */
export function TimelineSection({ entries, pending }: { entries: TimelineEntry[]; pending: boolean }) {
  return (
    <>
      <Typography.Paragraph type="secondary">{tl.note}</Typography.Paragraph>
      {entries.length === 0 && !pending ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={tl.empty} />
      ) : (
        <Timeline
          aria-label={tp.file.sections.timeline}
          items={entries.map((entry) => ({
            key: entry.key,
            color: entry.kind === 'death' ? 'gray' : SERVICE_COLORS[entry.service],
            title: entry.precision === 'month' ? month(entry.day.slice(0, 7)) : day(entry.day),
            content: (
              <div data-testid="timeline-entry">
                <Typography.Text strong>{entry.label}</Typography.Text> <Tag>{SERVICE_LABELS[entry.service]}</Tag>
                {entry.detail && <Typography.Text type="secondary">{entry.detail}</Typography.Text>}
              </div>
            ),
          }))}
        />
      )}
    </>
  );
}
