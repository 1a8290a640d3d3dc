// The benches' HTTP client: one request to a service on this machine over node:http (no framework
// in the load generator's own CPU), the answer's status and body. Pass a keep-alive Agent to reuse
// connections as a real client would.
import { request, type Agent } from 'node:http';

export interface HttpAnswer {
  status: number;
  body: string;
}

export interface HttpCall {
  port: number;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: Buffer;
  agent?: Agent;
}

export function httpCall({ port, method, path, headers, body, agent }: HttpCall): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path, agent, headers: { ...headers, ...(body ? { 'Content-Length': String(body.length) } : {}) } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (c: Buffer) => chunks.push(c));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString() }));
      response.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}
