import type { Response } from 'express';
import { markResponse, maskJsonResponses } from './personal-data-response';

/** Just enough of Express's response for the JSON hook and a problem answer. */
function fakeApp() {
  const sent: Array<{ status: number; contentType?: string; body: unknown }> = [];
  const proto = {
    json(this: FakeResponse, body: unknown) {
      sent.push({ status: this.statusCode, body });
      return this;
    },
  };
  const app = { response: proto as unknown as { json: (this: Response, body: unknown) => Response } };
  maskJsonResponses(app);
  const response = (): FakeResponse => {
    const res = Object.create(proto) as FakeResponse;
    Object.assign(res, {
      statusCode: 200,
      headersSent: false,
      locals: {},
      headers: {} as Record<string, string>,
      req: { method: 'GET', url: '/residents', originalUrl: '/residents', headers: {} },
      status(code: number) {
        res.statusCode = code;
        return res;
      },
      setHeader(name: string, value: string) {
        res.headers[name.toLowerCase()] = value;
        return res;
      },
      vary(field: string) {
        res.headers.vary = field;
        return res;
      },
      send(body: string) {
        sent.push({ status: res.statusCode, contentType: res.headers['content-type'], body: JSON.parse(body) });
        return res;
      },
      end() {
        return res;
      },
    });
    return res;
  };
  return { sent, response };
}
interface FakeResponse {
  statusCode: number;
  headers: Record<string, string>;
  locals: Record<string | symbol, unknown>;
  json(body: unknown): FakeResponse;
}

const person = { residentId: '11010519491231002X', name: '张三明' };

describe('JSON bodies and personal data', () => {
  it('masks unless the response is marked otherwise', () => {
    const { sent, response } = fakeApp();
    response().json(person);
    const asIs = response();
    markResponse(asIs as unknown as Response, { kind: 'as-is' });
    asIs.json({ name: '幸福大街' });
    expect(sent.map((s) => s.body)).toEqual([{ residentId: '110***********002X', name: '张*明' }, { name: '幸福大街' }]);
  });

  it('sends an unmasked body only after its audit entry is written', async () => {
    const { sent, response } = fakeApp();
    const res = response();
    let audits = 0;
    markResponse(res as unknown as Response, { kind: 'unmasked', beforeSend: async () => (audits += 1) });
    res.json(person);
    expect(sent).toEqual([]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(sent).toEqual([{ status: 200, body: person }]);
    expect(audits).toBe(1);
  });

  it('answers 500 as a problem, without the data, when the audit entry cannot be written', async () => {
    const { sent, response } = fakeApp();
    const res = response();
    markResponse(res as unknown as Response, { kind: 'unmasked', beforeSend: () => Promise.reject(new Error('database gone')) });
    res.json(person);
    await new Promise((resolve) => setImmediate(resolve));
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ status: 500, contentType: 'application/problem+json; charset=utf-8', body: { code: 'INTERNAL.ERROR' } });
    expect(JSON.stringify(sent[0].body)).not.toContain('11010519491231002X');
  });
});
