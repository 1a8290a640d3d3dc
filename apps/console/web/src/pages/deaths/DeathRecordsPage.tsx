import { Button, Card, Descriptions, Empty, Form, Input, Space, Spin } from 'antd';
import { useState } from 'react';
import { ProblemAlert, problemOf } from '../../components/ProblemAlert';
import { dateTime, yuan } from '../../format';
import { rules } from '../../forms/rules';
import { DEATHS_LABELS as L } from './deaths.zh-CN';
import { useDeathRecords, type Death, type FuneralBenefit } from './queries';

function DeathCard({ death, benefit }: { death: Death; benefit: FuneralBenefit | undefined }) {
  return (
    <Card title={L.records.death} size="small" data-testid="death-record">
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'residentId', label: L.form.residentId, children: death.residentId },
          { key: 'name', label: L.form.name, children: death.name },
          { key: 'sex', label: L.records.sex, children: L.sex[death.sex] ?? death.sex },
          { key: 'dateOfDeath', label: L.form.dateOfDeath, children: death.dateOfDeath },
          { key: 'placeOfDeath', label: L.form.placeOfDeath, children: death.placeOfDeath },
          { key: 'disposal', label: L.form.disposal, children: L.disposals[death.disposal] ?? death.disposal },
          { key: 'source', label: L.form.source, children: L.sources[death.source] ?? death.source },
          { key: 'divisionCode', label: L.records.divisionCode, children: death.divisionCode },
          { key: 'receivedAt', label: L.records.receivedAt, children: dateTime(death.receivedAt) },
          {
            key: 'funeralBenefit',
            label: L.records.funeralBenefit,
            children: benefit ? `${yuan(benefit.amountFen)}（${L.funeralBasis[benefit.basis] ?? benefit.basis}，${benefit.grantedOn}）` : L.records.noBenefit,
          },
        ]}
      />
    </Card>
  );
}

/** 死亡记录: a person's death record and funeral benefit, found by resident ID (civil-registration has no list of deaths yet). */
export function DeathRecordsPage() {
  const [residentId, setResidentId] = useState<string | null>(null);
  const records = useDeathRecords(residentId);
  return (
    <Card title={L.records.title}>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Form layout="inline" onFinish={(values: { residentId: string }) => setResidentId(values.residentId.trim().toUpperCase())}>
          <Form.Item name="residentId" label={L.form.residentId} extra={L.records.searchHelp} rules={[rules.required(L.form.residentId), rules.residentId()]}>
            <Input maxLength={18} autoComplete="off" style={{ width: 240 }} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={records.isFetching}>
            {L.records.search}
          </Button>
        </Form>
        <ProblemAlert problem={problemOf(records.error)} />
        {records.isFetching && !records.data && <Spin />}
        {records.data && records.data.deaths.length === 0 && <Empty description={L.records.none} />}
        {records.data?.deaths.map((death) => (
          <DeathCard key={death.id} death={death} benefit={records.data.benefits.find((b) => b.deathId === death.id)} />
        ))}
      </Space>
    </Card>
  );
}
