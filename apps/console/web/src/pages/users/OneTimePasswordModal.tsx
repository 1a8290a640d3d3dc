import { Alert, Button, Modal, Typography } from 'antd';
import { t } from '../../locale/zh-CN';

export interface OneTimePasswordNotice {
  username: string;
  password: string;
  /** Created with this password, or had it reset. */
  kind: 'created' | 'reset';
}

/**
 * Shows a one-time password once. The page keeps it only while this is open; closing forgets it,
 * and nothing can show it again (the server keeps only its hash).
 */
export function OneTimePasswordModal({ notice, onClose }: { notice: OneTimePasswordNotice | null; onClose: () => void }) {
  return (
    <Modal
      open={notice !== null}
      title={t.users.oneTimeTitle}
      onCancel={onClose}
      mask={{ closable: false }}
      destroyOnHidden
      footer={
        <Button type="primary" onClick={onClose}>
          {t.users.oneTimeDone}
        </Button>
      }
    >
      {notice && (
        <>
          <Typography.Paragraph>{notice.kind === 'created' ? t.users.oneTimeCreated(notice.username) : t.users.oneTimeReset(notice.username)}</Typography.Paragraph>
          <Typography.Paragraph>
            <Typography.Text code copyable style={{ fontSize: 20 }} data-testid="one-time-password">
              {notice.password}
            </Typography.Text>
          </Typography.Paragraph>
          <Alert type="warning" showIcon title={t.users.oneTimeWarning} />
        </>
      )}
    </Modal>
  );
}
