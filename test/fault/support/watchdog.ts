// Waiting on the platform while faults are injected, without hiding what went wrong: a service
// that died on its own is recorded and started again, a dead letter ends the wait at once, and a
// wait that gives up records where the deaths stopped. Used by the fault and cluster suites.
import type { ChildService } from '../../support/child-service';
import { waitFor } from '../../support/wait-for';
import type { Platform, ServiceName } from '../../system/support/platform';
import { CONSUMERS, deathsApplied } from './death-stream';
import { count } from './faults';

/** What the watchdog reads of the broker. */
export interface BrokerView {
  /** Dead-letter queues holding messages, with their depth. */
  deadLetters(): Promise<Array<[string, number]>>;
  /** Per queue, "ready / unacked / consumers": for the report of a stuck run. */
  queueStatus(): Promise<Record<string, string>>;
  /** Where an operator would look at the dead letters. */
  hint: string;
}

type Running = Map<ServiceName, { child: ChildService }>;

export class Watchdog {
  /** What went wrong on the way (a service that died, dead letters), reported after the figures. */
  readonly problems: string[] = [];

  /** `platforms` by label: one unlabelled platform, or the replicas of each service ("A", "B"). */
  constructor(
    private readonly platforms: Record<string, Platform>,
    private readonly broker: BrokerView,
  ) {}

  /**
   * Polls `probe` like waitFor. A service that died on its own is recorded as a problem and
   * started again, as an orchestrator would, so the run can still show whether anything was lost
   * or doubled; a dead letter ends the wait at once (waiting cannot bring it back). Returns false
   * when it gave up.
   */
  async until(what: string, probe: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
    let deadLetters: Array<[string, number]> = [];
    try {
      await waitFor(
        what,
        async () => {
          for (const { name, platform, service, report } of this.exitedServices()) {
            this.problems.push(`${name} died while waiting for ${what}; restarted by the suite. Its last output:\n${report}`);
            await platform.startOne(service);
          }
          deadLetters = await this.broker.deadLetters();
          return deadLetters.length > 0 || (await probe());
        },
        timeoutMs,
        500,
      );
    } catch {
      // Still write the report: where the deaths stopped is what the reader needs.
      const applied = await Promise.all(CONSUMERS.map(async (service) => `${service} ${await deathsApplied(service)}`));
      const unpublished = await Promise.all(CONSUMERS.map(async (service) => `${service} ${await count(service, 'SELECT count(*) AS n FROM outbox WHERE published_at IS NULL')}`));
      this.problems.push(`gave up after ${timeoutMs} ms waiting for ${what}: deaths applied ${applied.join(', ')}; unpublished outbox rows ${unpublished.join(', ')}; queues ${JSON.stringify(await this.broker.queueStatus())}`);
      for (const [name, warnings] of this.recentWarnings()) this.problems.push(`${name}'s last warnings and errors:\n${warnings}`);
      return false;
    }
    if (deadLetters.length === 0) return true;
    this.problems.push(`dead letters while waiting for ${what}: ${JSON.stringify(deadLetters)} (${this.broker.hint})`);
    return false;
  }

  /** Waits until each service has applied `target` deaths; returns the wait in ms, NaN if it gave up. */
  async recovery(services: ServiceName[], target: number): Promise<number> {
    const from = Date.now();
    const ok = await this.until(`${services.join(', ')} caught up with ${target} deaths`, async () => (await Promise.all(services.map(deathsApplied))).every((n) => n >= target), 300_000);
    return ok ? Date.now() - from : Number.NaN;
  }

  /** Every service process of every platform, named with its replica's label. */
  private children(): Array<{ name: string; platform: Platform; service: ServiceName; child: ChildService }> {
    return Object.entries(this.platforms).flatMap(([label, platform]) => {
      // Platform keeps its processes to itself; the suite only reads their state and output.
      const running = (platform as unknown as { running: Running }).running;
      return [...running.entries()].map(([service, { child }]) => ({ name: label ? `${service} (replica ${label})` : service, platform, service, child }));
    });
  }

  /** Services whose process ended without the suite stopping it (a SIGKILL is the suite's), with the end of their output. */
  private exitedServices(): Array<{ name: string; platform: Platform; service: ServiceName; report: string }> {
    return this.children()
      .filter(({ child }) => child.process.exitCode !== null || (child.process.signalCode !== null && child.process.signalCode !== 'SIGKILL'))
      .map(({ name, platform, service, child }) => ({ name, platform, service, report: `exit ${child.process.exitCode ?? child.process.signalCode}\n${child.output.join('').split('\n').slice(-40).join('\n')}` }));
  }

  /** How many lines of each service's output match `pattern`, and the last of them (services with none left out). */
  linesMatching(pattern: RegExp): Record<string, { count: number; last: string }> {
    const found: Record<string, { count: number; last: string }> = {};
    for (const { name, child } of this.children()) {
      const lines = child.output.join('').split('\n').filter((line) => pattern.test(line));
      if (lines.length > 0) found[name] = { count: lines.length, last: lines[lines.length - 1].slice(0, 300) };
    }
    return found;
  }

  /** Each service's last warning and error lines (connection, retry, dead-letter messages). */
  recentWarnings(): Array<[string, string]> {
    return this.children().map(({ name, child }) => {
      const lines = child.output.join('').split('\n').filter((line) => /"level":"(warn|error|fatal)"|WARN|ERROR/.test(line));
      return [name, lines.slice(-15).join('\n')];
    });
  }
}
