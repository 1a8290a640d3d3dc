import { sseComment, sseFrame } from './sse';
import { StreamSlots } from './stream-slots';

describe('stream slots', () => {
  it('gives a user up to the limit and one more after a release, each release counting once', () => {
    const slots = new StreamSlots(2);
    const first = slots.take('u1');
    const second = slots.take('u1');
    expect(first).not.toBeNull();
    expect(second).not.toBeNull();
    expect(slots.take('u1')).toBeNull();
    expect(slots.take('u2')).not.toBeNull();
    first!();
    first!();
    expect(slots.count('u1')).toBe(1);
    expect(slots.take('u1')).not.toBeNull();
    expect(slots.take('u1')).toBeNull();
  });
});

describe('server-sent event frames', () => {
  it('are an event name, one line of JSON and a blank line; comments start with a colon', () => {
    expect(sseFrame('ready', { correlationId: 'a\nb' })).toBe('event: ready\ndata: {"correlationId":"a\\nb"}\n\n');
    expect(sseFrame('platform-event', { n: 1 }, 'id-1')).toBe('id: id-1\nevent: platform-event\ndata: {"n":1}\n\n');
    expect(sseComment('heartbeat')).toBe(': heartbeat\n\n');
  });
});
