import { Alert, Descriptions } from 'antd';
import { dateTime } from '../../format';
import { problemMessage } from '../../locale/problem-message';
import { DEATHS_LABELS as L } from './deaths.zh-CN';
import type { ReportOutcome } from './queries';

/**
 * The service's answer to the report: recorded (201), or the same death already recorded (200,
 * nothing emitted), shown with the catalogue's message for DEATH.ALREADY_REGISTERED.
 */
export function DeathResultAlert({ outcome }: { outcome: ReportOutcome }) {
  const { death, created } = outcome;
  const details = (
    <Descriptions
      size="small"
      column={{ xs: 1, md: 3 }}
      style={{ marginTop: 8 }}
      items={[
        { key: 'residentId', label: L.form.residentId, children: death.residentId },
        { key: 'name', label: L.form.name, children: death.name },
        { key: 'dateOfDeath', label: L.form.dateOfDeath, children: death.dateOfDeath },
        { key: 'placeOfDeath', label: L.form.placeOfDeath, children: death.placeOfDeath },
        { key: 'disposal', label: L.form.disposal, children: L.disposals[death.disposal] ?? death.disposal },
        { key: 'receivedAt', label: L.result.receivedAt, children: dateTime(death.receivedAt) },
      ]}
    />
  );
  if (created) return <Alert type="success" showIcon title={L.result.registered} description={details} data-testid="death-result" />;
  return (
    <Alert
      type="warning"
      showIcon
      role="alert"
      title={problemMessage('DEATH.ALREADY_REGISTERED', 200)}
      description={
        <>
          {L.result.alreadyRegisteredDetail(death.dateOfDeath)}
          {details}
        </>
      }
      data-testid="death-result"
    />
  );
}
