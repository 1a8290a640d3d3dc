// The payments service in-process on the shared test harness (test/support/service-under-test.ts),
// with the seeded banks loaded, the bureau's staff's tokens, and helpers that do what the
// programmes and the bank do: publish approved chunks over the broker, write return files.
import { randomUUID } from 'node:crypto';
import type { PayableLine, RoutingKey } from '@app/contracts';
import { connectOptionsFromUrl, deadLetterQueue } from '@app/messaging';
import { connect } from 'amqplib';
import type { Response } from 'superagent';
import seeds from '../../../seeds/reference/banks.json';
import { bearerToken, ServiceTestKit } from '../../../test/support/service-under-test';
import { waitFor } from '../../../test/support/wait-for';
import { AppModule } from '../src/app.module';
import { SERVICE } from '../src/service.definition';

export { card, corporateAccount, psbcReturnFile, rcbReturnFile, rcbReturnText, type ReturnEntry } from './bank-samples';

/** A download's bytes as sent, whatever its charset: `.buffer(true).parse(rawBody)`. */
export function rawBody(res: Response, done: (err: Error | null, body: Buffer) => void): void {
  const parts: Buffer[] = [];
  res.on('data', (c: Buffer) => parts.push(c));
  res.on('end', () => done(null, Buffer.concat(parts)));
}

export const TODAY = '2024-08-20';

export function bearer(roles: string[], sub: string, division = '110105'): string {
  return bearerToken(roles, sub, division);
}

export const ADMIN = bearer(['admin'], 'admin-1', '110000');
/** The county clerk (经办人) who records a payee's account. */
export const CLERK = bearer(['operator'], 'clerk-1');
/** The township reviewer who confirms it: the second pair of eyes. */
export const REVIEWER = bearer(['reviewer'], 'reviewer-1');
/** Two finance officers: one assembles, the other releases. */
export const FINANCE = bearer(['finance'], 'finance-1', '110100');
export const FINANCE_2 = bearer(['finance'], 'finance-2', '110100');
export const AUDITOR = bearer(['auditor'], 'auditor-1', '110100');

type PayablesKey = Extract<RoutingKey, `${string}.payables.approved.v1`>;

export class PaymentsTestKit extends ServiceTestKit {
  constructor(purpose: string) {
    super({ appModule: AppModule, definition: SERVICE, purpose, today: TODAY });
  }

  override async start(): Promise<void> {
    await super.start();
    for (const bank of seeds.banks) await this.http().post('/api/v1/banks').set('Authorization', ADMIN).send(bank).expect(201);
  }

  as(token: string) {
    return {
      post: (path: string, body: object = {}) => this.http().post(path).set('Authorization', token).send(body),
      get: (path: string) => this.http().get(path).set('Authorization', token),
      /** A body that is not JSON (an import, a return file), sent as it is. */
      upload: (path: string, contentType: string, body: string | Buffer) => this.http().post(path).set('Authorization', token).set('Content-Type', contentType).send(body),
    };
  }

  /** Proposes a person's account as the clerk and confirms it as the reviewer; answers the account id. */
  async confirmedPersonAccount(residentId: string, accountNumber: string, bankCode = 'RCB', holderName = '王秀英'): Promise<string> {
    const proposed = await this.as(CLERK)
      .post('/api/v1/payee-accounts', { payeeKind: 'PERSON', residentId, divisionCode: '110105001', bankCode, accountNumber, holderName, evidenceNote: '本人持银行卡到社区办理' })
      .expect(201);
    await this.as(REVIEWER).post(`/api/v1/payee-accounts/${proposed.body.id}/confirm`).expect(200);
    return proposed.body.id as string;
  }

  async confirmedOrganisationAccount(organisationId: string, organisationName: string, accountNumber: string, bankCode = 'RCB'): Promise<string> {
    const proposed = await this.as(CLERK)
      .post('/api/v1/payee-accounts', { payeeKind: 'ORGANISATION', organisationId, organisationName, divisionCode: '110105', bankCode, accountNumber, holderName: organisationName, evidenceNote: '开户许可证' })
      .expect(201);
    await this.as(REVIEWER).post(`/api/v1/payee-accounts/${proposed.body.id}/confirm`).expect(200);
    return proposed.body.id as string;
  }

  /**
   * Publishes an approval as a programme does: chunks of at most `chunkSize` lines over the
   * broker; waits until every chunk is consumed. Answers the event ids.
   */
  async approve(key: PayablesKey, lines: PayableLine[], options: { approvalId?: string; month?: string; chunkSize?: number } = {}): Promise<string[]> {
    const approvalId = options.approvalId ?? randomUUID();
    const size = options.chunkSize ?? 1000;
    const count = Math.ceil(lines.length / size);
    const ids: string[] = [];
    for (let index = 0; index < count; index++) {
      const data = { approvalId, month: options.month ?? '2024-08', approvedBy: 'approver-7', chunk: { index, count }, lines: lines.slice(index * size, (index + 1) * size) };
      ids.push(await this.publish(key, data, approvalId));
    }
    for (const id of ids) await this.consumed(id);
    return ids;
  }

  /** Assembles the month as finance-1 and releases every batch it made as finance-2. */
  async assembleAndRelease(month = '2024-08'): Promise<Array<{ id: string; bankCode: string; lineCount: number }>> {
    const assembled = await this.as(FINANCE).post('/api/v1/batches', { month }).expect(201);
    const batches = assembled.body.batches as Array<{ id: string; bankCode: string; lineCount: number }>;
    for (const batch of batches) await this.as(FINANCE_2).post(`/api/v1/batches/${batch.id}/release`).expect(200);
    return batches;
  }

  /** The reference a line was sent with. */
  async referenceOf(lineId: string): Promise<string> {
    const res = await this.as(AUDITOR).get(`/api/v1/payable-lines/${lineId}`).expect(200);
    return res.body.reference as string;
  }

  /** The file as the bank sent it: its bytes, or text sent as UTF-8. */
  postReturn(bankCode: string, text: string | Buffer, token = FINANCE) {
    return this.http().post(`/api/v1/bank-returns?bankCode=${bankCode}`).set('Authorization', token).set('Content-Type', 'text/plain').send(text);
  }

  /** Messages in the service's dead-letter queue. */
  async deadLetters(): Promise<number> {
    const connection = await connect(connectOptionsFromUrl(process.env.AMQP_URL!));
    try {
      const channel = await connection.createChannel();
      return (await channel.checkQueue(deadLetterQueue(SERVICE.name))).messageCount;
    } finally {
      await connection.close();
    }
  }

  /** Waits until the outbox relay has published every event written so far. */
  async outboxDrained(): Promise<void> {
    await waitFor('outbox published', async () => (await this.count(`SELECT count(*) AS n FROM outbox WHERE published_at IS NULL`)) === 0);
  }
}

export function personLine(residentId: string, amountFen: number, over: Partial<PayableLine> = {}): PayableLine {
  return { lineId: randomUUID(), programme: 'DIBAO', period: '2024-08', payee: { kind: 'PERSON', residentId }, amountFen, ...over };
}

export function organisationLine(organisationId: string, name: string, amountFen: number, over: Partial<PayableLine> = {}): PayableLine {
  return { lineId: randomUUID(), programme: 'CANTEEN_SETTLEMENT', period: '2024-07', payee: { kind: 'ORGANISATION', organisationId, name }, amountFen, ...over };
}
