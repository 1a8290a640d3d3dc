// Where a backend-for-frontend request goes: /api/svc/<service><rest> -> <service base URL><rest>.
// Pure: the service directory is a parameter.

export type ForwardTarget = { url: string } | { problem: 'UNKNOWN_SERVICE' | 'OUTSIDE_SERVICE' };

/**
 * The URL of the service request behind `originalUrl` (path and query as the browser sent them),
 * e.g. `/api/svc/social-assistance/api/v1/households?q=1` -> `http://127.0.0.1:3002/api/v1/households?q=1`.
 * The rest is appended to the base as text, never resolved against it, so `//host` or `..` cannot
 * point the request at another host or above the service's base path.
 */
export function forwardTarget(services: Readonly<Record<string, string>>, service: string, originalUrl: string): ForwardTarget {
  if (!Object.hasOwn(services, service)) return { problem: 'UNKNOWN_SERVICE' };
  const base = new URL(services[service]);
  const prefix = `/api/svc/${service}`;
  if (!originalUrl.startsWith(prefix)) return { problem: 'OUTSIDE_SERVICE' };
  let rest = originalUrl.slice(prefix.length);
  if (!rest.startsWith('/')) rest = `/${rest}`;
  const basePath = base.pathname.replace(/\/+$/, '');
  const target = new URL(`${base.origin}${basePath}${rest}`);
  if (target.origin !== base.origin || !target.pathname.startsWith(`${basePath}/`)) return { problem: 'OUTSIDE_SERVICE' };
  return { url: target.toString() };
}
