// Which acks to send for the messages of one channel, so that a micro-batch costs the broker one
// ack instead of one per message. Every `basic.ack` on a quorum queue is a settle command written
// to its Raft log; an ack with `multiple` settles every message up to its delivery tag in one
// command. It may only be sent once every earlier message of the channel is settled too: batches
// run side by side and finish out of order, so a message settled after a later one waits for it.
//
// A message held in place (the database away, retried without being acked) would keep every later
// one unacked, and so fill the prefetch window and stop the channel's deliveries: while one is
// held, settled messages are acked one by one, as they were before. Pure, so it is unit-tested.

type State = 'open' | 'settled' | 'acked';

/** The acks to send now: one ack with `multiple` up to a tag, and single acks. */
export interface AckPlan {
  upTo?: number;
  each: number[];
}

export class AckWindow {
  /** Delivery tags in the order they came (tags grow by one per delivery on a channel). */
  private readonly states = new Map<number, State>();
  private readonly held = new Set<number>();

  /** A message was delivered: it is open until settled. */
  open(tag: number): void {
    this.states.set(tag, 'open');
  }

  /** The message is being retried in place: acks go one by one until it is released. */
  hold(tag: number): void {
    if (this.states.get(tag) === 'open') this.held.add(tag);
  }

  release(tag: number): void {
    this.held.delete(tag);
  }

  /** How many messages are delivered and not yet acked, as far as this window knows. */
  get size(): number {
    return this.states.size;
  }

  /**
   * The messages are done with (applied and committed, or copied elsewhere with confirms): what
   * to ack. A tag the window does not know is acked already (every delivery is opened when it
   * comes): acking it again would be a channel error that closes the channel.
   */
  settle(tags: readonly number[]): AckPlan {
    const each: number[] = [];
    for (const tag of tags) {
      if (this.states.get(tag) !== 'open') continue;
      if (this.held.size > 0 && !this.held.has(tag)) {
        this.states.set(tag, 'acked');
        each.push(tag);
      } else {
        this.held.delete(tag);
        this.states.set(tag, 'settled');
      }
    }
    if (this.held.size > 0) return { each };
    // From the oldest: every message settled or acked can go; the last settled one is the tag of
    // the `multiple` ack, which leaves out the ones acked alone already (the broker no longer has
    // them unacked) and stops before the first still open.
    let upTo: number | undefined;
    for (const [tag, state] of this.states) {
      if (state === 'open') break;
      if (state === 'settled') upTo = tag;
      this.states.delete(tag);
    }
    return upTo === undefined ? { each } : { upTo, each };
  }
}
