import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { Alert, List, Space, Typography } from 'antd';
import { MARRIAGE_LABELS as L } from './marriages.zh-CN';
import type { MarriageChecksResult } from './queries';

/** The service's verdict on each legal condition, in the order registering checks them. */
export function MarriageChecklist({ result, stale }: { result: MarriageChecksResult; stale: boolean }) {
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="marriage-checks">
      <Typography.Title level={5}>{L.register.checksTitle(result.registeredOn)}</Typography.Title>
      <List
        size="small"
        bordered
        dataSource={result.checks}
        renderItem={(check) => (
          <List.Item data-testid={`check-${check.code}`} data-passed={check.passed}>
            <Space>
              {check.passed ? <CheckCircleFilled style={{ color: '#52c41a' }} aria-label="符合" /> : <CloseCircleFilled style={{ color: '#ff4d4f' }} aria-label="不符合" />}
              <span>{L.checks[check.code]}</span>
              {!check.passed && check.party && <Typography.Text type="danger">（{L.parties[check.party]}不符合）</Typography.Text>}
            </Space>
          </List.Item>
        )}
      />
      {stale ? (
        <Alert type="warning" showIcon title={L.register.stale} />
      ) : (
        <Alert type={result.eligible ? 'success' : 'error'} showIcon title={result.eligible ? L.register.eligible : L.register.notEligible} />
      )}
    </Space>
  );
}
