import { Logger } from '@nestjs/common';
import { Client, type PoolClient, type QueryResult } from 'pg';
import type { DataSource } from 'typeorm';
import type { AmqpConnection } from '../connection/amqp-connection';
import { declareExchanges } from '../topology/declare-topology';
import { EVENTS_EXCHANGE } from '../topology/names';
import { messagingMetrics } from '../messaging.metrics';
import { PublishSpans } from '../tracing/event-tracing';
import { bareClaim, executeClaim, prepareClaim } from './outbox-claim';
import { OUTBOX_NOTIFY_CHANNEL } from './outbox-channel';
import { RelayClaimsLog } from './relay-claims-log';
import { RelayWakes } from './relay-wakes';

export interface OutboxRelayOptions {
  service: string;
  batchSize: number;
  pollMs: number;
  retentionHours: number;
  /** How long to wait for the broker's confirms before giving the batch up (and retrying it). */
  confirmTimeoutMs?: number;
  /**
   * How often the relay logs what its claims did (rows published, rows skipped because another
   * relay held them), while it runs and only when it did something; 0 or absent: never.
   */
  logEveryMs?: number;
  /** Names this relay in its log lines, for several relays in one process (tests, tools). */
  instance?: string;
  /**
   * How long the relay waits after a NOTIFY before it claims, so that the rows of transactions
   * committing meanwhile ride the same claim (two round trips and one confirm wait for all of
   * them instead of each). Adds up to this much to an event's way to the broker; 0: claims at once.
   */
  notifyDelayMs?: number;
}


interface OutboxRow {
  id: string;
  routing_key: string;
  envelope: string;
}

/** A row of the claim: an outbox row, or (the last one of a counting claim, id null) the count of rows skipped. */
type ClaimRow = { id: null; skipped: number } | (OutboxRow & { skipped: null });

/**
 * Publishes committed outbox rows to RabbitMQ. A batch is claimed with FOR UPDATE SKIP LOCKED,
 * so any number of relays (replicas) can run over the same outbox; rows are marked published in
 * the same transaction, after the broker has confirmed every message of the batch. If the broker
 * is gone the transaction rolls back and the rows are tried again later: delivery is at least
 * once, and consumers' inboxes make it exactly once in effect.
 */
export class OutboxRelay {
  private readonly logger: Logger;
  private stopped = true;
  private listener?: Client;
  private readonly wakes: RelayWakes;
  private loop?: Promise<void>;
  private lastPurge = 0;
  private declaresOnConnect = false;
  private readonly claims: RelayClaimsLog;

  constructor(
    private readonly dataSource: DataSource,
    private readonly connection: AmqpConnection,
    private readonly options: OutboxRelayOptions,
  ) {
    this.logger = new Logger(`OutboxRelay:${options.service}${options.instance ? `#${options.instance}` : ''}`);
    this.claims = new RelayClaimsLog((line) => this.logger.log(line), options.logEveryMs ?? 0);
    this.wakes = new RelayWakes(options.notifyDelayMs ?? 0, () => this.stopped);
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    if (!this.declaresOnConnect) {
      // Registered once, however often the relay is stopped and started again. Run at once when
      // already connected: a connection closing meanwhile (shutdown) rejects it, which is no
      // failure of the relay; the next connection declares again.
      this.declaresOnConnect = true;
      this.connection
        .onConnect(async (model) => {
          const channel = await model.createChannel();
          await declareExchanges(channel);
          await channel.close();
          this.wakes.now();
        })
        .catch((err: Error) => this.logger.warn(`declaring the exchanges failed (${err.message}); the next connection declares them`));
    }
    void this.listen();
    this.claims.start();
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.wakes.now();
    await this.loop;
    this.claims.stop();
    const listener = this.listener;
    this.listener = undefined;
    await listener?.end().catch(() => undefined);
  }

  /** Publishes one batch; returns how many rows it published. Exposed for tests and tools. */
  async publishBatch(): Promise<number> {
    // A raw pooled connection and multi-statement simple queries: the batch costs two round
    // trips to PostgreSQL instead of five, which under a steady trickle of events (one per
    // batch) is most of the relay's CPU time.
    const [client, release] = (await this.dataSource.driver.obtainMasterConnection()) as [PoolClient, (err?: unknown) => void];
    let open = false;
    try {
      // The skipped rows are counted only for the summary line: a relay that does not log pays nothing for them.
      const counting = this.claims.enabled;
      if (counting) await prepareClaim(client);
      open = true;
      // Marking rows as published need not wait for the disk: if a database crash loses the
      // mark, the rows are published again and consumers drop the duplicates by event id.
      const claim = counting ? executeClaim(this.options.batchSize) : bareClaim(this.options.batchSize);
      const results = (await client.query(`BEGIN; SET LOCAL synchronous_commit = off; ${claim}`)) as unknown as QueryResult<ClaimRow>[];
      const claimed = results[results.length - 1].rows;
      const skipped = counting ? (claimed.pop()?.skipped ?? 0) : 0;
      const rows = claimed as OutboxRow[];
      if (rows.length === 0) {
        await client.query('COMMIT');
        open = false;
        this.claims.record(0, skipped);
        return 0;
      }
      const timer = messagingMetrics.relayBatch.startTimer({ service: this.options.service });
      await this.publishAndConfirm(rows);
      await client.query(`UPDATE outbox SET published_at = now() WHERE id = ANY('${uuidArrayLiteral(rows.map((r) => r.id))}'::uuid[]); COMMIT`);
      open = false;
      timer();
      this.claims.record(rows.length, skipped);
      for (const row of rows) messagingMetrics.published.inc({ service: this.options.service, type: row.routing_key });
      return rows.length;
    } catch (err) {
      if (open) await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      release();
    }
  }

  private async publishAndConfirm(rows: OutboxRow[]): Promise<void> {
    const channel = await this.connection.confirmChannel();
    const spans = new PublishSpans(this.options.service);
    try {
      for (const row of rows) {
        const envelope = JSON.parse(row.envelope) as { time?: string; correlationid?: string; traceparent?: unknown; tracestate?: unknown };
        spans.start({ ...envelope, id: row.id, type: row.routing_key });
        // The trace context travels in the body only (the CloudEvents tracing extension): a
        // second copy in a header could disagree with it, and the body is what is stored,
        // retried, dead-lettered and replayed.
        channel.publish(EVENTS_EXCHANGE, row.routing_key, Buffer.from(row.envelope), {
          persistent: true,
          messageId: row.id,
          type: row.routing_key,
          contentType: 'application/cloudevents+json',
          appId: this.options.service,
          timestamp: envelope.time ? Math.floor(Date.parse(envelope.time) / 1000) : undefined,
          headers: { 'x-correlation-id': envelope.correlationid },
        });
      }
      await withTimeout(channel.waitForConfirms(), this.options.confirmTimeoutMs ?? 30_000, 'publisher confirms');
      spans.end();
    } catch (err) {
      spans.end(err);
      throw err;
    }
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (!this.stopped) {
      let published: number;
      try {
        published = await this.publishBatch();
        failures = 0;
        await this.purgeIfDue();
      } catch (err) {
        failures += 1;
        const delay = Math.min(5_000, 100 * 2 ** Math.min(failures, 6));
        if (failures === 1 || failures % 20 === 0) {
          this.logger.warn(`publishing failed (${(err as Error).message}); retrying in ${delay} ms`);
        }
        await this.wakes.sleep(delay, 'backoff');
        continue;
      }
      // A full batch means more may be waiting; otherwise sleep until NOTIFY (and the delay) or the poll.
      if (published < this.options.batchSize) await this.wakes.waitForWork(this.options.pollMs);
    }
  }

  /** LISTEN on a dedicated connection; if it drops, polling carries on until it is back. */
  private async listen(): Promise<void> {
    if (this.stopped) return;
    const client = new Client(pgConfigOf(this.dataSource));
    client.on('error', () => undefined);
    client.on('end', () => {
      if (this.listener === client) this.listener = undefined;
      if (!this.stopped) setTimeout(() => void this.listen(), 1_000);
    });
    client.on('notification', () => this.wakes.notify());
    try {
      await client.connect();
      await client.query(`LISTEN ${OUTBOX_NOTIFY_CHANNEL}`);
      if (this.stopped) {
        await client.end();
        return;
      }
      this.listener = client;
    } catch {
      await client.end().catch(() => undefined);
    }
  }

  private async purgeIfDue(): Promise<void> {
    const now = Date.now();
    if (now - this.lastPurge < 60_000) return;
    this.lastPurge = now;
    await this.dataSource.query(
      `DELETE FROM outbox WHERE published_at < now() - make_interval(hours => $1)`,
      [this.options.retentionHours],
    );
  }
}

export function pgConfigOf(dataSource: DataSource): {
  host?: string;
  port?: number;
  user?: string;
  password?: string;
  database?: string;
} {
  const o = dataSource.options as { host?: string; port?: number; username?: string; password?: string; database?: string };
  return { host: o.host, port: o.port, user: o.username, password: o.password, database: o.database };
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A Postgres array literal of uuids, for a statement sent without parameters. */
export function uuidArrayLiteral(ids: string[]): string {
  for (const id of ids) if (!UUID.test(id)) throw new Error(`not a uuid: ${id}`);
  return `{${ids.join(',')}}`;
}
