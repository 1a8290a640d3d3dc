import { Descriptions, Typography, type DescriptionsProps } from 'antd';
import { Link } from 'react-router-dom';
import { householdPath } from '../../app/paths';
import { orDash, yearMonth } from '../../format';
import { t } from '../../locale/zh-CN';
import type { CaseResponse } from './case-status';
import { CaseStatusTag } from './CaseStatusTag';

const tc = t.cases;

/** What every case shows: number, status, household, who took and who decided it, payment months; `extra` adds the programme's own. */
export function CaseFacts({ value, extra = [] }: { value: CaseResponse; extra?: NonNullable<DescriptionsProps['items']> }) {
  const items: NonNullable<DescriptionsProps['items']> = [
    {
      key: 'id',
      label: tc.id,
      children: (
        <Typography.Text copyable data-testid="case-id">
          {value.id}
        </Typography.Text>
      ),
    },
    { key: 'status', label: tc.status, children: <CaseStatusTag status={value.status} /> },
    { key: 'household', label: tc.household, children: <Link to={householdPath(value.householdId)}>{tc.openHousehold}</Link> },
    ...extra,
    { key: 'appliedOn', label: tc.appliedOn, children: value.appliedOn },
    { key: 'appliedBy', label: tc.appliedBy, children: value.appliedBy },
    { key: 'decidedOn', label: tc.decidedOn, children: orDash(value.decidedOn) },
    { key: 'decidedBy', label: tc.decidedBy, children: orDash(value.decidedBy) },
    { key: 'startMonth', label: tc.startMonth, children: value.startMonth ? yearMonth(value.startMonth) : '—' },
  ];
  if (value.stopFromMonth) items.push({ key: 'stopFromMonth', label: tc.stopFromMonth, children: yearMonth(value.stopFromMonth) });
  return <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} items={items} />;
}
