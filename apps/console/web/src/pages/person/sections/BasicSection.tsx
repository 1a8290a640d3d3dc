import { Descriptions, Space, Tag } from 'antd';
import type { BasicFacts } from '../basic-facts';
import { tf } from '../fields.zh-CN';
import type { FileState } from '../file-state';
import { MARITAL_STATUS_LABELS, SEX_LABELS } from '../labels/civil-registration.zh-CN';
import { labelOf } from '../labels/label';
import { SERVICE_LABELS, tp } from '../person.zh-CN';
import { day } from '../show';
import { SERVICE_KEYS, type ServiceKey } from '../types';

const f = tf.basic;

const STATE_TAGS: Readonly<Record<FileState<unknown>['kind'], { color: string; text: string }>> = {
  loading: { color: 'processing', text: f.loading },
  found: { color: 'green', text: f.found },
  none: { color: 'default', text: tp.file.none },
  forbidden: { color: 'orange', text: tp.file.forbidden },
  failed: { color: 'red', text: f.failed },
};

interface Props {
  facts: BasicFacts;
  states: Readonly<Record<ServiceKey, FileState<unknown>>>;
}

/** 基本信息: who the person is as the services know them, and what each service holds. */
export function BasicSection({ facts, states }: Props) {
  const localText = facts.local === null ? '—' : facts.local ? f.yes : f.no;
  return (
    <Descriptions
      size="small"
      bordered
      column={2}
      items={[
        { key: 'name', label: f.name, children: facts.name ?? '—' },
        { key: 'residentId', label: f.residentId, children: facts.residentId ?? '—' },
        { key: 'birthDate', label: f.birthDate, children: day(facts.birthDate) },
        { key: 'sex', label: f.sex, children: labelOf(SEX_LABELS, facts.sex) },
        { key: 'residence', label: f.residence, children: facts.residence ?? '—' },
        { key: 'local', label: f.local, children: localText },
        { key: 'marital', label: f.maritalStatus, children: labelOf(MARITAL_STATUS_LABELS, facts.maritalStatus) },
        { key: 'death', label: f.deceasedOn, children: facts.deaths.length > 0 ? day(facts.deaths[0].day) : '—' },
        {
          key: 'services',
          label: tp.file.services,
          span: 2,
          children: (
            <Space size={[8, 8]} wrap>
              {SERVICE_KEYS.map((service) => (
                <Tag key={service} color={STATE_TAGS[states[service].kind].color} data-testid={`service-state-${service}`}>
                  {SERVICE_LABELS[service]}：{STATE_TAGS[states[service].kind].text}
                </Tag>
              ))}
            </Space>
          ),
        },
      ]}
    />
  );
}
