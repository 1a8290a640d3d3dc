import { Card, List, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { td } from './dashboard.zh-CN';
import { workPath } from './drill';

export interface WorkFigure {
  key: keyof typeof td.work;
  value: number | null;
}

/** Work waiting today (待办与逾期), each with its list (工作台, 走访逾期). */
export function WorkFigures({ figures, asOf }: { figures: WorkFigure[]; asOf: string | undefined }) {
  return (
    <Card size="small" title={td.charts.work} extra={asOf ? <Typography.Text type="secondary">{td.asOf(asOf)}</Typography.Text> : undefined}>
      <List
        size="small"
        dataSource={figures}
        renderItem={(f) => {
          const path = asOf ? workPath(f.key, asOf) : null;
          return (
            <List.Item data-figure={f.key} actions={path && f.value !== null ? [<Link key="open" to={path} aria-label={`${td.work[f.key]}：${td.work.open}`}>{td.work.open}</Link>] : []}>
              <Typography.Text>{td.work[f.key]}</Typography.Text>
              <Typography.Text strong type={f.value ? 'danger' : undefined} data-value>
                {f.value ?? '—'}
              </Typography.Text>
            </List.Item>
          );
        }}
      />
    </Card>
  );
}
