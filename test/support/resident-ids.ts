const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

/** A valid GB 11643 resident ID for test data: region, birth date YYYYMMDD, 3-digit sequence. */
export function residentId(region: string, birth: string, sequence: number): string {
  const first17 = `${region}${birth}${String(sequence % 1000).padStart(3, '0')}`;
  const sum = [...first17].reduce((acc, d, i) => acc + Number(d) * WEIGHTS[i], 0);
  return first17 + CHECK[sum % 11];
}

/** The n-th of a stream of distinct valid IDs (for bulk tests). */
export function nthResidentId(n: number): string {
  const day = 1 + (Math.floor(n / 1000) % 28);
  const month = 1 + (Math.floor(n / 28_000) % 12);
  const year = 1930 + (Math.floor(n / 336_000) % 60);
  return residentId('110105', `${year}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}`, n % 1000);
}
