import { Form, Input, Space, Spin } from 'antd';
import { useState, type ReactNode } from 'react';
import { useSearchParams } from 'react-router-dom';
import { isRecordId } from '../../components/assistance/record-id';
import { ProblemAlert, problemOf } from '../../components/ProblemAlert';
import { t } from '../../locale/zh-CN';
import { HouseholdFacts, MembersTable } from './HouseholdDetails';
import { useHousehold, type HouseholdResponse } from './queries';

const th = t.households;

/**
 * The household an application is for: its number in the URL (`?household=`, so 申请低保 on the
 * household page lands here with it), the household as saved, then `children` with it.
 */
export function HouseholdPicker({ children }: { children: (household: HouseholdResponse) => ReactNode }) {
  const [params, setParams] = useSearchParams();
  const id = params.get('household') ?? '';
  const [typed, setTyped] = useState(id);
  const [invalid, setInvalid] = useState(false);
  const household = useHousehold(isRecordId(id) ? id.trim() : undefined);
  const open = (value: string) => {
    const ok = isRecordId(value);
    setInvalid(!ok);
    if (ok) setParams({ household: value.trim() });
  };
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Form layout="vertical">
        <Form.Item label={th.id} validateStatus={invalid ? 'error' : undefined} help={invalid ? th.invalidId : undefined}>
          <Input.Search
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            onSearch={open}
            placeholder={th.openPlaceholder}
            enterButton={th.open}
            allowClear
            style={{ maxWidth: 560 }}
          />
        </Form.Item>
      </Form>
      <ProblemAlert problem={problemOf(household.error)} />
      {household.isPending && household.fetchStatus !== 'idle' && <Spin />}
      {household.data && (
        <>
          <HouseholdFacts household={household.data} />
          <MembersTable household={household.data} />
          {children(household.data)}
        </>
      )}
    </Space>
  );
}
