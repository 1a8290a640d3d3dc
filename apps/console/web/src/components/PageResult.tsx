import { Button, Result, Spin } from 'antd';
import { Link } from 'react-router-dom';
import { PATHS } from '../app/paths';
import { t } from '../locale/zh-CN';

export function NotFoundPage() {
  return (
    <Result
      status="404"
      title={t.app.notFound}
      subTitle={t.app.notFoundDetail}
      extra={
        <Link to={PATHS.home}>
          <Button type="primary">{t.app.backHome}</Button>
        </Link>
      }
    />
  );
}

export function ForbiddenPage() {
  return <Result status="403" title={t.app.forbidden} subTitle={t.app.forbiddenDetail} />;
}

export function CrashPage() {
  return <Result status="error" title={t.app.crashed} subTitle={t.app.crashedDetail} extra={<Button onClick={() => window.location.reload()}>{t.app.retry}</Button>} />;
}

export function FullPageSpin() {
  return (
    <div style={{ minHeight: '60vh', display: 'flex', alignItems: 'center', justifyContent: 'center' }}>
      <Spin size="large" description={t.app.loading} />
    </div>
  );
}
