import { CountedProgress } from './job-progress';

describe('CountedProgress', () => {
  it('tells each change once, and nothing while nothing moved', () => {
    const progress = new CountedProgress();
    expect(progress.takeChange()).toBeNull();
    progress.setTotal(10_000);
    progress.advance(5_000);
    progress.advance(2_500);
    expect(progress.takeChange()).toEqual({ done: 7_500, total: 10_000 });
    expect(progress.takeChange()).toBeNull();
    progress.advance(1);
    expect(progress.takeChange()).toEqual({ done: 7_501, total: 10_000 });
  });

  it('never counts more done than the total, which may be an estimate', () => {
    const progress = new CountedProgress();
    progress.setTotal(100);
    progress.advance(150);
    expect(progress.done).toBe(100);
  });

  it('counts without a total until one is known', () => {
    const progress = new CountedProgress();
    progress.advance(42);
    expect(progress.takeChange()).toEqual({ done: 42, total: null });
  });
});
