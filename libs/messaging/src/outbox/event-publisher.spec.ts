import { correlationIdMiddleware, runInContext } from '@app/common/logging/request-context';
import type { CloudEvent } from '@app/contracts';
import { sampleEvents } from '@app/contracts/testing/event-samples';
import type { Request, Response } from 'express';
import type { EntityManager } from 'typeorm';
import { EventPublisher } from './event-publisher';

// Correlation and causation come from the context the publisher runs in, never from the caller
// (the wiring of that context by the consumer transport and the HTTP middleware is proven
// against the real broker in libs/messaging/test/causation.int-spec.ts).
const death = sampleEvents['civil-registration.death.registered.v1'];
const benefit = sampleEvents['civil-registration.funeral-benefit.granted.v1'];
const HANDLED_ID = '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9b01';

/** An EntityManager inside a transaction that keeps the envelopes written to the outbox. */
function transactionManager(): { manager: EntityManager; written: () => CloudEvent[] } {
  const query = jest.fn().mockResolvedValue([]);
  const manager = { queryRunner: { isTransactionActive: true }, query } as unknown as EntityManager;
  const written = () => query.mock.calls.flatMap(([, params]) => (params[2] as string[]).map((json) => JSON.parse(json) as CloudEvent));
  return { manager, written };
}

describe('EventPublisher reads correlation and causation from the context', () => {
  const publisher = new EventPublisher('civil-registration');

  it('names the event being handled as the cause and keeps its correlation id', async () => {
    const { manager, written } = transactionManager();
    const event = await runInContext({ correlationId: 'corr-of-the-death', causationId: HANDLED_ID }, async () => {
      await Promise.resolve(); // the context survives the handler's awaits
      return publisher.publish(manager, 'civil-registration.funeral-benefit.granted.v1', benefit);
    });
    expect(event).toMatchObject({ correlationid: 'corr-of-the-death', causationid: HANDLED_ID, subject: benefit.residentId, source: '/civil-registration' });
    expect(written()).toEqual([event]);
  });

  it('gives every event of a publishMany in a handler the same cause and correlation', async () => {
    const { manager } = transactionManager();
    const events = await runInContext({ correlationId: 'corr-1', causationId: HANDLED_ID }, () =>
      publisher.publishMany(manager, [
        { type: 'civil-registration.funeral-benefit.granted.v1', data: benefit },
        { type: 'civil-registration.death.registered.v1', data: death },
      ]),
    );
    expect(events.map((e) => [e.correlationid, e.causationid])).toEqual([
      ['corr-1', HANDLED_ID],
      ['corr-1', HANDLED_ID],
    ]);
  });

  it('gives an event published from an HTTP request the request\'s correlation id and no cause', async () => {
    const { manager } = transactionManager();
    const req = { header: (name: string) => (name === 'x-correlation-id' ? 'req-42' : undefined) } as unknown as Request;
    const res = { setHeader: jest.fn() } as unknown as Response;
    let published: Promise<CloudEvent> | undefined;
    correlationIdMiddleware(req, res, () => {
      published = publisher.publish(manager, 'civil-registration.death.registered.v1', death);
    });
    const event = await published!;
    expect(event.correlationid).toBe('req-42');
    expect('causationid' in event).toBe(false);
  });

  it('starts a new chain outside any request or handler (a scheduled job)', async () => {
    const { manager } = transactionManager();
    const event = await publisher.publish(manager, 'civil-registration.death.registered.v1', death);
    expect(event.correlationid).toBe(event.id);
    expect('causationid' in event).toBe(false);
  });

  it('keeps contexts of concurrent handlers apart', async () => {
    const { manager } = transactionManager();
    const handle = (n: number) =>
      runInContext({ correlationId: `corr-${n}`, causationId: `0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9b0${n}` }, async () => {
        await new Promise((resolve) => setTimeout(resolve, 5 - n));
        return publisher.publish(manager, 'civil-registration.funeral-benefit.granted.v1', benefit);
      });
    const events = await Promise.all([1, 2, 3].map(handle));
    expect(events.map((e) => [e.correlationid, e.causationid])).toEqual([1, 2, 3].map((n) => [`corr-${n}`, `0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9b0${n}`]));
  });

  it('derives the subject from the payload: the same contract gets the same subject from every publisher', async () => {
    const { manager } = transactionManager();
    const payables = sampleEvents['elderly-care.payables.approved.v1'];
    const [event] = await publisher.publishMany(manager, [{ type: 'elderly-care.payables.approved.v1', data: payables }]);
    expect(event.subject).toBe(payables.approvalId);
  });

  it('still refuses to write outside a transaction', async () => {
    const manager = { queryRunner: undefined } as unknown as EntityManager;
    await expect(publisher.publish(manager, 'civil-registration.death.registered.v1', death)).rejects.toThrow('inside the transaction');
  });
});
