import { copyRow, copyText } from './copy-text';

describe('copyText', () => {
  it.each([
    [null, '\\N'],
    [42, '42'],
    ['王秀英', '王秀英'],
    ['a\\b', 'a\\\\b'],
    ['tab\there', 'tab\\there'],
    ['two\nlines\r', 'two\\nlines\\r'],
  ])('writes %j as %j', (value, text) => {
    expect(copyText(value)).toBe(text);
  });
});

describe('copyRow', () => {
  it('separates the values by tabs and ends the row with a line break', () => {
    expect(copyRow(['a', null, 7, 'x\ty'])).toBe('a\t\\N\t7\tx\\ty\n');
  });
});
