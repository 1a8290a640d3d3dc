import { countLineBreaks, LineBlockCutter, type LineBlock } from './line-blocks';

const text = (block: LineBlock | null) => (block ? Buffer.from(block.bytes).toString('utf8') : null);

describe('countLineBreaks', () => {
  it.each([
    ['', 0],
    ['no break', 0],
    ['a\nb\n', 2],
    ['\n\n\n', 3],
    ['王\r\n李\n', 2],
  ])('counts the breaks of %j', (input, count) => {
    expect(countLineBreaks(Buffer.from(input))).toBe(count);
  });

  it('counts within a view of a larger buffer only', () => {
    const whole = Buffer.from('a\nb\nc\nd\n');
    expect(countLineBreaks(whole.subarray(2, 6))).toBe(2);
  });
});

describe('LineBlockCutter', () => {
  it('gathers chunks until a block is full and cuts at the last line break', () => {
    const cutter = new LineBlockCutter(8);
    expect(cutter.push(Buffer.from('abc\nde'))).toBeNull();
    const first = cutter.push(Buffer.from('f\ngh'));
    expect(text(first)).toBe('abc\ndef\n');
    expect(first).toMatchObject({ firstLine: 1, lines: 2 });
    const second = cutter.push(Buffer.from('i\njkl\nmn'));
    expect(text(second)).toBe('ghi\njkl\n');
    expect(second).toMatchObject({ firstLine: 3, lines: 2 });
    expect(cutter.end()).toEqual({ block: null, bytesAfterLastLine: 2 });
  });

  it('gives the last lines at the end, and nothing after a final line break', () => {
    const cutter = new LineBlockCutter(1024);
    expect(cutter.push(Buffer.from('a\nb\n'))).toBeNull();
    const { block, bytesAfterLastLine } = cutter.end();
    expect(text(block)).toBe('a\nb\n');
    expect(block).toMatchObject({ firstLine: 1, lines: 2 });
    expect(bytesAfterLastLine).toBe(0);
  });

  it('keeps a line longer than a block whole, in a longer block', () => {
    const cutter = new LineBlockCutter(4);
    expect(cutter.push(Buffer.from('abcdef'))).toBeNull();
    expect(text(cutter.push(Buffer.from('gh\nij')))).toBe('abcdefgh\n');
    expect(cutter.end()).toEqual({ block: null, bytesAfterLastLine: 2 });
  });

  it('never splits a character: GBK and UTF-8 bytes stay in their line', () => {
    const gbk = Buffer.from([0xcd, 0xf5, 0x0a, 0xc0, 0xee, 0x0a]); // 王\n李\n in GBK
    const cutter = new LineBlockCutter(4);
    expect(Buffer.from(cutter.push(gbk)!.bytes)).toEqual(gbk);
  });

  it('hands out blocks that own their bytes', () => {
    const chunk = Buffer.from('ab\ncd\n');
    const block = new LineBlockCutter(2).push(chunk)!;
    chunk.fill(0);
    expect(Buffer.from(block.bytes).toString()).toBe('ab\ncd\n');
  });
});
