// The acceptance scan for personal data: an 18-character resident ID in clear, in a response body
// or a log line. Responses are collected as the tests make them; log lines are whatever the
// services in this process write to stdout/stderr (JsonLogger writes one JSON object per line).

/** An unmasked GB 11643 resident ID (17 digits and a digit or X). */
export const UNMASKED_ID = /\b\d{17}[\dXx]\b/;

export interface Seen {
  where: string;
  text: string;
}

/** Response bodies seen by the tests, labelled with the call that produced them. */
export class ResponseLog {
  readonly seen: Seen[] = [];

  add(where: string, text: string | undefined): void {
    if (text) this.seen.push({ where, text });
  }

  /** Each response holding an unmasked ID, with the match in context. */
  leaks(): string[] {
    return leaksIn(this.seen);
  }
}

/** One entry per place (call or log line) holding an unmasked ID, with the match in context. */
export function leaksIn(seen: readonly Seen[]): string[] {
  const out = new Map<string, string>();
  for (const { where, text } of seen) {
    const m = UNMASKED_ID.exec(text);
    if (m && !out.has(where)) out.set(where, `${where}: …${text.slice(Math.max(0, m.index - 100), m.index + 30)}…`);
  }
  return [...out.values()];
}

/**
 * Tees process.stdout and process.stderr into a buffer from `start()` to `stop()`: the JSON
 * logger of an in-process service writes to process.stdout, Nest's fallbacks to stderr.
 */
export class OutputCapture {
  private chunks: string[] = [];
  private restore?: () => void;

  start(): void {
    const out = process.stdout.write.bind(process.stdout);
    const err = process.stderr.write.bind(process.stderr);
    const tee =
      (original: typeof out) =>
      (chunk: unknown, ...rest: unknown[]): boolean => {
        this.chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8'));
        return (original as (...a: unknown[]) => boolean)(chunk, ...rest);
      };
    process.stdout.write = tee(out) as typeof process.stdout.write;
    process.stderr.write = tee(err) as typeof process.stderr.write;
    this.restore = () => {
      process.stdout.write = out;
      process.stderr.write = err;
    };
  }

  stop(): void {
    this.restore?.();
    this.restore = undefined;
  }

  lines(): string[] {
    return this.chunks.join('').split('\n').filter((l) => l.trim() !== '');
  }

  /** Lines that are JSON log entries (what JsonLogger writes). */
  logEntries(): Array<Record<string, unknown>> {
    return this.lines().flatMap((l) => {
      try {
        const parsed = JSON.parse(l) as unknown;
        return parsed && typeof parsed === 'object' && 'level' in parsed ? [parsed as Record<string, unknown>] : [];
      } catch {
        return [];
      }
    });
  }
}
