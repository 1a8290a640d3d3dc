import { execFileSync } from 'node:child_process';
import { ensureRunId, testAmqpUrl, testVhost } from './test-env';

// One vhost per run keeps exchanges and queues of different runs apart. rabbitmqctl talks to the
// local node, which is where the integration tests run.
export default async function globalSetup(): Promise<void> {
  const runId = ensureRunId();
  const vhost = testVhost(runId);
  execFileSync('rabbitmqctl', ['add_vhost', vhost], { stdio: 'ignore' });
  execFileSync('rabbitmqctl', ['set_permissions', '-p', vhost, 'guest', '.*', '.*', '.*'], { stdio: 'ignore' });
  process.env.AMQP_URL = testAmqpUrl(runId);
}
