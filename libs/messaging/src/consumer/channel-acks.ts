import type { Channel, Message } from 'amqplib';
import { AckWindow } from './ack-window';
import type { Delivery } from './delivery';

/** The consumer's acks, through an AckWindow per channel: delivery tags and acks are a channel's own. */
export class ChannelAcks {
  private readonly windows = new WeakMap<Channel, AckWindow>();

  /** A message came: it is open until acked. */
  opened({ channel, msg }: Delivery): void {
    this.window(channel).open(msg.fields.deliveryTag);
  }

  /** The message is retried in place, unacked: later ones are acked one by one meanwhile. */
  held({ channel, msg }: Delivery): void {
    this.window(channel).hold(msg.fields.deliveryTag);
  }

  /** The deliveries are done with: acked now, or with a later `multiple` ack. */
  ack(deliveries: readonly Delivery[]): void {
    const byChannel = new Map<Channel, number[]>();
    for (const { channel, msg } of deliveries) {
      const tags = byChannel.get(channel);
      if (tags) tags.push(msg.fields.deliveryTag);
      else byChannel.set(channel, [msg.fields.deliveryTag]);
    }
    for (const [channel, tags] of byChannel) {
      const { upTo, each } = this.window(channel).settle(tags);
      try {
        // amqplib reads only the delivery tag of the message it is given.
        if (upTo !== undefined) channel.ack({ fields: { deliveryTag: upTo } } as Message, true);
        for (const tag of each) channel.ack({ fields: { deliveryTag: tag } } as Message);
      } catch {
        // The channel closed under us: the broker redelivers, and the inbox makes that harmless.
      }
    }
  }

  private window(channel: Channel): AckWindow {
    let window = this.windows.get(channel);
    if (!window) this.windows.set(channel, (window = new AckWindow()));
    return window;
  }
}
