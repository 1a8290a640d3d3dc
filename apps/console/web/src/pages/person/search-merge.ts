// The name search of 一人一档 across the five services: each service answers the first page of
// its own matches (names and IDs masked as it sends them); the rows are merged into one list,
// ordered by name, each saying which service and record it came from. Services that failed or
// refused, and services that have more matches than they sent, are reported beside the rows. Pure.
import type { Problem } from '../../api/problem';
import { labelOf } from './labels/label';
import { CHILD_STATUS_LABELS } from './labels/child-welfare.zh-CN';
import type { FileState } from './file-state';
import { SEARCH_RECORD_LABELS, tp } from './person.zh-CN';
import { SERVICE_KEYS, type Page, type SearchItems, type ServiceKey } from './types';

export interface SearchRow {
  key: string;
  service: ServiceKey;
  /** The record's kind in Chinese (老年人名册, 低保/特困家庭成员 …). */
  record: string;
  /** As the service sent it: masked, or null for an intake without an ID. */
  residentId: string | null;
  name: string;
  place: string;
  note: string;
}

export type SearchOutcomes = { [K in ServiceKey]?: FileState<Page<SearchItems[K]>> };

export interface MergedSearch {
  rows: SearchRow[];
  truncated: Array<{ service: ServiceKey; total: number; shown: number }>;
  failed: Array<{ service: ServiceKey; problem: Problem }>;
  forbidden: ServiceKey[];
  loading: ServiceKey[];
}

const s = tp.search;

type RowOf<K extends ServiceKey> = (item: SearchItems[K]) => Omit<SearchRow, 'key' | 'service' | 'record' | 'residentId' | 'name'>;

const ROW_DETAILS: { [K in ServiceKey]: RowOf<K> } = {
  socialAssistance: (i) => ({ place: i.regionCode, note: '' }),
  elderlyCare: (i) => ({ place: i.region, note: [i.deceasedOn ? s.deceased : '', i.local ? '' : s.notLocal].filter(Boolean).join('、') }),
  childWelfare: (i) => ({ place: i.villageCode, note: labelOf(CHILD_STATUS_LABELS, i.status) }),
  canteen: (i) => ({ place: `${i.canteenName}（${i.canteenRegion}）`, note: i.active ? s.dinerActive : s.dinerInactive }),
  civilRegistration: (i) => ({ place: i.divisionCode, note: s.deceased }),
};

function rowsOf<K extends ServiceKey>(service: K, items: readonly SearchItems[K][]): SearchRow[] {
  return items.map((item, index) => ({
    key: `${service}:${index}:${'recordId' in item ? item.recordId : item.residentId}`,
    service,
    record: SEARCH_RECORD_LABELS[item.record] ?? item.record,
    residentId: item.residentId,
    name: item.name,
    ...(ROW_DETAILS[service] as RowOf<K>)(item),
  }));
}

const order = (service: ServiceKey) => SERVICE_KEYS.indexOf(service);

export function mergeSearchResults(outcomes: SearchOutcomes): MergedSearch {
  const merged: MergedSearch = { rows: [], truncated: [], failed: [], forbidden: [], loading: [] };
  for (const service of SERVICE_KEYS) {
    const outcome = outcomes[service];
    if (!outcome) continue;
    if (outcome.kind === 'loading') merged.loading.push(service);
    else if (outcome.kind === 'forbidden') merged.forbidden.push(service);
    else if (outcome.kind === 'failed') merged.failed.push({ service, problem: outcome.problem });
    else if (outcome.kind === 'found') {
      const page = outcome.data as Page<SearchItems[typeof service]>;
      merged.rows.push(...rowsOf(service, page.items));
      if (page.total > page.items.length) merged.truncated.push({ service, total: page.total, shown: page.items.length });
    }
  }
  merged.rows.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN') || order(a.service) - order(b.service));
  return merged;
}
