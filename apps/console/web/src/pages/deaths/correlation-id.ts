// The X-Correlation-Id of a death report, drawn in the browser so that the cascade can be
// watched before the report is sent. crypto.getRandomValues works over plain HTTP too, where
// crypto.randomUUID does not (it needs a secure context). Pure but for the randomness.

/** A random (version 4) UUID. */
export function newCorrelationId(random: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array = (bytes) => crypto.getRandomValues(bytes)): string {
  const bytes = random(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
