import { Alert, Button, Descriptions, Modal } from 'antd';
import { useState } from 'react';
import { ProblemAlert, problemOf } from '../../components/ProblemAlert';
import { UnmaskModal } from '../person/UnmaskModal';
import { ACCOUNT_LABELS as L } from './payee-accounts.zh-CN';
import { useUnmaskAccount } from './queries';

/**
 * 查看完整账号: asks why, then reads the account with the reason; the service refuses a user
 * without the unmask role and writes the reason to its audit log. The full number is shown in a
 * dialog only, and gone once it is closed.
 */
export function UnmaskAccount({ id }: { id: string }) {
  const [asking, setAsking] = useState(false);
  const unmask = useUnmaskAccount();
  const full = unmask.data;
  return (
    <>
      <Button size="small" onClick={() => setAsking(true)} loading={unmask.isPending}>
        {L.unmask.button}
      </Button>
      {asking && (
        <UnmaskModal
          title={L.unmask.title}
          onClose={() => setAsking(false)}
          onConfirm={(reason) => {
            setAsking(false);
            unmask.mutate({ id, reason });
          }}
        />
      )}
      <ProblemAlert problem={problemOf(unmask.error)} />
      <Modal open={full !== undefined} title={L.unmask.title} footer={null} onCancel={() => unmask.reset()}>
        {full && (
          <div data-testid="unmasked-account">
            <Alert type="warning" showIcon title={L.unmask.full} style={{ marginBottom: 12 }} />
            <Descriptions
              size="small"
              bordered
              column={1}
              items={[
                { key: 'accountNumber', label: L.columns.accountNumber, children: full.accountNumber },
                { key: 'holderName', label: L.columns.holderName, children: full.holderName },
                { key: 'bank', label: L.columns.bank, children: full.bankCode },
                ...(full.residentId ? [{ key: 'residentId', label: L.search.residentId, children: full.residentId }] : []),
              ]}
            />
          </div>
        )}
      </Modal>
    </>
  );
}
