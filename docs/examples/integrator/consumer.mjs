// Node.js 20+ with amqplib (npm install amqplib); any AMQP 0-9-1 client works the same way.
// Run: AMQP_URL=amqp://integrator:<password>@broker.example:5672 node consumer.mjs
import amqp from 'amqplib';

const url = process.env.AMQP_URL ?? 'amqp://integrator:<password>@broker.example:5672';
const queue = process.env.QUEUE ?? 'integrator.public-security.deaths';
const stopAfter = Number(process.env.STOP_AFTER ?? Infinity); // for a trial run: stop after so many events

// Your idempotency store: in production a table with a unique key on the event id, written in
// the same transaction as the event's effect (§4). A Set is enough to show the rule.
const applied = new Set();
const mask = (id) => (typeof id === 'string' && id.length === 18 ? `${id.slice(0, 3)}***********${id.slice(14)}` : id);

const connection = await amqp.connect(url);
const ch = await connection.createChannel();
await ch.checkExchange('civil-affairs.events'); // passive: you may not (re)declare it
await ch.assertQueue(queue, { durable: true, arguments: { 'x-queue-type': 'quorum' } });
await ch.bindQueue(queue, 'civil-affairs.events', 'civil-registration.death.registered.*');
await ch.prefetch(50);
await ch.consume(queue, async (msg) => {
  const event = JSON.parse(msg.content.toString('utf8'));
  if (!applied.has(event.id)) {
    console.log(`${event.type} ${event.id} ${mask(event.data?.residentId)} ${event.data?.dateOfDeath}`); // your work here
    applied.add(event.id); // remember the id with the work, in one transaction
  }
  ch.ack(msg); // ack only after your commit
  if (applied.size >= stopAfter) await connection.close();
}, { noAck: false });
