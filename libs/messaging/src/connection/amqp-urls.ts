// A service may be given the nodes of a RabbitMQ cluster as a comma-separated AMQP_URL
// (`amqp://u@rabbit-1:5672/v,amqp://u@rabbit-2:5672/v,…`). One connection is open at a time;
// each (re)connect tries the nodes in turn, so a stopped node costs a refused socket, not an outage.
// A comma inside a URL (in a password, say) must be percent-encoded, as any reserved character.

/** The URLs of a comma-separated list, in order; refuses an empty list. */
export function amqpUrls(list: string): string[] {
  const urls = list
    .split(',')
    .map((url) => url.trim())
    .filter((url) => url.length > 0);
  if (urls.length === 0) throw new Error('AMQP_URL names no broker');
  return urls;
}

/**
 * The order in which an attempt tries `count` URLs: from `start`, wrapping round, each once.
 * After a connection is lost, the next attempt starts with the URL after the one it used, so a
 * node that just went away is tried last rather than first.
 */
export function connectionOrder(count: number, start: number): number[] {
  return Array.from({ length: count }, (_, i) => (start + i) % count);
}

/** `host:port` of a URL, for logs (never its credentials). */
export function brokerAddress(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || '5672'}`;
}
