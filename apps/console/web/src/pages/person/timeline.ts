// 事件时间线 of 一人一档: no service offers a person's events (their audit logs are for auditors, by
// record), so the timeline is built from the dated facts in the person views the page already
// loaded — applications, approvals, starts and stops, grants, meals per month, deaths — newest
// first. A death that several services know of shows once, saying which recorded it. Pure.
import { canteenFacts, childWelfareFacts, civilRegistrationFacts, elderlyCareFacts, socialAssistanceFacts, type DatedFact } from './timeline-sources';
import { SERVICE_LABELS } from './person.zh-CN';
import { tl } from './timeline.zh-CN';
import { SERVICE_KEYS, type PersonFiles, type ServiceKey } from './types';

export interface TimelineEntry extends DatedFact {
  key: string;
  service: ServiceKey;
}

const SOURCES: { [K in ServiceKey]: (file: PersonFiles[K]) => DatedFact[] } = {
  socialAssistance: socialAssistanceFacts,
  elderlyCare: elderlyCareFacts,
  childWelfare: childWelfareFacts,
  canteen: canteenFacts,
  civilRegistration: civilRegistrationFacts,
};

/** Civil registration's death record is the one the others were told of: it leads. */
const DEATH_SOURCE_ORDER: readonly ServiceKey[] = ['civilRegistration', ...SERVICE_KEYS.filter((s) => s !== 'civilRegistration')];

function factsOf<K extends ServiceKey>(service: K, file: PersonFiles[K] | null | undefined): Array<DatedFact & { service: ServiceKey }> {
  return file ? SOURCES[service](file).map((fact) => ({ ...fact, service })) : [];
}

/** One entry per death day, from the service that leads, naming every service that recorded it. */
function oneDeathPerDay(facts: Array<DatedFact & { service: ServiceKey }>): Array<DatedFact & { service: ServiceKey }> {
  const deaths = facts.filter((f) => f.kind === 'death');
  const others = facts.filter((f) => f.kind !== 'death');
  const byDay = new Map<string, Array<DatedFact & { service: ServiceKey }>>();
  for (const death of deaths) byDay.set(death.day, [...(byDay.get(death.day) ?? []), death]);
  const merged = [...byDay.values()].map((same) => {
    same.sort((a, b) => DEATH_SOURCE_ORDER.indexOf(a.service) - DEATH_SOURCE_ORDER.indexOf(b.service));
    const seenBy = tl.deathSeenBy(same.map((d) => SERVICE_LABELS[d.service]).join('、'));
    return { ...same[0], detail: same[0].detail ? `${same[0].detail}；${seenBy}` : seenBy };
  });
  return [...others, ...merged];
}

export function buildTimeline(files: Partial<{ [K in ServiceKey]: PersonFiles[K] | null }>): TimelineEntry[] {
  const facts = oneDeathPerDay(SERVICE_KEYS.flatMap((service) => factsOf(service, files[service] as PersonFiles[typeof service] | null | undefined)));
  return facts
    .map((fact, index) => ({ fact, index }))
    .sort((a, b) => (a.fact.day === b.fact.day ? b.index - a.index : a.fact.day < b.fact.day ? 1 : -1))
    .map(({ fact, index }) => ({ ...fact, key: `${fact.service}:${fact.kind}:${index}` }));
}
