// `npm run reference:load`, and the `reference-data` job of docker-compose: waits until every
// service is ready, then loads the policy parameters and the reference records of seeds/reference
// through the services' own APIs (idempotent: what is there already is left alone). Service
// addresses from <SERVICE>_URL (CIVIL_REGISTRATION_URL, …), localhost ports by default; the seeds
// from SEEDS_ROOT (the directory holding seeds/), the working directory by default.
import { loadReferenceData, readReferenceData } from './load-reference-data';
import { loadReferenceRecords, RECORD_SEEDS } from './load-reference-records';

const DEFAULT_PORTS: Record<string, number> = {
  'civil-registration': 3001,
  'social-assistance': 3002,
  'elderly-care': 3003,
  'child-welfare': 3004,
  canteen: 3005,
  payments: 3006,
  'data-exchange': 3007,
};

/** Each service's base URL: <SERVICE>_URL, or localhost on its default port. */
export function serviceUrls(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  return Object.fromEntries(
    Object.entries(DEFAULT_PORTS).map(([service, port]) => [service, env[`${service.toUpperCase().replaceAll('-', '_')}_URL`] ?? `http://127.0.0.1:${port}`]),
  );
}

async function waitUntilReady(urls: Record<string, string>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (const [service, url] of Object.entries(urls)) {
    for (;;) {
      const ready = await fetch(`${url}/health/ready`).then((r) => r.ok, () => false);
      if (ready) break;
      if (Date.now() > deadline) throw new Error(`${service} (${url}) was not ready within ${timeoutMs / 1000} s`);
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
  }
}

async function main(): Promise<void> {
  const urls = serviceUrls();
  const root = process.env.SEEDS_ROOT ?? process.cwd();
  await waitUntilReady(urls, Number(process.env.READY_TIMEOUT_MS ?? 300_000));
  const loaded = await loadReferenceData(urls, readReferenceData(root));
  console.log(`reference data loaded: ${Object.entries(loaded).map(([service, n]) => `${service} +${n.added} (${n.present} present)`).join(', ')}`);
  const records = await loadReferenceRecords(urls, RECORD_SEEDS, root);
  console.log(`reference records loaded: ${Object.entries(records).map(([file, n]) => `${file} +${n.added} (${n.present} present)`).join(', ')}`);
}

if (require.main === module) {
  main().catch((err: Error) => {
    console.error(`loading reference data failed: ${err.message}`);
    process.exit(1);
  });
}
