// What operators read of a running service: the access log (one line per request, with the route
// pattern and never the resident ID of the URL; probes not logged) and the gauges Prometheus
// scrapes for the alert rules of deploy/prometheus/alerts.yml.
import { OutboxRelayService } from '@app/messaging';
import { residentId } from '../../../test/support/resident-ids';
import { ElderlyCareTestKit, OPERATOR } from './elderly-care-test-kit';

const kit = new ElderlyCareTestKit('elderly_operations');

beforeAll(async () => {
  await kit.start();
});

afterAll(async () => {
  await kit.stop();
});

/** The JSON lines the service wrote to stdout while `fn` ran, and `fn`'s answer. */
async function linesWritten<T>(fn: () => Promise<T>): Promise<{ result: T; lines: Array<Record<string, unknown>> }> {
  const chunks: string[] = [];
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    chunks.push(chunk.toString());
    return true;
  });
  try {
    const result = await fn();
    // The line is written when the response closes, a moment after the client has it.
    await new Promise((resolve) => setTimeout(resolve, 50));
    return { result, lines: chunks.join('').split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Record<string, unknown>) };
  } finally {
    spy.mockRestore();
  }
}

describe('access log', () => {
  it('writes exactly one info line per request, with the route pattern and the correlation id, and no resident ID', async () => {
    const elder = residentId('110105', '19400101', 11);
    const { result, lines } = await linesWritten(() => kit.http().post(`/api/v1/elders/search?residentId=${elder}`).set('Authorization', OPERATOR).set('X-Correlation-Id', 'trace-me-1').send({ residentId: elder }));
    const access = lines.filter((l) => l.context === 'http');
    expect(access).toHaveLength(1);
    expect(access[0]).toMatchObject({ level: 'info', service: 'elderly-care', method: 'POST', route: '/api/v1/elders/search', status: result.status, correlationId: 'trace-me-1' });
    expect(typeof access[0].durationMs).toBe('number');
    expect(JSON.stringify(lines)).not.toContain(elder);
    expect(JSON.stringify(lines)).not.toContain(elder.slice(6, 14));
  });

  it('does not log the orchestrator’s probes', async () => {
    const { lines } = await linesWritten(() => kit.http().get('/health/ready').expect(200));
    expect(lines.filter((l) => l.context === 'http')).toEqual([]);
  });
});

describe('metrics for the alert rules', () => {
  const sample = (text: string, metric: string, labels: string): number | undefined => {
    const line = text.split('\n').find((l) => l.startsWith(`${metric}{`) && l.includes(labels));
    return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1));
  };

  it('reports readiness, the outbox backlog and its age, the queues’ depths and each job’s period', async () => {
    const text = (await kit.http().get('/metrics').expect(200)).text;
    expect(sample(text, 'civil_affairs_ready', 'service="elderly-care"')).toBe(1);
    expect(sample(text, 'civil_affairs_queue_messages', 'queue="dlq"')).toBe(0);
    expect(sample(text, 'civil_affairs_queue_messages', 'queue="events"')).toBeGreaterThanOrEqual(0);
    expect(sample(text, 'civil_affairs_job_period_seconds', 'job="elderly-care:high-age-allowance')).toBeGreaterThan(0);

    // An event waiting in the outbox while the relay is stopped (a broker away) shows as backlog with its age.
    const { relay } = kit.running.app.get(OutboxRelayService);
    await relay.stop();
    try {
      await kit.db.query(`INSERT INTO outbox (id, routing_key, envelope, created_at) VALUES (gen_random_uuid(), 'elderly-care.test.v1', '{}', now() - interval '90 seconds')`);
      const later = (await kit.http().get('/metrics').expect(200)).text;
      expect(sample(later, 'civil_affairs_outbox_backlog', 'service="elderly-care"')).toBe(1);
      expect(sample(later, 'civil_affairs_outbox_oldest_unpublished_seconds', 'service="elderly-care"')).toBeGreaterThanOrEqual(90);
    } finally {
      await kit.db.query(`DELETE FROM outbox WHERE routing_key = 'elderly-care.test.v1'`);
      relay.start();
    }
  });
});
