import { readLines, TooLargeError } from './lines';

async function collect(chunks: Array<Buffer | string>, max = 1_000): Promise<string[]> {
  const out: string[] = [];
  for await (const line of readLines((async function* () { yield* chunks; })(), max)) out.push(line);
  return out;
}

describe('readLines', () => {
  it('splits on LF and CRLF, keeps empty lines, yields a last line without a break', async () => {
    await expect(collect(['a\r\nb\n', '\nc'])).resolves.toEqual(['a', 'b', '', 'c']);
  });

  it('joins a line split across chunks, and a character split across chunks', async () => {
    const bytes = Buffer.from('王秀英\n李四\n');
    await expect(collect([bytes.subarray(0, 4), bytes.subarray(4, 11), bytes.subarray(11)])).resolves.toEqual(['王秀英', '李四']);
  });

  it('stops past the limit', async () => {
    await expect(collect(['12345\n', '67890\n'], 8)).rejects.toBeInstanceOf(TooLargeError);
  });
});
