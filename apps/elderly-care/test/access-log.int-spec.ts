// The access log on a running service: one line per request, with the route pattern and never
// the resident ID of the URL; probes are not logged.
import { residentId } from '../../../test/support/resident-ids';
import { ElderlyCareTestKit, OPERATOR } from './elderly-care-test-kit';

const kit = new ElderlyCareTestKit('elderly_access_log');

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
    const { result, lines } = await linesWritten(() => kit.http().get(`/api/v1/elders/${elder}?residentId=${elder}`).set('Authorization', OPERATOR).set('X-Correlation-Id', 'trace-me-1'));
    const access = lines.filter((l) => l.context === 'http');
    expect(access).toHaveLength(1);
    expect(access[0]).toMatchObject({ level: 'info', service: 'elderly-care', method: 'GET', route: '/api/v1/elders/:residentId', status: result.status, correlationId: 'trace-me-1' });
    expect(typeof access[0].durationMs).toBe('number');
    expect(JSON.stringify(lines)).not.toContain(elder);
    expect(JSON.stringify(lines)).not.toContain(elder.slice(6, 14));
  });

  it('does not log the orchestrator’s probes', async () => {
    const { lines } = await linesWritten(() => kit.http().get('/health/ready').expect(200));
    expect(lines.filter((l) => l.context === 'http')).toEqual([]);
  });
});
