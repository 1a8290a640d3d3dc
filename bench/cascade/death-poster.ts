// The cascade's load generator: deaths POSTed over kept-alive connections, as a registry office's
// system or a hospital's gateway would send them. supertest opened a connection per request, which
// cost the API a TCP handshake and this process a superagent request each; on two shared cores
// that was a good part of what the bulk drain measured.
import { Agent } from 'node:http';
import { residentId } from '../../test/support/resident-ids';
import { httpCall } from '../http-call';

export interface PostOutcome {
  status: number;
  /** The problem's code of a refused death, when the answer was problem+json. */
  code?: string;
}

export class DeathPoster {
  private readonly agent: Agent;
  private readonly port: number;

  constructor(
    baseUrl: string,
    private readonly authorization: string,
    connections: number,
  ) {
    this.port = Number(new URL(baseUrl).port);
    this.agent = new Agent({ keepAlive: true, maxSockets: connections });
  }

  /** The n-th death of a run: a distinct valid resident ID for n < 360,000. */
  static residentOf(n: number): string {
    return residentId('110105', `19${30 + (n % 40)}0${1 + (n % 9)}1${n % 10}`, Math.floor(n / 360) % 1000);
  }

  async post(n: number): Promise<PostOutcome> {
    const body = Buffer.from(JSON.stringify({ residentId: DeathPoster.residentOf(n), name: '王某', ethnicity: 'HAN', dateOfDeath: '2024-08-02', placeOfDeath: '市第一医院', disposal: 'CREMATION', source: 'HOSPITAL' }));
    const answer = await httpCall({ port: this.port, method: 'POST', path: '/api/v1/deaths', agent: this.agent, headers: { Authorization: this.authorization, 'Content-Type': 'application/json' }, body });
    if (answer.status === 201) return { status: 201 };
    try {
      return { status: answer.status, code: (JSON.parse(answer.body) as { code?: string }).code };
    } catch {
      return { status: answer.status }; // not problem+json: the status alone says it
    }
  }

  close(): void {
    this.agent.destroy();
  }
}
