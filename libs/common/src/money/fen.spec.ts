import { assertFen, fenToYuanString, isFen, multiplyFen, roundHalfUpToFen, sumFen, yuanToFen } from './fen';

describe('assertFen', () => {
  it.each([0, 73500, -73500, Number.MAX_SAFE_INTEGER])('accepts %p', (n) => {
    expect(assertFen(n)).toBe(n);
    expect(isFen(n)).toBe(true);
  });

  it.each([0.5, NaN, Infinity, -Infinity, Number.MAX_SAFE_INTEGER + 1])('rejects %p', (n) => {
    expect(() => assertFen(n)).toThrow(RangeError);
    expect(isFen(n)).toBe(false);
  });
});

describe('yuanToFen', () => {
  it.each<[number | string, number]>([
    ['735.50', 73550],
    ['735.5', 73550],
    ['735', 73500],
    ['0.01', 1],
    ['-0.05', -5],
    ['+12.30', 1230],
    ['728.000', 72800],
    ['4.35', 435], // 4.35 * 100 === 434.99999999999994 in floats
    [735.5, 73550],
    [4.35, 435],
    [0.07, 7],
    [1e3, 100000],
  ])('%p -> %i', (yuan, fen) => {
    expect(yuanToFen(yuan)).toBe(fen);
  });

  it.each<[number | string]>([['735.505'], ['abc'], [''], ['1,000'], ['.5'], ['735.'], [' 735'], [0.1 + 0.2], [NaN], [Infinity], ['1e20']])(
    'rejects %p',
    (yuan) => {
      expect(() => yuanToFen(yuan)).toThrow(RangeError);
    },
  );
});

describe('fenToYuanString', () => {
  it.each([
    [73500, '735.00'],
    [73550, '735.50'],
    [1, '0.01'],
    [0, '0.00'],
    [-5, '-0.05'],
    [-123456, '-1234.56'],
  ])('%i -> %s', (fen, yuan) => {
    expect(fenToYuanString(fen)).toBe(yuan);
  });

  it('rejects a fraction of a fen', () => {
    expect(() => fenToYuanString(1.5)).toThrow(RangeError);
  });
});

describe('roundHalfUpToFen', () => {
  it.each([
    [2.5, 3],
    [2.4999, 2],
    [2.5001, 3],
    [-2.5, -3],
    [-2.4, -2],
    [-0.2, 0],
    [0, 0],
    [1.005 * 100, 101], // 100.49999999999999 in floats, a half by intent
    [643100 / 12, 53592], // rural 低保 standard 6431 yuan/year as a monthly amount
    [72800 * 1.3, 94640],
  ])('%p -> %i', (amount, fen) => {
    expect(Object.is(roundHalfUpToFen(amount), fen)).toBe(true);
  });

  it.each([NaN, Infinity, 2 ** 60])('rejects %p', (amount) => {
    expect(() => roundHalfUpToFen(amount)).toThrow(RangeError);
  });
});

describe('multiplyFen', () => {
  it.each<[number, number | string, number]>([
    [73500, 1.3, 95550],
    [73500, '1.3', 95550],
    [72800, 1.3, 94640],
    [73500, 0.1, 7350],
    [5, 0.5, 3], // 2.5 -> 3
    [-5, 0.5, -3], // half away from zero
    [3, 0.5, 2], // 1.5 -> 2
    [1, 0.49, 0],
    [12345, 0.145, 1790], // 1790.025
    [100, 3, 300],
    [73500, 0, 0],
  ])('%i x %p -> %i', (fen, factor, expected) => {
    expect(multiplyFen(fen, factor)).toBe(expected);
  });

  it('rejects a fractional fen, a bad factor and an unsafe result', () => {
    expect(() => multiplyFen(1.5, 2)).toThrow(RangeError);
    expect(() => multiplyFen(100, 'x')).toThrow(RangeError);
    expect(() => multiplyFen(100, NaN)).toThrow(RangeError);
    expect(() => multiplyFen(Number.MAX_SAFE_INTEGER, 2)).toThrow(RangeError);
  });
});

describe('sumFen', () => {
  it('adds integers exactly', () => {
    expect(sumFen([73500, 73500, 7350, -100])).toBe(154250);
    expect(sumFen([])).toBe(0);
  });

  it('rejects a fraction and an overflow', () => {
    expect(() => sumFen([1, 0.5])).toThrow(RangeError);
    expect(() => sumFen([Number.MAX_SAFE_INTEGER, 1])).toThrow(RangeError);
  });
});
