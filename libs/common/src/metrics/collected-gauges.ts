// Gauges read when Prometheus scrapes (the outbox's backlog, a queue's depth, readiness), from
// every source that registered: several services or replicas can share one process in tests and
// benches, each adding its own labelled values.
import { Gauge, register } from 'prom-client';

export interface GaugeValue {
  labels: Record<string, string>;
  value: number;
}

export type GaugeSource = () => Promise<GaugeValue[]>;

const sources = new Map<string, Set<GaugeSource>>();

/**
 * Adds `source` to the gauge `name` (created on first use); answers the function that removes it
 * again (a service closing). A source that fails leaves its values out of that scrape: a gauge
 * about the broker must not break the scrape while the broker is away.
 */
export function addGaugeSource(name: string, help: string, labelNames: string[], source: GaugeSource): () => void {
  let set = sources.get(name);
  if (!set) {
    const mine = new Set<GaugeSource>();
    sources.set(name, mine);
    set = mine;
    if (!register.getSingleMetric(name)) {
      new Gauge({
        name,
        help,
        labelNames,
        async collect() {
          this.reset();
          const results = await Promise.all([...mine].map((read) => read().catch(() => [] as GaugeValue[])));
          for (const { labels, value } of results.flat()) this.set(labels, value);
        },
      });
    }
  }
  set.add(source);
  return () => set.delete(source);
}
