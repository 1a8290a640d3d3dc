import { isBatchHandler, runsOfHandler } from './event-batch-context';

describe('runsOfHandler', () => {
  it('groups consecutive events of one handler, keeping the delivery order across handlers', () => {
    const [a, b] = [() => undefined, () => undefined];
    const items = [
      { n: 1, handler: a },
      { n: 2, handler: a },
      { n: 3, handler: b },
      { n: 4, handler: a },
    ];
    expect(runsOfHandler(items).map((run) => run.map((i) => i.n))).toEqual([[1, 2], [3], [4]]);
    expect(runsOfHandler([])).toEqual([]);
  });
});

describe('isBatchHandler', () => {
  it('reads the extras @OnEventBatch registers the handler with', () => {
    expect(isBatchHandler({ extras: { batch: true } })).toBe(true);
    expect(isBatchHandler({ extras: {} })).toBe(false);
    expect(isBatchHandler({})).toBe(false);
  });
});
