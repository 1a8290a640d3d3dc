import { createEnvelope } from '@app/contracts';
import { sampleEvents } from '@app/contracts/testing/event-samples';
import { decodeDelivery, errorMessage, headerText } from './delivery';

const death = sampleEvents['civil-registration.death.registered.v1'];

function body(value: unknown): Buffer {
  return Buffer.from(typeof value === 'string' ? value : JSON.stringify(value));
}

describe('decodeDelivery', () => {
  const valid = createEnvelope('civil-registration.death.registered.v1', death, { source: '/civil-registration', subject: death.residentId });

  it('accepts a valid envelope and payload', () => {
    const decoded = decodeDelivery(body(valid));
    expect(decoded).toEqual({ ok: true, event: expect.objectContaining({ id: valid.id, type: valid.type }) });
  });

  it('keeps the trace context the event carries, for the handling span', () => {
    const traceparent = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
    const decoded = decodeDelivery(body({ ...valid, traceparent, tracestate: 'vendor=abc' }));
    expect(decoded).toEqual({ ok: true, event: expect.objectContaining({ id: valid.id, traceparent, tracestate: 'vendor=abc' }) });
  });

  it('handles an event whose traceparent is malformed, without it (never dead-lettered for it)', () => {
    const decoded = decodeDelivery(body({ ...valid, traceparent: 'not-a-traceparent', tracestate: 'vendor=abc' }));
    expect(decoded).toEqual({ ok: true, event: expect.objectContaining({ id: valid.id }) });
    expect(decoded.ok && decoded.event).not.toHaveProperty('traceparent');
    expect(decoded.ok && decoded.event).not.toHaveProperty('tracestate');
  });

  it.each([
    ['a body that is not JSON', '{oops', 'MALFORMED_MESSAGE', /not JSON/],
    ['a payload with a bad resident ID', { ...valid, data: { ...death, residentId: '110105194912310000' } }, 'SCHEMA_INVALID', /residentId/],
    ['a payload missing a field', { ...valid, data: { ...death, dateOfDeath: undefined } }, 'SCHEMA_INVALID', /dateOfDeath/],
    ['an unknown event type', { ...valid, type: 'civil-registration.unicorn.sighted.v1' }, 'SCHEMA_INVALID', /unicorn|type/],
    ['an envelope without id', { ...valid, id: undefined }, 'SCHEMA_INVALID', /id/],
  ])('dead-letters %s with a readable reason', (_what, input, reason, detail) => {
    const decoded = decodeDelivery(body(input));
    expect(decoded.ok).toBe(false);
    if (decoded.ok) return;
    expect(decoded.reason).toBe(reason);
    expect(decoded.detail).toMatch(detail);
  });
});

describe('errorMessage and headerText', () => {
  it.each([
    [new Error('boom'), 'boom'],
    [{ status: 'error', message: 'rpc failure' }, 'rpc failure'],
    ['plain', 'plain'],
  ])('reads the message of %p', (err, expected) => {
    expect(errorMessage(err)).toBe(expected);
  });

  it('truncates long header text', () => {
    expect(headerText('x'.repeat(5000), 100)).toHaveLength(100);
    expect(headerText('short', 100)).toBe('short');
  });
});
