import { Timeline, Typography } from 'antd';
import { t } from '../../locale/zh-CN';
import type { CaseResponse } from './case-status';
import { caseTimeline } from './case-timeline';

/** 办理经过: what happened to the case and what is due next, from the case as the service answers it. */
export function CaseTimeline({ value }: { value: CaseResponse }) {
  return (
    <div data-testid="case-timeline">
      <Typography.Title level={5}>{t.cases.timeline}</Typography.Title>
      <Timeline
        items={caseTimeline(value).map((entry) => ({
          key: entry.key,
          color: entry.color,
          title: entry.when,
          content: (
            <>
              <Typography.Text strong type={entry.upcoming ? 'secondary' : undefined}>
                {entry.title}
              </Typography.Text>
              {entry.detail && <div>{entry.detail}</div>}
            </>
          ),
        }))}
      />
    </div>
  );
}
