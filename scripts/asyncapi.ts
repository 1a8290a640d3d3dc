// `npm run asyncapi`: generates the AsyncAPI 3.0 document of every event from libs/contracts and
// writes docs/asyncapi.json and docs/asyncapi.yaml. A unit test (libs/contracts/src/asyncapi.spec.ts)
// fails when the committed files differ from what this builds, so they cannot go stale.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { envelopeSchema, EVENT_SUBJECTS, eventSchemas, ROUTING_KEYS, serviceOf, type RoutingKey } from '@app/contracts';
import { stringify } from 'yaml';
import { z } from 'zod';
import { eventsQueue } from '../libs/messaging/src/topology/names';
import { eventConsumers } from './event-subscriptions';

export const EVENTS_EXCHANGE = 'civil-affairs.events';
export const ASYNCAPI_JSON_PATH = resolve(__dirname, '../docs/asyncapi.json');
export const ASYNCAPI_YAML_PATH = resolve(__dirname, '../docs/asyncapi.yaml');

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const AMQP_BINDING_VERSION = '0.3.0';

const DESCRIPTION = `Every event of the Civil Affairs Platform (民政服务平台). All events are published on ONE durable
topic exchange \`${EVENTS_EXCHANGE}\` as persistent messages; the routing key is the event type
\`<service>.<aggregate>.<past-verb>.v<N>\`.

The AMQP body is a CloudEvents 1.0 event in structured JSON mode (content type
\`application/cloudevents+json\`): \`specversion\`, \`id\` (UUID, also the AMQP messageId; use it to
drop duplicates, delivery is at least once), \`type\` (= routing key), \`source\` (\`/<service>\`),
\`time\`, \`subject\`, \`datacontenttype\`, \`correlationid\`, optional \`causationid\` (the event
that caused this one) and \`data\` (the payload described per message below).

Send operations are what each service publishes; receive operations are what each service of the
platform consumes, each from its own quorum queue \`<service>.events\`.

Tracing: when the platform runs with tracing on, an event created inside a traced request or
handler carries the CloudEvents distributed-tracing extension attributes \`traceparent\` (W3C
Trace Context, version 00) and, when there is one, \`tracestate\`: the trace of the work that
created the event, continued by every consumer that handles it. They are optional, identify a
trace and never a person, and are absent when tracing is off. To join your own processing to
the platform's traces, start your span as a child of \`traceparent\`; ignore it otherwise.

Subscribing: declare your own durable queue and bind it to \`${EVENTS_EXCHANGE}\` with a pattern,
e.g. \`#\` for everything or \`civil-registration.death.*\` for deaths only.

Versioning: within a version only additive changes are made (new fields), so
ignore fields you do not know. A breaking change publishes \`.v2\` beside \`.v1\`.
Money is in integer fen (分), dates are \`YYYY-MM-DD\` and months \`YYYY-MM\` (Asia/Shanghai), resident
IDs are 18-character GB 11643 numbers with an upper-case X — personal data: handle under PIPL.`;

function jsonSchemaOf(schema: z.ZodType): JsonObject {
  // io 'input' describes what is on the wire and leaves additionalProperties open: consumers
  // must accept fields added later within the same version.
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io: 'input', target: 'draft-7' }) as JsonObject;
  return rest;
}

function metaOf(key: RoutingKey): { title: string; description: string } {
  const meta = z.globalRegistry.get(eventSchemas[key]);
  if (!meta?.title || !meta.description) throw new Error(`${key}: its schema needs .meta({ title, description })`);
  return { title: meta.title, description: meta.description };
}

function payloadOf(key: RoutingKey): JsonObject {
  const envelope = envelopeSchema.extend({
    type: z.literal(key),
    data: eventSchemas[key] as z.ZodType,
  });
  const schema = jsonSchemaOf(envelope);
  const properties = schema.properties as JsonObject;
  properties.subject = { ...(properties.subject as JsonObject), description: EVENT_SUBJECTS[key].means };
  return { ...schema, title: `${metaOf(key).title} CloudEvent` };
}

const pascal = (name: string): string => name.replace(/(^|-)([a-z])/g, (_, _dash: string, c: string) => c.toUpperCase());

/** One receive operation per service that consumes the event. */
function receiveOperations(key: RoutingKey, title: string, consumers: readonly string[]): JsonObject {
  const operations: JsonObject = {};
  for (const service of consumers) {
    operations[`receive${title}In${pascal(service)}`] = {
      action: 'receive',
      title: `${service} receives ${key}`,
      summary: `${service} consumes it from its queue \`${eventsQueue(service)}\`, bound to \`${key}\`; at least once, applied once (deduplicated by event id).`,
      channel: { $ref: `#/channels/${key}` },
      messages: [{ $ref: `#/channels/${key}/messages/${title}` }],
      tags: [{ name: service }],
      bindings: { amqp: { ack: true, bindingVersion: AMQP_BINDING_VERSION } },
    };
  }
  return operations;
}

const SECURITY = [{ $ref: '#/components/securitySchemes/brokerUser' }];

const SERVERS: JsonObject = {
  local: {
    host: 'localhost:5672',
    protocol: 'amqp',
    protocolVersion: '0-9-1',
    description: 'RabbitMQ of a development machine (local-development users of deploy/rabbitmq/definitions.json).',
    security: SECURITY,
  },
  production: {
    host: '{broker}:5671',
    protocol: 'amqps',
    protocolVersion: '0-9-1',
    description: "The bureau's broker over TLS. Departments connect as an integrator user, who may declare, bind and read `integrator.*` queues (bounded in length and age by policy) and read the replay stream `civil-affairs.events.replay` from an offset; services have a user each.",
    variables: { broker: { default: 'rabbitmq.example', description: 'The host name the operators publish.' } },
    security: SECURITY,
  },
};

export function buildAsyncApiDocument(): JsonObject {
  const channels: JsonObject = {};
  const operations: JsonObject = {};
  const messages: JsonObject = {};
  const consumers = eventConsumers();

  for (const key of ROUTING_KEYS) {
    const { title, description } = metaOf(key);
    const producer = serviceOf(key);
    messages[title] = {
      name: key,
      title,
      summary: description,
      contentType: 'application/cloudevents+json',
      correlationId: { location: '$message.payload#/correlationid' },
      tags: [{ name: producer }],
      payload: payloadOf(key),
      bindings: { amqp: { messageType: key, bindingVersion: AMQP_BINDING_VERSION } },
    };
    channels[key] = {
      address: key,
      title,
      description: `Routing key \`${key}\` on exchange \`${EVENTS_EXCHANGE}\`, published by ${producer}.`,
      messages: { [title]: { $ref: `#/components/messages/${title}` } },
      bindings: {
        amqp: {
          is: 'routingKey',
          exchange: { name: EVENTS_EXCHANGE, type: 'topic', durable: true, autoDelete: false, vhost: '/' },
          bindingVersion: AMQP_BINDING_VERSION,
        },
      },
    };
    operations[`publish${title}`] = {
      action: 'send',
      title: `${producer} publishes ${key}`,
      summary: description,
      channel: { $ref: `#/channels/${key}` },
      messages: [{ $ref: `#/channels/${key}/messages/${title}` }],
      tags: [{ name: producer }],
      bindings: { amqp: { deliveryMode: 2, mandatory: false, bindingVersion: AMQP_BINDING_VERSION } },
    };
    Object.assign(operations, receiveOperations(key, title, consumers.get(key) ?? []));
  }

  return {
    asyncapi: '3.0.0',
    info: {
      title: 'Civil Affairs Platform events',
      version: '1.0.0',
      description: DESCRIPTION,
      license: { name: 'Apache-2.0', url: 'https://www.apache.org/licenses/LICENSE-2.0' },
    },
    defaultContentType: 'application/cloudevents+json',
    servers: SERVERS,
    channels,
    operations,
    components: {
      messages,
      securitySchemes: { brokerUser: { type: 'userPassword', description: 'A broker user and password (SASL PLAIN), one per service and for integrators; never shared between them.' } },
    },
  };
}

export function renderAsyncApiJson(): string {
  return `${JSON.stringify(buildAsyncApiDocument(), null, 2)}\n`;
}

export function renderAsyncApiYaml(): string {
  return stringify(buildAsyncApiDocument(), { lineWidth: 0, aliasDuplicateObjects: false });
}

if (require.main === module) {
  writeFileSync(ASYNCAPI_JSON_PATH, renderAsyncApiJson());
  writeFileSync(ASYNCAPI_YAML_PATH, renderAsyncApiYaml());
  console.log(`wrote ${ASYNCAPI_JSON_PATH} and ${ASYNCAPI_YAML_PATH}: ${ROUTING_KEYS.length} events`);
}
