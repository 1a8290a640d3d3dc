import iconv from 'iconv-lite';
import { decodeBankFile, encodeBankFile, textWidth, unwritableCharacter } from './bank-encoding.rule';

describe('widths in a fixed-width file', () => {
  it.each([
    ['ABC', 3, 3],
    ['王秀英', 6, 6],
    ['王A', 3, 3],
    ['€', 1, 2],
    ['𠀀', null, 2],
  ])('%s: %p bytes of GBK, %p columns of UTF-8', (text, gbk, utf8) => {
    expect(textWidth(text, 'GBK')).toBe(gbk);
    expect(textWidth(text, 'UTF-8')).toBe(utf8);
  });

  it('names the first character GBK cannot write', () => {
    expect(unwritableCharacter('王秀英', 'GBK')).toBeNull();
    expect(unwritableCharacter('王😀𠀀', 'GBK')).toBe('😀');
    expect(unwritableCharacter('王😀', 'UTF-8')).toBeNull();
  });
});

describe('the bytes of a bank file', () => {
  const text = 'D0000000000000017F000000010000E001账户已销户\r\n';

  it('writes GBK and reads it back', () => {
    const bytes = encodeBankFile(text, 'GBK');
    expect(bytes.equals(iconv.encode(text, 'gbk'))).toBe(true);
    expect(bytes.length).toBe(Buffer.byteLength(text, 'latin1') + 5); // five Chinese characters, two bytes each
    expect(decodeBankFile(bytes, 'GBK')).toBe(text);
  });

  it.each([
    ['', 'an empty text'],
    ['T00000001\r\n', 'ASCII only'],
    ['王秀英', 'Chinese only'],
    ['D1王秀英  0001\r\nD2欧阳娜娜0002\r\n', 'names between ASCII fields, line after line'],
    ['A€B·C—D', 'GBK\'s own punctuation and the euro sign'],
    ['名\u0000\u007f字', 'the edges of ASCII'],
    ['王😀A𠀀', 'characters GBK cannot write (the caller refuses them before; the bytes still agree)'],
  ])('writes the bytes iconv-lite writes: %p (%s)', (input) => {
    expect(encodeBankFile(input, 'GBK').equals(iconv.encode(input, 'gbk'))).toBe(true);
  });

  it('writes a month-sized file as iconv-lite does', () => {
    const names = ['张三', '李四光', '欧阳娜娜', '幸福食堂12', '東'];
    const file = Array.from({ length: 5_000 }, (_, i) => `D${String(i).padStart(8, '0')}6217000000000${i}${names[i % names.length]}${' '.repeat(i % 7)}00012345`).join('\r\n');
    expect(encodeBankFile(file, 'GBK').equals(iconv.encode(file, 'gbk'))).toBe(true);
  });

  it('writes and reads UTF-8', () => {
    expect(decodeBankFile(encodeBankFile(text, 'UTF-8'), 'UTF-8')).toBe(text);
  });

  it('reads an ASCII file in either encoding', () => {
    expect(decodeBankFile(Buffer.from('T00000001', 'latin1'), 'GBK')).toBe('T00000001');
  });

  it.each([
    ['UTF-8 text read as GBK, an even number of Chinese characters (it would decode into other characters)', Buffer.from('张三 账户已销户', 'utf8')],
    ['UTF-8 text read as GBK, an odd number', Buffer.from('账户已销户', 'utf8')],
    ['a byte GBK does not have', Buffer.from([0x44, 0xff, 0x41])],
    ['a lead byte without its second', Buffer.from([0x44, 0xcd])],
  ])('refuses %s', (_what, bytes) => {
    expect(decodeBankFile(bytes, 'GBK')).toBeNull();
  });

  it('refuses GBK text read as UTF-8', () => {
    expect(decodeBankFile(iconv.encode('账户已销户', 'gbk'), 'UTF-8')).toBeNull();
  });
});
