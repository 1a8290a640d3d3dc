import { Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { t } from '../../locale/zh-CN';
import { isRecordId } from './record-id';

interface Props {
  title: string;
  intro: string;
  /** The case page for a number, e.g. dibaoCasePath. */
  pathOf: (id: string) => string;
}

/**
 * Opens a case by its number (案件编号), as the caseworker who took the application passes it on;
 * cases are also reached from the household's 本户案件, the 工作台 lists and 一人一档.
 */
export function CaseLookup({ title, intro, pathOf }: Props) {
  const navigate = useNavigate();
  const [invalid, setInvalid] = useState(false);
  const open = (value: string) => {
    const ok = isRecordId(value);
    setInvalid(!ok);
    if (ok) void navigate(pathOf(value.trim()));
  };
  return (
    <Card title={title}>
      <Typography.Paragraph type="secondary">{intro}</Typography.Paragraph>
      <Form layout="vertical">
        <Form.Item label={t.cases.id} validateStatus={invalid ? 'error' : undefined} help={invalid ? t.cases.invalidId : undefined}>
          <Input.Search placeholder={t.cases.openPlaceholder} enterButton={t.cases.open} onSearch={open} allowClear style={{ maxWidth: 560 }} />
        </Form.Item>
      </Form>
    </Card>
  );
}
