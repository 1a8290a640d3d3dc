// Text files from other departments and banks come in UTF-8 or in GBK (GB 18030 is its superset,
// so GBK files are read with the GB 18030 decoder). A file that is not valid in the charset it
// declares is refused, never read with replacement characters: a name decoded wrongly would not
// match anyone and would go unnoticed.

export type Charset = 'UTF-8' | 'GBK';

export class InvalidEncodingError extends Error {
  constructor(readonly charset: Charset) {
    super(`the body is not valid ${charset}`);
    this.name = 'InvalidEncodingError';
  }
}

const ALIASES: Readonly<Record<string, Charset>> = {
  'utf-8': 'UTF-8',
  utf8: 'UTF-8',
  gbk: 'GBK',
  gb2312: 'GBK',
  gb18030: 'GBK',
  cp936: 'GBK',
};

/** The charset a Content-Type declares (UTF-8 when it declares none), or null for one we do not read. */
export function declaredCharset(contentType: string | undefined): Charset | null {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '');
  if (!match) return 'UTF-8';
  return ALIASES[match[1].toLowerCase()] ?? null;
}

const isInvalidData = (err: unknown): boolean => (err as { code?: string }).code === 'ERR_ENCODING_INVALID_ENCODED_DATA';

/**
 * One block of a file that ends at a line break, decoded whole: 0x0A is never part of a UTF-8 or
 * GB 18030 character, so blocks cut there decode as the whole file would. A byte order mark is
 * the file's only at its start (`fileStart`); elsewhere it is a character of the line.
 */
export function decodeBlock(bytes: Uint8Array, charset: Charset, fileStart: boolean): string {
  try {
    return new TextDecoder(charset === 'GBK' ? 'gb18030' : 'utf-8', { fatal: true, ignoreBOM: !fileStart }).decode(bytes);
  } catch (err) {
    if (isInvalidData(err)) throw new InvalidEncodingError(charset);
    throw err;
  }
}

/** The body's text as it streams in; throws InvalidEncodingError at the first byte sequence the charset does not allow. */
export async function* decodeText(chunks: AsyncIterable<Buffer>, charset: Charset): AsyncGenerator<string> {
  const decoder = new TextDecoder(charset === 'GBK' ? 'gb18030' : 'utf-8', { fatal: true, ignoreBOM: false });
  try {
    for await (const chunk of chunks) {
      const text = decoder.decode(chunk, { stream: true });
      if (text !== '') yield text;
    }
    const last = decoder.decode();
    if (last !== '') yield last;
  } catch (err) {
    // Node's decoder says so with this code (a TypeError, but of whichever realm loaded it).
    if (isInvalidData(err)) throw new InvalidEncodingError(charset);
    throw err;
  }
}
