// Lifetimes in configuration read as people write them: '5m', '90s', '2h' or plain seconds.

const DURATION = /^(\d+)\s*([smh]?)$/;
const SECONDS_PER_UNIT: Record<string, number> = { '': 1, s: 1, m: 60, h: 3600 };

/** Seconds of '5m', '300s', '2h' or '300'; a RangeError naming `what` for anything else or zero. */
export function parseDurationSeconds(text: string, what: string): number {
  const match = DURATION.exec(text.trim());
  const seconds = match ? Number(match[1]) * SECONDS_PER_UNIT[match[2]] : NaN;
  if (!Number.isSafeInteger(seconds) || seconds <= 0) {
    throw new RangeError(`${what} must be a positive duration such as 300s, 5m or 1h, got "${text}"`);
  }
  return seconds;
}
