import { dibaoCasePath } from '../../app/paths';
import { CaseLookup } from '../../components/assistance/CaseLookup';
import { t } from '../../locale/zh-CN';

/** 低保审批: a decider opens the case to judge by its number (the work list comes with the service's case list). */
export function DibaoApprovalsPage() {
  return <CaseLookup title={t.dibao.approvalsTitle} intro={t.dibao.approvalsIntro} pathOf={dibaoCasePath} />;
}
