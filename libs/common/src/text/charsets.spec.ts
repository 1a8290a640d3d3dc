import { encode } from 'iconv-lite';
import { decodeBlock, decodeText, declaredCharset, InvalidEncodingError } from './charsets';
import { LineSplitter } from './lines';

async function text(chunks: Buffer[], charset: 'UTF-8' | 'GBK'): Promise<string> {
  let out = '';
  for await (const piece of decodeText((async function* () { yield* chunks; })(), charset)) out += piece;
  return out;
}

describe('declaredCharset', () => {
  it.each([
    ['text/csv', 'UTF-8'],
    ['text/csv; charset=utf-8', 'UTF-8'],
    ['text/csv;charset=GBK', 'GBK'],
    ['application/x-ndjson; charset="gb18030"', 'GBK'],
    ['text/csv; charset=GB2312', 'GBK'],
  ])('%s → %s', (contentType, charset) => {
    expect(declaredCharset(contentType)).toBe(charset);
  });

  it('is null for a charset the platform does not read', () => {
    expect(declaredCharset('text/csv; charset=big5')).toBeNull();
  });
});

describe('decodeText', () => {
  it('reads GBK, also with a character split between two chunks', async () => {
    const bytes = encode('王秀英,死亡\n', 'gbk');
    await expect(text([bytes.subarray(0, 3), bytes.subarray(3)], 'GBK')).resolves.toBe('王秀英,死亡\n');
  });

  it('refuses GBK bytes read as UTF-8', async () => {
    await expect(text([encode('王秀英\n', 'gbk')], 'UTF-8')).rejects.toBeInstanceOf(InvalidEncodingError);
  });

  it('drops a UTF-8 byte order mark', async () => {
    await expect(text([Buffer.from('\uFEFFa,b\n')], 'UTF-8')).resolves.toBe('a,b\n');
  });
});

describe('LineSplitter', () => {
  it('gives the lines each piece completes, and what is left at the end', () => {
    const splitter = new LineSplitter();
    expect(splitter.push('a\r\nb')).toEqual(['a']);
    expect(splitter.push('c\n\nd')).toEqual(['bc', '']);
    expect(splitter.end()).toBe('d');
    expect(splitter.end()).toBeNull();
  });
});

describe('decodeBlock', () => {
  it('drops the byte order mark at the start of the file only', () => {
    const withMark = Buffer.from('\uFEFFa,b\n');
    expect(decodeBlock(withMark, 'UTF-8', true)).toBe('a,b\n');
    expect(decodeBlock(withMark, 'UTF-8', false)).toBe('\uFEFFa,b\n');
  });

  it('reads GBK and refuses bytes the charset does not allow', () => {
    expect(decodeBlock(Buffer.from([0xcd, 0xf5, 0x0a]), 'GBK', false)).toBe('王\n');
    expect(() => decodeBlock(Buffer.from([0xcd, 0xf5, 0x0a]), 'UTF-8', false)).toThrow(InvalidEncodingError);
  });
});
