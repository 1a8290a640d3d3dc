import { quoteDelimited, splitDelimited } from './delimited';

describe('splitDelimited', () => {
  it.each([
    ['a,b,c', ',', ['a', 'b', 'c']],
    [' a , b ,c ', ',', ['a', 'b', 'c']],
    ['"a,b",c', ',', ['a,b', 'c']],
    ['"say ""hi""",x', ',', ['say "hi"', 'x']],
    ['" padded ",x', ',', [' padded ', 'x']],
    ['a,,', ',', ['a', '', '']],
    ['', ',', ['']],
    ['a|b|"c|d"', '|', ['a', 'b', 'c|d']],
    ['a\tb', '\t', ['a', 'b']],
    ['张三明,6217001234561234', ',', ['张三明', '6217001234561234']],
  ])('%p split on %p -> %p', (line, delimiter, fields) => {
    expect(splitDelimited(line, delimiter)).toEqual(fields);
  });
});

describe('quoteDelimited', () => {
  it.each([
    ['plain', ',', 'plain'],
    ['a,b', ',', '"a,b"'],
    ['say "hi"', ',', '"say ""hi"""'],
    [' edge', ',', '" edge"'],
    ['a,b', '|', 'a,b'],
    ['a|b', '|', '"a|b"'],
  ])('%p with %p -> %p', (value, delimiter, written) => {
    expect(quoteDelimited(value, delimiter)).toBe(written);
  });

  it('is undone by splitDelimited', () => {
    const values = ['东城社区长者食堂', 'a,b', 'say "hi"', ' x ', '', '1,234.50'];
    expect(splitDelimited(values.map((v) => quoteDelimited(v)).join(','))).toEqual(values);
  });
});
