// The services the backend-for-frontend forwards to. Each has a base URL from <SERVICE>_URL
// (CIVIL_REGISTRATION_URL, ...) and a localhost default on its usual port (ARCHITECTURE §4).

export const SERVICE_DEFAULT_PORTS = {
  'civil-registration': 3001,
  'social-assistance': 3002,
  'elderly-care': 3003,
  'child-welfare': 3004,
  canteen: 3005,
  payments: 3006,
  'data-exchange': 3007,
} as const;

export type ServiceName = keyof typeof SERVICE_DEFAULT_PORTS;

/** 'social-assistance' -> 'SOCIAL_ASSISTANCE_URL' */
export function serviceUrlEnvName(service: string): string {
  return `${service.toUpperCase().replace(/-/g, '_')}_URL`;
}

function baseUrl(name: string, raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`Environment variable ${name} must be an http(s) URL, got "${raw}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`Environment variable ${name} must be an http(s) URL, got "${raw}"`);
  if (url.search || url.hash) throw new Error(`Environment variable ${name} must be a base URL without query or fragment, got "${raw}"`);
  // Without its trailing slash, so that the forwarded path is appended as it came.
  return url.toString().replace(/\/+$/, '');
}

/** Base URL by service name, without a trailing slash. */
export function serviceUrlsFromEnv(env: NodeJS.ProcessEnv): Record<string, string> {
  const urls: Record<string, string> = {};
  for (const [service, port] of Object.entries(SERVICE_DEFAULT_PORTS)) {
    const name = serviceUrlEnvName(service);
    const raw = env[name];
    urls[service] = baseUrl(name, raw === undefined || raw === '' ? `http://127.0.0.1:${port}` : raw);
  }
  return urls;
}
