import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import {
  ASYNCAPI_JSON_PATH,
  ASYNCAPI_YAML_PATH,
  buildAsyncApiDocument,
  EVENTS_EXCHANGE,
  renderAsyncApiJson,
  renderAsyncApiYaml,
} from '../../../scripts/asyncapi';
import { ROUTING_KEYS, serviceOf } from './event-map';

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Follows a local `$ref` such as `#/components/messages/X`, and any `$ref` it leads to. */
function deref(doc: Obj, node: Obj): Obj {
  const ref = node.$ref as string | undefined;
  if (!ref) return node;
  expect(ref.startsWith('#/')).toBe(true);
  const target = ref
    .slice(2)
    .split('/')
    .reduce<Obj>((at, part) => {
      expect(at).toHaveProperty([part]);
      return at[part] as Obj;
    }, doc);
  return deref(doc, target);
}

describe('AsyncAPI document', () => {
  const doc = buildAsyncApiDocument() as Obj;

  it('is an AsyncAPI 3.0 document for the events exchange', () => {
    expect(doc.asyncapi).toBe('3.0.0');
    expect(doc.info.title).toEqual(expect.any(String));
    expect(doc.info.description).toContain(EVENTS_EXCHANGE);
  });

  it('has exactly one channel per routing key, and one send operation each', () => {
    expect(Object.keys(doc.channels).sort()).toEqual([...ROUTING_KEYS].sort());
    expect(Object.values(doc.operations as Obj).filter((op: Obj) => op.action === 'send')).toHaveLength(ROUTING_KEYS.length);
  });

  it("lists each service's handlers as receive operations on the channels they bind", () => {
    const receivers = (key: string) =>
      (Object.values(doc.operations as Obj) as Obj[]).filter((op) => op.action === 'receive' && op.channel.$ref === `#/channels/${key}`).map((op) => op.tags[0].name as string);
    expect(receivers('civil-registration.death.registered.v1')).toEqual(['civil-registration', 'social-assistance', 'elderly-care', 'child-welfare', 'canteen']);
    expect(receivers('elderly-care.payables.approved.v1')).toEqual(['payments']);
    expect(receivers('data-exchange.moves.matched.v1')).toEqual(['social-assistance', 'elderly-care']);
    for (const op of Object.values(doc.operations as Obj) as Obj[]) expect(deref(doc, op.messages[0]).name).toBe(op.channel.$ref.replace('#/channels/', ''));
  });

  it('names a development and a TLS server, each with a broker user', () => {
    expect(doc.servers.local).toMatchObject({ protocol: 'amqp', host: 'localhost:5672' });
    expect(doc.servers.production).toMatchObject({ protocol: 'amqps', host: '{broker}:5671' });
    for (const server of Object.values(doc.servers as Obj) as Obj[]) expect(deref(doc, server.security[0])).toMatchObject({ type: 'userPassword' });
  });

  it.each(ROUTING_KEYS.map((k) => [k]))('%s: says what its subject is', (key) => {
    const message = deref(doc, Object.values(doc.channels[key].messages as Obj)[0] as Obj);
    expect(message.payload.properties.subject.description).toEqual(expect.stringMatching(/\.$/));
  });

  it.each(ROUTING_KEYS.map((k) => [k]))('%s: channel on the topic exchange, send operation, envelope with its payload schema', (key) => {
    const channel = doc.channels[key] as Obj;
    expect(channel.address).toBe(key);
    expect(channel.bindings.amqp).toMatchObject({ is: 'routingKey', exchange: { name: EVENTS_EXCHANGE, type: 'topic', durable: true } });

    const messageRefs = Object.values(channel.messages as Obj) as Obj[];
    expect(messageRefs).toHaveLength(1);
    const message = deref(doc, messageRefs[0]);
    expect(message.name).toBe(key);
    expect(message.contentType).toBe('application/cloudevents+json');

    const payload = message.payload as Obj;
    expect(payload.required).toEqual(expect.arrayContaining(['specversion', 'id', 'type', 'source', 'time', 'subject', 'datacontenttype', 'correlationid', 'data']));
    expect(payload.properties.type).toMatchObject({ const: key });
    const data = payload.properties.data as Obj;
    expect(data.type).toBe('object');
    expect(Object.keys(data.properties).length).toBeGreaterThan(2);
    expect(data.required.length).toBeGreaterThan(2);
    expect(data.description).toEqual(expect.any(String));
    // Consumers must tolerate fields added within a version: the schema must not forbid them.
    expect(JSON.stringify(payload)).not.toContain('"additionalProperties":false');

    const operation = Object.values(doc.operations as Obj).find((op: Obj) => op.channel.$ref === `#/channels/${key}`) as Obj;
    expect(operation).toMatchObject({ action: 'send', tags: [{ name: serviceOf(key) }] });
    expect(deref(doc, operation.messages[0])).toBe(message);
  });

  it('describes resident IDs, money and dates as on the wire', () => {
    const death = deref(doc, Object.values(doc.channels['civil-registration.death.registered.v1'].messages as Obj)[0] as Obj);
    const data = death.payload.properties.data.properties as Obj;
    expect(data.residentId.pattern).toBe('^\\d{17}[\\dXx]$');
    expect(data.dateOfDeath.format).toBe('date');
    expect(data.disposal.enum).toEqual(['CREMATION', 'BURIAL']);
    const benefit = deref(doc, Object.values(doc.channels['civil-registration.funeral-benefit.granted.v1'].messages as Obj)[0] as Obj);
    expect(benefit.payload.properties.data.properties.amountFen).toMatchObject({ type: 'integer', minimum: 0 });
  });

  it('committed docs/asyncapi.json is what the contracts build today (run `npm run asyncapi`)', () => {
    expect(readFileSync(ASYNCAPI_JSON_PATH, 'utf8')).toBe(renderAsyncApiJson());
  });

  it('committed docs/asyncapi.yaml is what the contracts build today (run `npm run asyncapi`)', () => {
    const yaml = readFileSync(ASYNCAPI_YAML_PATH, 'utf8');
    expect(yaml).toBe(renderAsyncApiYaml());
    expect(parse(yaml)).toEqual(doc);
  });

  it('docs/events.md lists every routing key with its producer', () => {
    const catalogue = readFileSync(resolve(__dirname, '../../../docs/events.md'), 'utf8');
    for (const key of ROUTING_KEYS) expect(catalogue).toContain(`| \`${key}\` | ${serviceOf(key)} |`);
  });
});
