// Lines of an upload as they stream in: a bulk import never holds the whole body in memory, and a
// character split between two network chunks is decoded whole (StringDecoder).
import { StringDecoder } from 'node:string_decoder';

export class TooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`the body is larger than ${maxBytes} bytes`);
    this.name = 'TooLargeError';
  }
}

/** Each line without its \n or \r\n; the last line also when it has no line break. Throws TooLargeError past `maxBytes`. */
export async function* readLines(chunks: AsyncIterable<Buffer | string>, maxBytes: number): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  let size = 0;
  let rest = '';
  for await (const chunk of chunks) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += buffer.length;
    if (size > maxBytes) throw new TooLargeError(maxBytes);
    rest += decoder.write(buffer);
    let end = rest.indexOf('\n');
    while (end >= 0) {
      yield rest.slice(0, end).replace(/\r$/, '');
      rest = rest.slice(end + 1);
      end = rest.indexOf('\n');
    }
  }
  rest += decoder.end();
  if (rest !== '') yield rest.replace(/\r$/, '');
}
