// People of the synthetic population: names, birth dates for an age, unique valid resident IDs,
// and the city's geography (counties, townships, villages). Pure given the Random.
import { residentIdCheckChar } from '../../libs/common/src/resident-id/resident-id';
import type { PopulationProfile } from './profile';
import type { Random } from './prng';

export interface Person {
  residentId: string;
  name: string;
  birthDate: string;
  sex: 'M' | 'F';
  /** 9-digit township of residence. */
  townshipCode: string;
}

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '高', '林', '罗', '郑', '梁', '谢', '宋', '唐'];
const GIVEN = ['秀', '英', '华', '明', '国', '建', '文', '玉', '兰', '芳', '军', '平', '志', '红', '丽', '海', '春', '梅', '强', '伟', '敏', '静', '霞', '德', '福', '桂', '珍', '宏', '佳', '晓'];
const COUNTY_SUFFIXES = ['01', '02', '05', '06', '07', '08', '09'];
export const pad = (n: number, width: number): string => String(n).padStart(width, '0');

function iso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A birth date giving exactly `age` on `asOf`. */
export function birthDateForAge(random: Random, asOf: string, age: number): string {
  const [y, m, d] = asOf.split('-').map(Number);
  const anniversary = new Date(Date.UTC(y - age, m - 1, m === 2 && d === 29 ? 28 : d));
  return iso(new Date(anniversary.getTime() - random.int(0, 364) * 86_400_000));
}

export function daysBefore(date: string, days: number): string {
  return iso(new Date(Date.parse(`${date}T00:00:00Z`) - days * 86_400_000));
}

/** Ages drawn by weight within [min, max]. */
function ageSampler(min: number, max: number, weight: (age: number) => number): (random: Random) => number {
  const ages = Array.from({ length: max - min + 1 }, (_v, i) => min + i);
  const cumulative: number[] = [];
  let sum = 0;
  for (const age of ages) cumulative.push((sum += weight(age)));
  return (random) => {
    const x = random.next() * sum;
    return ages[cumulative.findIndex((c) => x < c)] ?? max;
  };
}
export const AGE_60_79 = ageSampler(60, 79, (a) => 1 - (a - 60) * 0.03);
export const AGE_80_99 = ageSampler(80, 99, (a) => Math.exp(-(a - 80) / 5));
export const AGE_100_PLUS = ageSampler(100, 106, (a) => Math.exp(-(a - 100) / 1.5));

export interface Geography {
  counties: string[];
  townships: string[];
  villages: string[];
}

export function geography(city: number, profile: PopulationProfile): Geography {
  const counties = COUNTY_SUFFIXES.map((s) => `11${pad(city, 2)}${s}`);
  const townships = Array.from({ length: profile.townships }, (_v, i) => `${counties[i % counties.length]}${pad(Math.floor(i / counties.length) + 1, 3)}`);
  const villages = Array.from({ length: profile.villages }, (_v, i) => `${townships[i % townships.length]}${pad(Math.floor(i / townships.length) + 1, 3)}`);
  return { counties, townships, villages };
}

export class PersonFactory {
  private readonly used = new Set<string>();
  constructor(
    private readonly random: Random,
    private readonly asOf: string,
  ) {}

  /** IDs given out elsewhere (the population this factory adds to), never to be given again. */
  reserve(ids: Iterable<string>): this {
    for (const id of ids) this.used.add(id);
    return this;
  }

  name(): string {
    const r = this.random;
    return r.pick(SURNAMES) + r.pick(GIVEN) + (r.chance(0.7) ? r.pick(GIVEN) : '');
  }

  /** A unique valid resident ID: county of issue, birth date, a sequence whose parity is the sex. */
  residentId(county: string, birthDate: string, sex: 'M' | 'F'): string {
    const stem = `${county}${birthDate.replaceAll('-', '')}`;
    for (let attempt = 0; attempt < 2000; attempt++) {
      const sequence = attempt < 20 ? this.random.int(0, 499) * 2 + (sex === 'M' ? 1 : 0) : ((attempt - 20) * 2 + (sex === 'M' ? 1 : 0)) % 1000;
      const first17 = `${stem}${pad(sequence, 3)}`;
      const id = first17 + residentIdCheckChar(first17);
      if (!this.used.has(id)) {
        this.used.add(id);
        return id;
      }
    }
    throw new Error(`no free resident ID left for ${stem}`);
  }

  person(geo: Geography, age: number, sex: 'M' | 'F' = this.random.chance(0.5) ? 'M' : 'F', birthDate = birthDateForAge(this.random, this.asOf, age)): Person {
    const townshipCode = this.random.pick(geo.townships);
    return { residentId: this.residentId(townshipCode.slice(0, 6), birthDate, sex), name: this.name(), birthDate, sex, townshipCode };
  }
}
