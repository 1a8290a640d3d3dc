import { RECORDERS } from '../../components/assistance/roles';
import { hasAnyRole, useCurrentUser } from '../session/session';
import { caseColumns, type CaseListKind } from './caseColumns';
import { Filters, type FilterField } from './Filters';
import type { ListState } from './list-state';
import { fetchCaseOverpayments, fetchCases, fetchCoolingOff, fetchElderOverpayments, fetchOverdueStays, fetchReviewsDue, fetchSchoolRechecks, type ListFilters, type Paging } from './lists';
import type { WorkListKey } from './keys';
import { caseOverpaymentColumns, divorceColumns, elderOverpaymentColumns, vagrantColumns } from './otherColumns';
import { useWorkListPage } from './queries';
import { WorkListTable } from './WorkListTable';

const CASE_FILTERS: Readonly<Record<CaseListKind, readonly FilterField[]>> = {
  investigation: ['residentId'],
  notice: ['residentId'],
  approval: ['program', 'residentId'],
  reviews: ['asOf'],
  school: ['asOf'],
};

function fetchCaseList(kind: CaseListKind, filters: ListFilters, paging: Paging) {
  if (kind === 'reviews') return fetchReviewsDue(filters, paging);
  if (kind === 'school') return fetchSchoolRechecks(filters, paging);
  return fetchCases(kind, filters, paging);
}

/** 待入户调查, 公示中, 待审批 (cases by stage), 到期复核 and 特困在学复核 (with 在学核查 for those who record). */
function CaseList({ kind, state }: { kind: CaseListKind; state: ListState }) {
  const query = useWorkListPage(kind, state, (paging) => fetchCaseList(kind, state.filters, paging));
  const canRecord = hasAnyRole(useCurrentUser(), RECORDERS);
  return (
    <>
      <Filters fields={CASE_FILTERS[kind]} filters={state.filters} onChange={state.setFilters} />
      <WorkListTable query={query} columns={caseColumns(kind, { canRecord })} rowKey={(item) => item.id} state={state} />
    </>
  );
}

function VagrantList({ state }: { state: ListState }) {
  const query = useWorkListPage('vagrant', state, fetchOverdueStays);
  return <WorkListTable query={query} columns={vagrantColumns()} rowKey={(item) => item.id} state={state} />;
}

function CaseOverpayments({ state }: { state: ListState }) {
  const query = useWorkListPage('overpayments:social-assistance', state, (paging) => fetchCaseOverpayments(state.filters, paging));
  return <WorkListTable query={query} columns={caseOverpaymentColumns} rowKey={(item) => item.id} state={state} />;
}

function ElderOverpayments({ state }: { state: ListState }) {
  const query = useWorkListPage('overpayments:elderly-care', state, (paging) => fetchElderOverpayments(state.filters, paging));
  return <WorkListTable query={query} columns={elderOverpaymentColumns} rowKey={(item) => item.id} state={state} />;
}

/** 待追回多发金额: social-assistance's receivables or elderly-care's, one service at a time. */
function OverpaymentList({ state }: { state: ListState }) {
  const source = state.filters.source ?? 'socialAssistance';
  return (
    <>
      <Filters fields={['source', 'status', 'residentId']} filters={state.filters} onChange={state.setFilters} />
      {source === 'elderlyCare' ? <ElderOverpayments state={state} /> : <CaseOverpayments state={state} />}
    </>
  );
}

function DivorceList({ state }: { state: ListState }) {
  const query = useWorkListPage('divorces', state, fetchCoolingOff);
  return <WorkListTable query={query} columns={divorceColumns()} rowKey={(item) => item.id} state={state} />;
}

/** The open tab's list. */
export function WorkList({ list, state }: { list: WorkListKey; state: ListState }) {
  switch (list) {
    case 'vagrant':
      return <VagrantList state={state} />;
    case 'overpayments':
      return <OverpaymentList state={state} />;
    case 'divorces':
      return <DivorceList state={state} />;
    default:
      return <CaseList key={list} kind={list} state={state} />;
  }
}
