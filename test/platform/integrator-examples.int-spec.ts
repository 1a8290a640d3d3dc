// The integration kit's consumers (docs/examples/integrator, the Node one also pasted into
// docs/integration.md) run against the real broker as a department would run them: each binds
// its queue, takes a death event, skips the same event delivered twice, masks the resident ID,
// and stops after the events asked for.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { connect, type ChannelModel, type ConfirmChannel } from 'amqplib';
import { createEnvelope } from '@app/contracts';
import { sampleEvents, SAMPLE_RESIDENT_IDS } from '@app/contracts/testing/event-samples';
import { connectOptionsFromUrl, declareExchanges, EVENTS_EXCHANGE } from '@app/messaging';
import { isolateBroker } from '../support/test-env';
import { waitFor } from '../support/wait-for';

const ROOT = resolve(__dirname, '../..');
const EXAMPLES = resolve(ROOT, 'docs/examples/integrator');
/** Debian's packages: python3-pika and librabbitmq-client-java (.ci/run installs them). */
const DEBIAN_PYTHON = '/usr/bin/python3';
const JAVA_CLASSPATH = ['/usr/share/java/amqp-client.jar', '/usr/share/java/slf4j-api.jar', '/usr/share/java/slf4j-nop.jar'].join(':');

const CONSUMERS: Array<{ language: string; command: string; args: string[] }> = [
  { language: 'node', command: process.execPath, args: [resolve(EXAMPLES, 'consumer.mjs')] },
  { language: 'python', command: DEBIAN_PYTHON, args: [resolve(EXAMPLES, 'consumer.py')] },
  { language: 'java', command: 'java', args: ['-cp', JAVA_CLASSPATH, resolve(EXAMPLES, 'Consumer.java')] },
];

describe('the integration kit’s consumers', () => {
  let url: string;
  let vhost: string;
  let model: ChannelModel;
  let channel: ConfirmChannel;

  beforeAll(async () => {
    url = isolateBroker('integrator-examples');
    vhost = decodeURIComponent(new URL(url).pathname.slice(1));
    model = await connect(connectOptionsFromUrl(url));
    channel = await model.createConfirmChannel();
    await declareExchanges(channel);
  });

  afterAll(async () => {
    await model?.close();
    execFileSync('rabbitmqctl', ['delete_vhost', vhost], { stdio: 'ignore' });
  });

  /** Consumers on a queue, 0 while it does not exist (a passive check on a channel of its own: a 404 closes the channel). */
  async function consumersOn(queue: string): Promise<number> {
    const probe = await model.createChannel();
    probe.on('error', () => undefined);
    try {
      return (await probe.checkQueue(queue)).consumerCount;
    } catch {
      return 0;
    } finally {
      await probe.close().catch(() => undefined);
    }
  }

  it('pastes in docs/integration.md exactly the Node consumer that runs here', () => {
    const doc = readFileSync(resolve(ROOT, 'docs/integration.md'), 'utf8');
    const snippet = /```js\n([\s\S]*?)```/.exec(doc)?.[1];
    expect(snippet).toBe(readFileSync(resolve(EXAMPLES, 'consumer.mjs'), 'utf8'));
  });

  it.each(CONSUMERS)('$language: binds, applies each death once, masks the resident ID, and stops', async ({ language, command, args }) => {
    if (command.startsWith('/')) expect(existsSync(command)).toBe(true);
    const queue = `integrator.test.${language}`;
    const out: string[] = [];
    const err: string[] = [];
    const child = spawn(command, args, { cwd: EXAMPLES, env: { ...process.env, AMQP_URL: url, QUEUE: queue, STOP_AFTER: '2' }, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk.toString()));
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    try {
      await waitFor(`${language} consumer on its queue`, async () => {
        if (child.exitCode !== null) throw new Error(`${language} consumer exited ${child.exitCode}: ${err.join('')}`);
        return (await consumersOn(queue)) > 0;
      }, 60_000);
      const deaths = [0, 1].map(() =>
        createEnvelope('civil-registration.death.registered.v1', sampleEvents['civil-registration.death.registered.v1'], { source: '/civil-registration', subject: SAMPLE_RESIDENT_IDS.elderWoman }),
      );
      // The first event twice (a redelivery), then the second.
      for (const event of [deaths[0], deaths[0], deaths[1]]) {
        channel.publish(EVENTS_EXCHANGE, event.type, Buffer.from(JSON.stringify(event)), { persistent: true, messageId: event.id });
      }
      await channel.waitForConfirms();
      await expect(exited).resolves.toBe(0);
      const lines = out.join('').trim().split('\n');
      expect(lines).toEqual(deaths.map((d) => `civil-registration.death.registered.v1 ${d.id} 110***********002X ${d.data.dateOfDeath}`));
      expect(out.join('')).not.toContain(SAMPLE_RESIDENT_IDS.elderWoman);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });
});
