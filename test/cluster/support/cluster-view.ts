// How the cluster suite looks at the cluster and the scheduled jobs: the run's quorum queues with
// their members, leaders and depths (rabbitmqctl against whichever node answers), dead letters
// over AMQP (cheap enough to poll), and each job's runs per period as the replicas record them
// in Redis (libs/common/src/jobs/once-across-replicas.job.ts).
import { connectFirstAvailable, deadLetterQueue } from '@app/messaging';
import type Redis from 'ioredis';
import { parseQueueStatus, QUEUE_STATUS_ARGS } from '../../fault/support/faults';
import type { BrokerView } from '../../fault/support/watchdog';
import { testRedisPrefix } from '../../support/test-env';
import type { ServiceName } from '../../system/support/platform';
import type { BrokerCluster } from './broker-cluster';

export interface QueueInfo {
  name: string;
  type: string;
  leader: string;
  members: string[];
  online: string[];
  messages: number;
}

const nodeNames = (field: string | undefined): string[] => (field ?? '').match(/cap-c\d@localhost/g) ?? [];

/** Every queue of `vhost` with its type, leader, members, members online and messages (ready + unacknowledged). */
export async function queues(cluster: BrokerCluster, vhost: string): Promise<QueueInfo[]> {
  const out = await cluster.anyCtl(['-q', '--no-table-headers', 'list_queues', '-p', vhost, 'name', 'type', 'leader', 'members', 'online', 'messages']);
  return out
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => {
      const [name, type, leader, members, online, messages] = line.split('\t');
      return { name, type, leader: nodeNames(leader)[0] ?? '', members: nodeNames(members), online: nodeNames(online), messages: Number(messages) };
    });
}

/** Queues that are not quorum queues with a member on each of the three nodes, all online: empty when replicated as they should be. */
export function underReplicated(list: QueueInfo[]): string[] {
  return list.filter((q) => q.type !== 'quorum' || q.members.length !== 3 || q.online.length !== 3).map((q) => `${q.name} (${q.type}, members ${q.members.join(' ')}, online ${q.online.join(' ')})`);
}

/** Leaders per node, e.g. { 'cap-c1@localhost': 25 }. */
export function leadersByNode(list: QueueInfo[]): Record<string, number> {
  const leaders: Record<string, number> = {};
  for (const q of list) leaders[q.leader] = (leaders[q.leader] ?? 0) + 1;
  return leaders;
}

/**
 * The watchdog's view of the cluster. Dead letters are read by a passive declaration over AMQP
 * (their queues have no consumer, so every message is ready): a rabbitmqctl call costs an Erlang
 * VM's start, too much to repeat twice a second on two cores. A queue that cannot answer (its
 * leader being elected) counts as none; the final check lists every queue with rabbitmqctl.
 */
export function clusterBrokerView(cluster: BrokerCluster, vhost: string, services: ServiceName[], amqpUrl: string): BrokerView {
  return {
    async deadLetters() {
      const connection = await connectFirstAvailable(amqpUrl).catch(() => undefined);
      if (!connection) return [];
      connection.on('error', () => undefined);
      try {
        const found: Array<[string, number]> = [];
        for (const service of services) {
          const channel = await connection.createChannel();
          channel.on('error', () => undefined);
          const depth = await Promise.race([channel.checkQueue(deadLetterQueue(service)).then((q) => q.messageCount), new Promise<number>((resolve) => setTimeout(() => resolve(0), 5_000).unref())]).catch(() => 0);
          await channel.close().catch(() => undefined);
          if (depth > 0) found.push([deadLetterQueue(service), depth]);
        }
        return found;
      } finally {
        await connection.close().catch(() => undefined);
      }
    },
    queueStatus: async () => parseQueueStatus(await cluster.anyCtl(QUEUE_STATUS_ARGS(vhost))),
    hint: `npm run dlq -- list <service>, AMQP_URL=${amqpUrl}`,
  };
}

/** A job's runs per period: period index -> runner ("host:pid") -> runs, as recorded by the replicas. */
export async function periodRuns(redis: Redis, service: ServiceName, lockName: string, purpose = 'sys'): Promise<Map<number, Record<string, number>>> {
  const pattern = `${testRedisPrefix()}${purpose}:${service}:civil-affairs:lock:${lockName}:period:*`;
  const runs = new Map<number, Record<string, number>>();
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 1000);
    for (const key of keys) {
      const byRunner = await redis.hgetall(key);
      runs.set(Number(key.slice(key.lastIndexOf(':') + 1)), Object.fromEntries(Object.entries(byRunner).map(([runner, n]) => [runner, Number(n)])));
    }
    cursor = next;
  } while (cursor !== '0');
  return runs;
}

/**
 * Periods `from`..`to` of a job that did not run exactly once, as "period: runs", and the
 * distinct runners; a period no replica ran reads "n: 0".
 */
export function periodsNotRunOnce(runs: Map<number, Record<string, number>>, from: number, to: number): { wrong: string[]; runners: number } {
  const wrong: string[] = [];
  const runners = new Set<string>();
  for (let period = from; period <= to; period += 1) {
    const byRunner = runs.get(period) ?? {};
    Object.keys(byRunner).forEach((r) => runners.add(r));
    const total = Object.values(byRunner).reduce((sum, n) => sum + n, 0);
    if (total !== 1) wrong.push(`${period}: ${total}`);
  }
  return { wrong, runners: runners.size };
}
