// The children of the registers as the year finds them in child welfare: the ledger
// (GET /api/v1/children) shows a child's resident ID and name masked, as to every user, so a child
// is recognised by what it shows — masked ID, masked name, birth date, village. The plans name only
// children whose view is theirs alone among the registers; the ledger is read once per run, when
// a kind first needs a child, and kept in memory (a resumed run reads it again).
import { maskName } from '../../../libs/common/src/privacy/mask';
import { maskResidentId } from '../../../libs/common/src/resident-id/resident-id';
import type { ChildSeed, Population } from '../../population/generate';
import { problemCode, type YearApi } from '../api';
import type { DriveContext } from '../context';
import { refused, type Outcome } from '../tally';

interface Viewed {
  residentId: string;
  name: string;
  birthDate: string;
  villageCode: string;
}

/** What the ledger shows of a child, as one string. */
export function ledgerView(child: Viewed): string {
  return [maskResidentId(child.residentId), maskName(child.name), child.birthDate, child.villageCode].join('|');
}

const recognisable = new WeakMap<Population, ChildSeed[]>();

/** The children of the registers the ledger tells apart from every other, in the registers' order (worked out once a population). */
export function recognisableChildren(population: Population): ChildSeed[] {
  const known = recognisable.get(population);
  if (known) return known;
  const views = population.children.map(ledgerView);
  const seen = new Map<string, number>();
  for (const view of views) seen.set(view, (seen.get(view) ?? 0) + 1);
  const found = population.children.filter((_c, i) => seen.get(views[i]) === 1);
  recognisable.set(population, found);
  return found;
}

/** At-risk minors (孤儿, 事实无人抚养, 困境): pairing and charity are for them. */
export const AT_RISK = new Set<ChildSeed['category']>(['ORPHAN', 'DE_FACTO_UNSUPPORTED', 'IN_DIFFICULTY']);

/** Ledger view → child id; null where two children show the same. */
type LedgerIndex = Map<string, string | null>;

const indexes = new WeakMap<YearApi, Promise<LedgerIndex>>();
const byResidentId = new WeakMap<Population, Map<string, ChildSeed>>();

async function readLedger(api: YearApi): Promise<LedgerIndex> {
  const index: LedgerIndex = new Map();
  for (let page = 1; ; page++) {
    const res = await api.call('child-welfare', 'GET', `/api/v1/children?page=${page}&pageSize=100`, 'clerk');
    if (res.status !== 200) throw new Error(`the ledger could not be read: ${res.status} ${problemCode(res)}`);
    const { items, total } = res.body as { items: Array<Viewed & { id: string }>; total: number };
    for (const item of items) {
      // The ledger masks already; masking a masked value keeps it as it is.
      const view = [item.residentId, item.name, item.birthDate, item.villageCode].join('|');
      index.set(view, index.has(view) ? null : item.id);
    }
    if (items.length === 0 || page * 100 >= total) return index;
  }
}

/** The ledger's child id of a child of the registers, or why it cannot be had. */
export async function childIdOf(ctx: DriveContext, residentId: string): Promise<{ id: string } | { outcome: Outcome }> {
  let seeds = byResidentId.get(ctx.population);
  if (!seeds) byResidentId.set(ctx.population, (seeds = new Map(ctx.population.children.map((c) => [c.residentId, c]))));
  const child = seeds.get(residentId);
  if (!child) return { outcome: refused('YEAR.NOT_A_REGISTERED_CHILD', `${residentId} is not a child of the registers`) };
  let index = indexes.get(ctx.api);
  if (!index) {
    index = readLedger(ctx.api);
    indexes.set(ctx.api, index);
    // A failed read is not kept: the next event reads again.
    index.catch(() => indexes.delete(ctx.api));
  }
  let id: string | null | undefined;
  try {
    id = (await index).get(ledgerView(child));
  } catch (error) {
    return { outcome: refused('YEAR.LEDGER_UNREADABLE', (error as Error).message) };
  }
  if (id === undefined) return { outcome: refused('YEAR.CHILD_NOT_IN_LEDGER', `the ledger shows no ${ledgerView(child)}: were the registers loaded?`) };
  if (id === null) return { outcome: refused('YEAR.CHILD_AMBIGUOUS', `the ledger shows two children as ${ledgerView(child)}`) };
  return { id };
}

/** The id a child's event needs: the ledger's for a child of the registers, the refs' for one registered in the year. */
export async function childOf(ctx: DriveContext, residentId: string, childKey?: string): Promise<{ id: string } | { outcome: Outcome }> {
  if (childKey === undefined) return childIdOf(ctx, residentId);
  const id = ctx.refs[childKey];
  return id ? { id } : { outcome: refused('YEAR.CHILD_NOT_REGISTERED', `${childKey} was not registered`) };
}
