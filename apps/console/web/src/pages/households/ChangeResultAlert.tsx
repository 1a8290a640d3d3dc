import { Alert } from 'antd';
import { Link } from 'react-router-dom';
import { dibaoCasePath } from '../../app/paths';
import { t } from '../../locale/zh-CN';
import type { ChangeResult } from './change-result';

const th = t.households;

/** What the last change recorded and what it did to the open 低保 case(s): the new amount or the stop. Stays until closed. */
export function ChangeResultAlert({ result, onClose }: { result: ChangeResult; onClose: () => void }) {
  const description = result.lines.length ? (
    <>
      <div>{th.reassessed}：</div>
      {result.lines.map((line) => (
        <div key={line.caseId}>
          {th.dibaoCase}：<span data-testid="reassessment-line">{line.text}</span> <Link to={dibaoCasePath(line.caseId)}>{th.caseColumns.open}</Link>
        </div>
      ))}
    </>
  ) : (
    th.noOpenDibao
  );
  return <Alert type="success" showIcon closable={{ onClose }} title={result.title} description={description} data-testid="change-result" style={{ marginBottom: 16 }} />;
}
