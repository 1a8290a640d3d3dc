import { Alert, Button, Card, Result, Space, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { PATHS } from '../../app/paths';
import { todayInShanghai } from '../../format';
import { hasAnyRole, useCurrentUser } from '../session/session';
import { basicFacts } from './basic-facts';
import { foundData } from './file-state';
import { tp } from './person.zh-CN';
import { usePersonFiles } from './queries';
import { residentIdFromState } from './route';
import { AllowancesSection } from './sections/AllowancesSection';
import { AssistanceSection } from './sections/AssistanceSection';
import { BasicSection } from './sections/BasicSection';
import { CanteenSection } from './sections/CanteenSection';
import { ChildSection } from './sections/ChildSection';
import { DeathSection } from './sections/DeathSection';
import { MarriageSection } from './sections/MarriageSection';
import { TimelineSection } from './sections/TimelineSection';
import { buildTimeline } from './timeline';
import { UNMASK_ROLE, type Unmasking } from './unmask';
import { UnmaskModal } from './UnmaskModal';

const s = tp.file.sections;

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card title={title} size="small" role="region" aria-label={title}>
      {children}
    </Card>
  );
}

function UnmaskControl({ unmasking, onAsk, onMask }: { unmasking: Unmasking | null; onAsk: () => void; onMask: () => void }) {
  return unmasking ? <Button onClick={onMask}>{tp.unmask.back}</Button> : <Button onClick={onAsk}>{tp.unmask.button}</Button>;
}

interface PersonHeaderProps {
  facts: ReturnType<typeof basicFacts>;
  states: Parameters<typeof BasicSection>[0]['states'];
  unmasking: Unmasking | null;
  canUnmask: boolean;
  onAsk: () => void;
  onMask: () => void;
}

/** The person's name, 基本信息 and the page's actions (查看完整信息, 重新查询). */
function PersonHeader({ facts, states, unmasking, canUnmask, onAsk, onMask }: PersonHeaderProps) {
  return (
    <Card
      title={facts.name ? tp.file.titleOf(facts.name) : tp.file.title}
      extra={
        <Space>
          {canUnmask && <UnmaskControl unmasking={unmasking} onAsk={onAsk} onMask={onMask} />}
          <Link to={PATHS.person}>
            <Button>{tp.file.again}</Button>
          </Link>
        </Space>
      }
    >
      {unmasking && <Alert type="info" showIcon title={tp.unmask.active} style={{ marginBottom: 16 }} />}
      <div role="region" aria-label={s.basic}>
        <Typography.Title level={5} style={{ marginTop: 0 }}>
          {s.basic}
        </Typography.Title>
        <BasicSection facts={facts} states={states} />
      </div>
    </Card>
  );
}

/** One person across the five services: each section from its service, each service on its own. */
function PersonFile({ residentId }: { residentId: string }) {
  const user = useCurrentUser();
  const [unmasking, setUnmasking] = useState<Unmasking | null>(null);
  const [asking, setAsking] = useState(false);
  const { states, retry } = usePersonFiles(residentId, unmasking);
  const found = {
    socialAssistance: foundData(states.socialAssistance),
    elderlyCare: foundData(states.elderlyCare),
    childWelfare: foundData(states.childWelfare),
    canteen: foundData(states.canteen),
    civilRegistration: foundData(states.civilRegistration),
  };
  const facts = basicFacts(found);
  const pending = Object.values(states).some((state) => state.kind === 'loading');
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <PersonHeader facts={facts} states={states} unmasking={unmasking} canUnmask={hasAnyRole(user, [UNMASK_ROLE])} onAsk={() => setAsking(true)} onMask={() => setUnmasking(null)} />
      <Section title={s.assistance}>
        <AssistanceSection state={states.socialAssistance} onRetry={() => retry('socialAssistance')} />
      </Section>
      <Section title={s.allowances}>
        <AllowancesSection elderlyCare={states.elderlyCare} childWelfare={states.childWelfare} onRetry={retry} />
      </Section>
      <Section title={s.child}>
        <ChildSection state={states.childWelfare} onRetry={() => retry('childWelfare')} />
      </Section>
      <Section title={s.canteen}>
        <CanteenSection state={states.canteen} onRetry={() => retry('canteen')} />
      </Section>
      <Section title={s.marriage}>
        <MarriageSection state={states.civilRegistration} onRetry={() => retry('civilRegistration')} />
      </Section>
      <Section title={s.death}>
        <DeathSection state={states.civilRegistration} onRetry={() => retry('civilRegistration')} elsewhere={facts.deaths.filter((d) => d.service !== 'civilRegistration')} />
      </Section>
      <Section title={s.timeline}>
        <TimelineSection entries={buildTimeline(found)} pending={pending} />
      </Section>
      {asking && (
        <UnmaskModal
          onClose={() => setAsking(false)}
          onConfirm={(reason) => {
            setAsking(false);
            setUnmasking({ reason, at: Date.now() });
          }}
        />
      )}
    </Space>
  );
}

/** 一人一档 of the person chosen on the search page (their resident ID is in the history state). */
export function PersonFilePage() {
  const location = useLocation();
  const residentId = residentIdFromState(location.state, todayInShanghai());
  if (!residentId) {
    return (
      <Result
        status="info"
        title={tp.file.title}
        subTitle={tp.file.noPerson}
        extra={
          <Link to={PATHS.person}>
            <Button type="primary">{tp.file.again}</Button>
          </Link>
        }
      />
    );
  }
  // A new person starts masked, with nothing of the previous one.
  return <PersonFile key={residentId} residentId={residentId} />;
}
