// `npm run events:tail` as a real process against the real broker, on a vhost of this file's own.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { connect, type ChannelModel, type ConfirmChannel } from 'amqplib';
import { createEnvelope } from '@app/contracts';
import { sampleEvents, SAMPLE_RESIDENT_IDS } from '@app/contracts/testing/event-samples';
import { connectOptionsFromUrl, declareExchanges, EVENTS_EXCHANGE } from '@app/messaging';
import { isolateBroker } from '../support/test-env';
import { waitFor } from '../support/wait-for';

const ROOT = resolve(__dirname, '../..');

describe('npm run events:tail', () => {
  let url: string;
  let vhost: string;
  let model: ChannelModel;
  let channel: ConfirmChannel;
  let tail: ChildProcess | undefined;
  const stdout: string[] = [];
  const stderr: string[] = [];

  beforeAll(async () => {
    url = isolateBroker('events-tail');
    vhost = decodeURIComponent(new URL(url).pathname.slice(1));
    model = await connect(connectOptionsFromUrl(url));
    channel = await model.createConfirmChannel();
    await declareExchanges(channel);
  });

  afterAll(async () => {
    if (tail && tail.exitCode === null) tail.kill('SIGKILL');
    await model?.close();
    execFileSync('rabbitmqctl', ['delete_vhost', vhost], { stdio: 'ignore' });
  });

  it('prints the events its keys match, one line each with resident IDs masked, and leaves no queue behind on Ctrl-C', async () => {
    tail = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'scripts/events-tail.ts', '--keys', 'civil-registration.#'], {
      cwd: ROOT,
      env: { ...process.env, AMQP_URL: url, TS_NODE_PROJECT: resolve(ROOT, 'tsconfig.json') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    tail.stdout!.on('data', (chunk: Buffer) => stdout.push(chunk.toString()));
    tail.stderr!.on('data', (chunk: Buffer) => stderr.push(chunk.toString()));
    const exited = new Promise<number | null>((res) => tail!.on('exit', (code) => res(code)));
    await waitFor('the tail to bind its queue', () => stderr.join('').includes('Ctrl-C stops'), 60_000);
    const queues = (): string[] =>
      execFileSync('rabbitmqctl', ['-q', 'list_queues', '-p', vhost, 'name'], { encoding: 'utf8' })
        .split('\n')
        .map((q) => q.trim())
        .filter((q) => q.startsWith('integrator.tail.'));
    expect(queues()).toHaveLength(1);

    const other = createEnvelope('social-assistance.enrollment.stopped.v1', sampleEvents['social-assistance.enrollment.stopped.v1'], {
      source: '/social-assistance',
      subject: SAMPLE_RESIDENT_IDS.elderWoman,
    });
    const death = createEnvelope('civil-registration.death.registered.v1', sampleEvents['civil-registration.death.registered.v1'], {
      source: '/civil-registration',
      subject: SAMPLE_RESIDENT_IDS.elderWoman,
    });
    for (const event of [other, death]) {
      channel.publish(EVENTS_EXCHANGE, event.type, Buffer.from(JSON.stringify(event)), { persistent: true, messageId: event.id });
    }
    await channel.waitForConfirms();

    const line = await waitFor('the death on the tail', () => stdout.join('').split('\n').find((l) => l.includes(death.id)), 15_000);
    expect(line).toContain(`${death.time}  civil-registration.death.registered.v1  ${death.id}`);
    expect(line).toContain('residentId="110***********002X"');
    const printed = stdout.join('');
    expect(printed).not.toContain(SAMPLE_RESIDENT_IDS.elderWoman);
    expect(printed).not.toContain('张秀英');
    // The enrollment event was published first on the same channel: had it matched, it would be printed already.
    expect(printed).not.toContain(other.id);

    tail.kill('SIGINT');
    await expect(exited).resolves.toBe(0);
    expect(queues()).toEqual([]);
  });
});
