import type { PayableLine, PayablesApprovedV1 } from '@app/contracts/shared/payables';
import { payablesChunkCount, publishPayablesInChunks, type PayablesPageReader } from './payables-chunks';

const APPROVAL = { approvalId: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a01', month: '2024-08', approvedBy: 'approver-1' };

function linesOf(n: number): PayableLine[] {
  return Array.from({ length: n }, (_, i) => ({
    lineId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    programme: 'DIBAO' as const,
    period: '2024-08',
    payee: { kind: 'PERSON' as const, residentId: '110105194505050014' },
    amountFen: 100 + i,
  }));
}

/** A keyset reader over sorted lines that records the page sizes it was asked for. */
function readerOver(lines: PayableLine[]): PayablesPageReader & { pages: number[] } {
  const pages: number[] = [];
  const read = async (after: string | null, limit: number) => {
    const page = lines.filter((l) => after === null || l.lineId > after).slice(0, limit);
    pages.push(page.length);
    return page;
  };
  return Object.assign(read, { pages });
}

describe('payablesChunkCount', () => {
  it.each([
    [0, 0],
    [1, 1],
    [1000, 1],
    [1001, 2],
    [100_000, 100],
    [100_001, 101],
  ])('%p lines take %p chunks', (lines, chunks) => {
    expect(payablesChunkCount(lines)).toBe(chunks);
  });

  it.each([-1, 1.5, NaN])('refuses %p lines', (lines) => {
    expect(() => payablesChunkCount(lines)).toThrow(RangeError);
  });
});

describe('publishPayablesInChunks', () => {
  it.each([
    [1, [1]],
    [1000, [1000]],
    [2500, [1000, 1000, 500]],
  ])('publishes %p lines as chunks of %p, indexed and counted, every line once in order', async (n, sizes) => {
    const lines = linesOf(n);
    const published: PayablesApprovedV1[] = [];
    const reader = readerOver(lines);
    const count = await publishPayablesInChunks(APPROVAL, n, reader, async (chunk) => void published.push(chunk));
    expect(count).toBe(sizes.length);
    expect(published.map((c) => c.lines.length)).toEqual(sizes);
    expect(published.map((c) => c.chunk)).toEqual(sizes.map((_, index) => ({ index, count: sizes.length })));
    expect(published.flatMap((c) => c.lines)).toEqual(lines);
    expect(published.every((c) => c.approvalId === APPROVAL.approvalId && c.month === '2024-08' && c.approvedBy === 'approver-1')).toBe(true);
  });

  it('publishes nothing for an approval without lines', async () => {
    const published: PayablesApprovedV1[] = [];
    await expect(publishPayablesInChunks(APPROVAL, 0, readerOver([]), async (c) => void published.push(c))).resolves.toBe(0);
    expect(published).toEqual([]);
  });

  it.each([
    ['fewer lines than counted', 1500, 1200],
    ['more lines than counted', 1000, 1001],
  ])('throws when the pages hold %s', async (_, counted, actual) => {
    await expect(publishPayablesInChunks(APPROVAL, counted, readerOver(linesOf(actual)), async () => undefined)).rejects.toThrow(/counted/);
  });
});
