import { createEnvelope, envelopeSchema, parseEvent, type CloudEvent } from './envelope';
import { sampleEvents } from './testing/event-samples';

const DEATH = 'civil-registration.death.registered.v1';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function death(meta: Partial<Parameters<typeof createEnvelope>[2]> = {}): CloudEvent<typeof DEATH> {
  return createEnvelope(DEATH, sampleEvents[DEATH], { source: '/civil-registration', subject: 'death/1', ...meta });
}

/** What a consumer receives: the envelope after a JSON round trip, with changes applied. */
function wire(changes: Record<string, unknown> = {}, dataChanges: Record<string, unknown> = {}): unknown {
  const event = JSON.parse(JSON.stringify(death())) as Record<string, unknown>;
  return { ...event, ...changes, data: { ...(event.data as object), ...dataChanges } };
}

function reasonOf(raw: unknown): string {
  const result = parseEvent(raw);
  if (result.ok) throw new Error('expected the event to be refused');
  return result.reason;
}

describe('createEnvelope', () => {
  it('fills id, time and correlationid, and the CloudEvents constants', () => {
    const before = Date.now();
    const event = death();
    expect(event.id).toMatch(UUID);
    expect(event.correlationid).toBe(event.id);
    expect(Date.parse(event.time)).toBeGreaterThanOrEqual(before);
    expect(Date.parse(event.time)).toBeLessThanOrEqual(Date.now());
    expect(event.time).toBe(new Date(event.time).toISOString());
    expect(event).toEqual({
      specversion: '1.0',
      id: event.id,
      type: DEATH,
      source: '/civil-registration',
      time: event.time,
      subject: 'death/1',
      datacontenttype: 'application/json',
      correlationid: event.id,
      data: sampleEvents[DEATH],
    });
    expect('causationid' in event).toBe(false);
  });

  it('gives every event a new id', () => {
    expect(death().id).not.toBe(death().id);
  });

  it('keeps the given id, time, correlation and causation', () => {
    const event = death({
      id: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9aff',
      time: new Date('2024-08-01T10:00:00.000Z'),
      correlationId: 'req-42',
      causationId: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9aee',
    });
    expect(event).toMatchObject({
      id: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9aff',
      time: '2024-08-01T10:00:00.000Z',
      correlationid: 'req-42',
      causationid: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9aee',
    });
  });

  it('produces an envelope that passes its own schema', () => {
    expect(envelopeSchema.safeParse(death({ causationId: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9aee' })).success).toBe(true);
  });
});

describe('parseEvent', () => {
  it('accepts what createEnvelope produced, after a JSON round trip', () => {
    const event = death({ causationId: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9aee' });
    expect(parseEvent(JSON.parse(JSON.stringify(event)))).toEqual({ ok: true, event });
  });

  it('accepts every event of the catalogue', () => {
    for (const [type, data] of Object.entries(sampleEvents)) {
      const raw = JSON.parse(JSON.stringify(createEnvelope(type as typeof DEATH, data as never, { source: '/x', subject: 's' })));
      const result = parseEvent(raw);
      expect(result).toMatchObject({ ok: true, event: { type, data } });
    }
  });

  it('accepts unknown envelope attributes and unknown data fields, and drops them', () => {
    const result = parseEvent(wire({ dataschema: 'x', partitionkey: 'p' }, { newField: 1 }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.event).not.toHaveProperty('dataschema');
    expect(result.event).not.toHaveProperty('partitionkey');
    expect(result.event.data).not.toHaveProperty('newField');
    expect(result.event.data).toEqual(sampleEvents[DEATH]);
  });

  it('normalises a lower-case x in a resident ID', () => {
    const result = parseEvent(wire({}, { residentId: '11010519491231002x' }));
    expect(result.ok && result.event.type === DEATH && result.event.data.residentId).toBe('11010519491231002X');
  });

  it('refuses an unknown type, even one named like a built-in property', () => {
    expect(reasonOf(wire({ type: 'civil-registration.death.recorded.v1' }))).toBe(
      'type: unknown event type "civil-registration.death.recorded.v1"',
    );
    expect(reasonOf(wire({ type: 'toString' }))).toBe('type: unknown event type "toString"');
    expect(reasonOf(wire({ type: '__proto__' }))).toBe('type: unknown event type "__proto__"');
  });

  it('names the field at fault in data', () => {
    expect(reasonOf(wire({}, { residentId: '110105194912310021' }))).toBe('data.residentId: invalid resident ID');
    expect(reasonOf(wire({}, { dateOfDeath: '2024-02-30' }))).toBe('data.dateOfDeath: must be a real date YYYY-MM-DD');
  });

  it('names array elements by index', () => {
    const raw = JSON.parse(
      JSON.stringify(createEnvelope('civil-registration.marriage.registered.v1', sampleEvents['civil-registration.marriage.registered.v1'], { source: '/x', subject: 's' })),
    );
    raw.data.partyResidentIds[1] = '123';
    expect(reasonOf(raw)).toBe('data.partyResidentIds[1]: invalid resident ID');
  });

  it('lists every problem in one line', () => {
    const reason = reasonOf(wire({}, { residentId: 'x', disposal: 'SEA', deathId: undefined }));
    expect(reason).toContain('data.deathId: must be a UUID');
    expect(reason).toContain('data.residentId: invalid resident ID');
    expect(reason).toContain('data.disposal: Invalid option: expected one of "CREMATION"|"BURIAL"');
    expect(reason.split('; ')).toHaveLength(3);
    expect(reason).not.toContain('\n');
  });

  it('refuses a missing payload', () => {
    const raw = wire() as Record<string, unknown>;
    delete raw.data;
    expect(reasonOf(raw)).toMatch(/^data: /);
  });

  it.each([
    ['specversion', { specversion: '0.3' }, 'specversion: must be "1.0"'],
    ['id', { id: 'not-a-uuid' }, 'id: must be a UUID'],
    ['source', { source: 'civil-registration' }, 'source: must be /<service>'],
    ['time', { time: '2024-08-01 10:00' }, 'time: must be an ISO 8601 date-time with Z or an offset'],
    ['subject', { subject: '' }, 'subject: must not be empty'],
    ['datacontenttype', { datacontenttype: 'text/plain' }, 'datacontenttype: must be "application/json"'],
    ['correlationid', { correlationid: undefined }, 'correlationid: must be text'],
    ['causationid', { causationid: 'x' }, 'causationid: must be a UUID'],
    ['type', { type: 7 }, 'type: must be a routing key'],
  ])('refuses a bad envelope attribute: %s', (_name, changes, reason) => {
    expect(reasonOf(wire(changes))).toBe(reason);
  });

  it.each([[null], ['text'], [42], [[]]])('refuses a body that is not an object: %p', (raw) => {
    expect(reasonOf(raw)).toMatch(/^event: /);
  });
});

describe('the distributed-tracing extension', () => {
  const TRACEPARENT = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';

  it('is written only when the event is created in a trace', () => {
    expect(death()).not.toHaveProperty('traceparent');
    expect(death()).not.toHaveProperty('tracestate');
    expect(death({ traceContext: { traceparent: TRACEPARENT } })).toMatchObject({ traceparent: TRACEPARENT });
    expect(death({ traceContext: { traceparent: TRACEPARENT } })).not.toHaveProperty('tracestate');
    expect(death({ traceContext: { traceparent: TRACEPARENT, tracestate: 'vendor=abc' } })).toMatchObject({ traceparent: TRACEPARENT, tracestate: 'vendor=abc' });
  });

  it('travels through the wire and passes the envelope schema', () => {
    const event = death({ traceContext: { traceparent: TRACEPARENT, tracestate: 'vendor=abc,other=1' } });
    expect(envelopeSchema.safeParse(event).success).toBe(true);
    expect(parseEvent(JSON.parse(JSON.stringify(event)))).toEqual({ ok: true, event });
  });

  it.each([
    ['not W3C at all', '00-abc'],
    ['an unknown version', '01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01'],
    ['an all-zero trace id', '00-00000000000000000000000000000000-00f067aa0ba902b7-01'],
    ['an all-zero span id', '00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01'],
    ['upper-case hex', '00-4BF92F3577B34DA6A3CE929D0E0E4736-00F067AA0BA902B7-01'],
    ['a number', 42],
    ['an object', { traceId: 'x' }],
  ])('drops a malformed traceparent (%s) and its tracestate, and still accepts the event', (_what, traceparent) => {
    const result = parseEvent(wire({ traceparent, tracestate: 'vendor=abc' }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.event).not.toHaveProperty('traceparent');
    expect(result.event).not.toHaveProperty('tracestate');
    expect(result.event.data).toEqual(sampleEvents[DEATH]);
  });

  it.each([
    ['too long', 'a=b,'.repeat(200)],
    ['with a control character', 'vendor=a\nb'],
    ['not text', 7],
  ])('keeps the traceparent and drops a malformed tracestate (%s)', (_what, tracestate) => {
    const result = parseEvent(wire({ traceparent: TRACEPARENT, tracestate }));
    expect(result).toMatchObject({ ok: true, event: { traceparent: TRACEPARENT } });
    expect(result.ok && result.event).not.toHaveProperty('tracestate');
  });

  it('does not keep a tracestate without a traceparent', () => {
    const result = parseEvent(wire({ tracestate: 'vendor=abc' }));
    expect(result.ok && result.event).not.toHaveProperty('tracestate');
  });
});
