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

export interface ReadLinesOptions {
  /** Refuse a body whose last line has no line break (TruncatedError): files that must arrive whole. */
  requireFinalLineBreak?: boolean;
}

/**
 * Each line without its \n or \r\n; the last line also when it has no line break. Throws
 * TooLargeError past `maxBytes` (characters, for chunks already decoded to text by decodeText).
 */
export async function* readLines(chunks: AsyncIterable<Buffer | string>, maxBytes: number, options: ReadLinesOptions = {}): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  let size = 0;
  let rest = '';
  for await (const chunk of chunks) {
    size += chunk.length;
    if (size > maxBytes) throw new TooLargeError(maxBytes);
    rest += typeof chunk === 'string' ? chunk : decoder.write(chunk);
    let start = 0;
    let end = rest.indexOf('\n');
    while (end >= 0) {
      yield rest.charCodeAt(end - 1) === 13 ? rest.slice(start, end - 1) : rest.slice(start, end);
      start = end + 1;
      end = rest.indexOf('\n', start);
    }
    rest = rest.slice(start);
  }
  rest += decoder.end();
  if (rest === '') return;
  if (options.requireFinalLineBreak) throw new TruncatedError();
  yield rest.replace(/\r$/, '');
}
