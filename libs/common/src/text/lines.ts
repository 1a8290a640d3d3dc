// Lines of an upload as they stream in: a bulk import never holds the whole body in memory, and a
// character split between two network chunks is decoded whole (StringDecoder).
import { StringDecoder } from 'node:string_decoder';

export class TooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`the body is larger than ${maxBytes} bytes`);
    this.name = 'TooLargeError';
  }
}

/** The body stopped in the middle of a line: an upload cut off on the way. */
export class TruncatedError extends Error {
  constructor() {
    super('the last line has no line break: the file was cut off');
    this.name = 'TruncatedError';
  }
}

/**
 * Splits text into lines as it arrives, synchronously: a million-line file is handled chunk by
 * chunk without a promise per line. Lines come without their \n or \r\n.
 */
export class LineSplitter {
  private rest = '';

  /** The lines completed by this piece of text. */
  push(text: string): string[] {
    const rest = this.rest + text;
    const lines: string[] = [];
    let start = 0;
    let end = rest.indexOf('\n');
    while (end >= 0) {
      lines.push(rest.charCodeAt(end - 1) === 13 ? rest.slice(start, end - 1) : rest.slice(start, end));
      start = end + 1;
      end = rest.indexOf('\n', start);
    }
    this.rest = rest.slice(start);
    return lines;
  }

  /** What is left after the last line break (a last line without one), or null. */
  end(): string | null {
    const rest = this.rest;
    this.rest = '';
    return rest === '' ? null : rest.replace(/\r$/, '');
  }
}

/** Each line without its \n or \r\n; the last line also when it has no line break. Throws TooLargeError past `maxBytes`. */
export async function* readLines(chunks: AsyncIterable<Buffer | string>, maxBytes: number): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  const splitter = new LineSplitter();
  let size = 0;
  for await (const chunk of chunks) {
    size += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.length;
    if (size > maxBytes) throw new TooLargeError(maxBytes);
    yield* splitter.push(typeof chunk === 'string' ? chunk : decoder.write(chunk));
  }
  yield* splitter.push(decoder.end());
  const last = splitter.end();
  if (last !== null) yield last;
}
