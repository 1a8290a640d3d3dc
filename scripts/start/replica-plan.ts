// `npm start -- --replicas N`: which processes to start and on which ports. Pure: the arguments,
// the services' base ports (after PORT_<SERVICE>) and the console's port in, the plan out.
import { parseCliArgs, refuse, type ParsedArgs } from '../../libs/common/src/cli/cli-args';

export const MAX_REPLICAS = 4;
/** Replica k of a service listens on its base port + REPLICA_PORT_STEP·(k−1): 3001, 3101, 3201 … */
export const REPLICA_PORT_STEP = 100;

export const START_USAGE = `Starts the whole platform on this machine: the seven services, reference data, the console.

usage: npm start [-- --replicas <n>]

  --replicas  processes per service, 1 to ${MAX_REPLICAS} (default 1). Replica k listens on the service's
              port + ${REPLICA_PORT_STEP}·(k−1) (civil-registration: 3001, 3101, 3201 …), on the same database,
              queues and Redis: the replicas compete for events, their relays share the outbox
              (FOR UPDATE SKIP LOCKED) and their scheduled jobs one Redis lock. The console
              forwards to replica 1 of each service.`;

export interface StartOptions {
  replicas: number;
}

export function parseStartArgs(argv: readonly string[]): ParsedArgs<StartOptions> {
  const parsed = parseCliArgs(argv, { replicas: { type: 'string' } });
  if (!parsed.ok) return parsed;
  const given = parsed.options.values.replicas;
  if (given === undefined) return { ok: true, options: { replicas: 1 } };
  const replicas = Number(given);
  if (given.trim() === '' || !Number.isInteger(replicas) || replicas < 1 || replicas > MAX_REPLICAS) {
    return refuse(`--replicas must be a whole number from 1 to ${MAX_REPLICAS}, got "${given}"`);
  }
  return { ok: true, options: { replicas } };
}

export interface ServicePort {
  name: string;
  /** Replica 1's port. */
  port: number;
}

export interface PlannedProcess {
  service: string;
  /** 1-based. */
  replica: number;
  port: number;
  /** What its log lines are prefixed with when there are replicas: `civil-registration#2`. */
  label: string;
}

/**
 * Every process to start, replica 1 of each service first (the console's backend forwards to
 * those), or the reason the plan cannot work: a port out of range or taken twice.
 */
export function replicaPlan(services: readonly ServicePort[], replicas: number, consolePort: number): { ok: true; processes: PlannedProcess[] } | { ok: false; error: string } {
  const processes: PlannedProcess[] = [];
  for (let replica = 1; replica <= replicas; replica += 1) {
    for (const { name, port: base } of services) {
      processes.push({ service: name, replica, port: base + REPLICA_PORT_STEP * (replica - 1), label: `${name}#${replica}` });
    }
  }
  const owners = new Map<number, string>([[consolePort, 'the console']]);
  for (const { label, port } of processes) {
    if (!Number.isInteger(port) || port < 1 || port > 65_535) return { ok: false, error: `${label} would listen on port ${port}, which is not a TCP port` };
    const owner = owners.get(port);
    if (owner) return { ok: false, error: `${label} and ${owner} would both listen on port ${port}; move one with PORT_<SERVICE> or CONSOLE_PORT` };
    owners.set(port, label);
  }
  return { ok: true, processes };
}
