import { tekunCasePath } from '../../app/paths';
import { CaseLookup } from '../../components/assistance/CaseLookup';
import { t } from '../../locale/zh-CN';

/** 特困审批: a decider opens the case to judge by its number (the work list comes with the service's case list). */
export function TekunApprovalsPage() {
  return <CaseLookup title={t.tekun.approvalsTitle} intro={t.tekun.approvalsIntro} pathOf={tekunCasePath} />;
}
