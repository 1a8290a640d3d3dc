import { AckWindow } from './ack-window';

function windowOf(...tags: number[]): AckWindow {
  const window = new AckWindow();
  for (const tag of tags) window.open(tag);
  return window;
}

describe('AckWindow', () => {
  it('acks a batch settled in order with one multiple ack up to its last tag', () => {
    const window = windowOf(1, 2, 3);
    expect(window.settle([1, 2, 3])).toEqual({ upTo: 3, each: [] });
    expect(window.size).toBe(0);
  });

  it('holds a later batch back until the earlier one is settled, then acks both at once', () => {
    const window = windowOf(1, 2, 3, 4);
    expect(window.settle([3, 4])).toEqual({ each: [] });
    expect(window.size).toBe(4);
    expect(window.settle([1, 2])).toEqual({ upTo: 4, each: [] });
    expect(window.size).toBe(0);
  });

  it('acks the settled front and leaves what follows an open message', () => {
    const window = windowOf(1, 2, 3, 4);
    expect(window.settle([1, 3])).toEqual({ upTo: 1, each: [] });
    expect(window.settle([2])).toEqual({ upTo: 3, each: [] });
    expect(window.size).toBe(1);
  });

  it('acks one by one while a message is held in place, so the prefetch window does not fill', () => {
    const window = windowOf(1, 2, 3);
    window.hold(1);
    expect(window.settle([2])).toEqual({ each: [2] });
    expect(window.settle([3])).toEqual({ each: [3] });
    // The held message settled: the multiple ack names it, not the ones acked already.
    expect(window.settle([1])).toEqual({ upTo: 1, each: [] });
    expect(window.size).toBe(0);
  });

  it('never names a message acked alone as the tag of a multiple ack', () => {
    const window = windowOf(1, 2, 3, 4);
    window.hold(2);
    expect(window.settle([3])).toEqual({ each: [3] });
    window.release(2);
    expect(window.settle([1])).toEqual({ upTo: 1, each: [] });
    expect(window.settle([2, 4])).toEqual({ upTo: 4, each: [] });
  });

  it('acks a message settled twice only once: a second ack of a tag would close the channel', () => {
    const window = windowOf(5, 6);
    window.hold(5);
    expect(window.settle([6])).toEqual({ each: [6] });
    expect(window.settle([6])).toEqual({ each: [] });
    expect(window.settle([5])).toEqual({ upTo: 5, each: [] });
    expect(window.settle([5])).toEqual({ each: [] });
  });
});
