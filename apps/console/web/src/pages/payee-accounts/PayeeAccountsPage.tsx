import { Card, Space, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { ProblemAlert, problemOf } from '../../components/ProblemAlert';
import { hasAnyRole, useCurrentUser } from '../session/session';
import { ACCOUNT_PROPOSERS } from './access';
import { AccountTable } from './AccountTable';
import { ACCOUNT_LABELS as L } from './payee-accounts.zh-CN';
import { PayeeSearchForm } from './PayeeSearchForm';
import { ProposeForm } from './ProposeForm';
import { useAccountProposals, useAccountSearch, type Payee } from './queries';

const FIRST_PAGE = { page: 1, pageSize: 20 };

/**
 * 查询账户: a payee's accounts, every version, found by a POST search. The payee stays in the
 * page's state, not in the URL, since a resident ID never goes into one.
 */
function SearchTab() {
  const user = useCurrentUser();
  const [payee, setPayee] = useState<Payee | null>(null);
  const [paging, setPaging] = useState(FIRST_PAGE);
  const found = useAccountSearch(payee, paging);
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <PayeeSearchForm
        onSearch={(next) => {
          setPayee(next);
          setPaging(FIRST_PAGE);
        }}
      />
      <ProblemAlert problem={problemOf(found.error)} />
      {payee && (
        <AccountTable
          testId="payee-account-history"
          accounts={found.data?.items ?? []}
          total={found.data?.total}
          loading={found.isFetching}
          paging={paging}
          onPage={(page, pageSize) => setPaging({ page: pageSize === paging.pageSize ? page : 1, pageSize })}
          empty={L.none}
        />
      )}
      {payee && hasAnyRole(user, ACCOUNT_PROPOSERS) && <ProposeForm key={JSON.stringify(payee)} payee={payee} />}
    </Space>
  );
}

/** 待确认变更: the division's proposals awaiting a second person, the oldest first. */
function ProposalsTab() {
  const [paging, setPaging] = useState(FIRST_PAGE);
  const proposals = useAccountProposals(paging);
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <ProblemAlert problem={problemOf(proposals.error)} />
      <AccountTable
        testId="payee-account-proposals"
        accounts={proposals.data?.items ?? []}
        total={proposals.data?.total}
        loading={proposals.isFetching}
        paging={paging}
        onPage={(page, pageSize) => setPaging({ page: pageSize === paging.pageSize ? page : 1, pageSize })}
        empty={L.noProposals}
      />
    </Space>
  );
}

/** 收款账户: look a payee's accounts up, change one with evidence, confirm someone else's change. */
export function PayeeAccountsPage() {
  return (
    <Card title={L.title}>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {L.intro}
        </Typography.Paragraph>
        <Tabs
          destroyOnHidden
          items={[
            { key: 'search', label: L.tabs.search, children: <SearchTab /> },
            { key: 'proposals', label: L.tabs.proposals, children: <ProposalsTab /> },
          ]}
        />
      </Space>
    </Card>
  );
}
