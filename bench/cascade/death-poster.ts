// The cascade's load generator: deaths POSTed over kept-alive connections, as a registry office's
// system or a hospital's gateway would send them. supertest opened a connection per request, which
// cost the API a TCP handshake and this process a superagent request each; on two shared cores
// that was a good part of what the bulk drain measured.
import { Agent, request } from 'node:http';
import { residentId } from '../../test/support/resident-ids';

export interface PostOutcome {
  status: number;
  /** The problem's code of a refused death, when the answer was problem+json. */
  code?: string;
}

export class DeathPoster {
  private readonly agent: Agent;
  private readonly url: URL;

  constructor(
    baseUrl: string,
    private readonly authorization: string,
    connections: number,
  ) {
    this.url = new URL('/api/v1/deaths', baseUrl);
    this.agent = new Agent({ keepAlive: true, maxSockets: connections });
  }

  /** The n-th death of a run: a distinct valid resident ID for n < 360,000. */
  static residentOf(n: number): string {
    return residentId('110105', `19${30 + (n % 40)}0${1 + (n % 9)}1${n % 10}`, Math.floor(n / 360) % 1000);
  }

  post(n: number): Promise<PostOutcome> {
    const body = JSON.stringify({ residentId: DeathPoster.residentOf(n), name: '王某', ethnicity: 'HAN', dateOfDeath: '2024-08-02', placeOfDeath: '市第一医院', disposal: 'CREMATION', source: 'HOSPITAL' });
    return new Promise((resolve, reject) => {
      const req = request(
        this.url,
        { method: 'POST', agent: this.agent, headers: { authorization: this.authorization, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            const status = res.statusCode ?? 0;
            if (status === 201) return resolve({ status });
            let code: string | undefined;
            try {
              code = (JSON.parse(Buffer.concat(chunks).toString('utf8')) as { code?: string }).code;
            } catch {
              // not problem+json: the status alone says it
            }
            resolve({ status, code });
          });
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}
