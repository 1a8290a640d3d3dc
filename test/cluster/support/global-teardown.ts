import sharedTeardown from '../../support/global-teardown';
import { BrokerCluster } from './broker-cluster';

// The suite stops its nodes in afterAll; this is for a run that crashed before it: whatever
// cluster node of the run is still up is killed and its directory deleted, then the run's
// databases and Redis keys go as in every suite.
export default async function globalTeardown(): Promise<void> {
  const runId = process.env.TEST_RUN_ID;
  if (runId) BrokerCluster.cleanUpRun(runId);
  await sharedTeardown();
}
