import { ensureRunId } from '../../support/test-env';

// The run's id names its databases, Redis keys, the cluster's vhost and temporary directory. The
// suite starts its own broker cluster (death-stream.cluster-spec.ts): no vhost on the local node.
export default async function globalSetup(): Promise<void> {
  ensureRunId();
}
