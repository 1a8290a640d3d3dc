// One e2e file's platform, apart from the other files of the run. The console stack and
// test/system's Platform name their databases and Redis keys after TEST_RUN_ID and use the run's
// RabbitMQ vhost, so two files of one run would share them: the second console would find the
// first one's users (and its admin password), the services the first file's records and queued
// events. This gives the calling file its own vhost (isolateBroker) and a run id of its own under
// the run's, whose databases and vhost the global teardown removes with the run's; the file's Redis
// keys are removed when it ends.
import { deleteRedisKeys } from '../../support/global-teardown';
import { ensureRunId, isolateBroker, releaseBroker, testRedisPrefix } from '../../support/test-env';

/** Call before starting the stack; await what it returns after stopping it. */
export function isolateFile(purpose: string): () => Promise<void> {
  const runId = ensureRunId();
  const previous = { TEST_RUN_ID: process.env.TEST_RUN_ID, AMQP_URL: process.env.AMQP_URL };
  const broker = `e2e-${purpose}`;
  isolateBroker(broker, runId);
  process.env.TEST_RUN_ID = `${runId}_${purpose}`;
  return async () => {
    await deleteRedisKeys(`${testRedisPrefix()}*`);
    releaseBroker(broker, runId);
    process.env.TEST_RUN_ID = previous.TEST_RUN_ID;
    if (previous.AMQP_URL === undefined) delete process.env.AMQP_URL;
    else process.env.AMQP_URL = previous.AMQP_URL;
  };
}
