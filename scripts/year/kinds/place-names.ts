// Place names (地名, DOMAIN §6): the year's naming records (命名) of new roads, streets, residential
// areas, parks and bridges in a county, and the rural place names (乡村地名采集) of natural
// villages, hills and streams collected village by village from March to November. Each name is
// made of two characters and an ending that says what it names, different for every record of a
// city, so that no two are the same in a division (the service refuses a duplicate).
import { geography } from '../../population/people';
import { problemCode } from '../api';
import type { DriveContext, PlanContext } from '../context';
import type { PlaceNameEvent } from '../events-registration';
import { DONE, PRESENT, refused, type Outcome } from '../tally';
import { splitEvenly } from './volunteers';

type Planned<E> = { day: number; event: E };

const FIRST = Array.from('东西南北青红白金银石松柏桃杏梨枣柳槐杨榆兴隆福安宁康泰和平顺丰广永长新太');
const SECOND = Array.from('山水河泉溪林园坡台湖岗塘峪洼岭坪川源峰庄营堡店寨湾滩坎屯坝桥沟涧');

const NAMED: ReadonlyArray<{ ending: string; category: PlaceNameEvent['category'] }> = [
  { ending: '路', category: 'ROAD' },
  { ending: '大街', category: 'STREET' },
  { ending: '家园', category: 'RESIDENTIAL_AREA' },
  { ending: '公园', category: 'PARK' },
  { ending: '大桥', category: 'BRIDGE' },
];
const COLLECTED: ReadonlyArray<{ ending: string; category: PlaceNameEvent['category']; origin: string }> = [
  { ending: '村', category: 'NATURAL_VILLAGE', origin: '自然村，村民世代居住于此，因地形得名。' },
  { ending: '庄', category: 'NATURAL_VILLAGE', origin: '自然村，以最早定居的家族得名。' },
  { ending: '屯', category: 'NATURAL_VILLAGE', origin: '自然村，明代屯田旧址。' },
  { ending: '山', category: 'MOUNTAIN', origin: '村后山丘，以山形得名。' },
  { ending: '岭', category: 'MOUNTAIN', origin: '山岭，村民上山的必经之路。' },
  { ending: '河', category: 'WATER', origin: '流经村南的小河。' },
  { ending: '泉', category: 'WATER', origin: '常年不涸的泉眼。' },
  { ending: '渠', category: 'WATER', origin: '上世纪修建的灌溉渠。' },
  { ending: '石桥', category: 'BRIDGE', origin: '村口的老石桥。' },
  { ending: '场', category: 'OTHER', origin: '旧时的打谷场。' },
];

/** The i-th name of the endings: two characters then the ending, a different name for every i below the endings × 36 × 32. */
export function placeName(i: number, endings: ReadonlyArray<{ ending: string }>): { name: string; of: number } {
  const pairs = FIRST.length * SECOND.length;
  const of = Math.floor(i / pairs) % endings.length;
  const pair = i % pairs;
  return { name: FIRST[pair % FIRST.length] + SECOND[Math.floor(pair / FIRST.length)] + endings[of].ending, of };
}

const daysOfMonths = (ctx: PlanContext, from: string, to: string): number[] => ctx.days.flatMap((d, i) => (d.slice(5, 7) >= from && d.slice(5, 7) <= to ? [i] : []));

export function planPlaceNames(ctx: PlanContext): Array<Planned<PlaceNameEvent>> {
  const random = ctx.random('place-name');
  const v = ctx.profile.volumes;
  const cities = ctx.profile.population.cities;
  const pairs = FIRST.length * SECOND.length;
  const campaign = daysOfMonths(ctx, '03', '11');
  const planned: Array<Planned<PlaceNameEvent>> = [];
  // Names differ within a city, whose counties and villages are its own: a province's ten cities may repeat them.
  const perCity = (total: number, endings: ReadonlyArray<{ ending: string }>, each: (city: number, name: string, of: number, i: number) => void): void => {
    let i = 0;
    splitEvenly(total, cities).forEach((n, c) => {
      if (n > pairs * endings.length) throw new Error(`${n} place names in a city are more than the name maker has`);
      const order = random.shuffle(Array.from({ length: pairs * endings.length }, (_v, k) => k)).slice(0, n);
      for (const k of order) {
        const { name, of } = placeName(k, endings);
        each(c + 1, name, of, i++);
      }
    });
  };
  perCity(v.placeNamesNamed.n, NAMED, (city, name, of, i) => {
    const regionCode = random.pick(geography(city, ctx.profile.population).counties);
    const event: PlaceNameEvent = { kind: 'place-name', key: `place-name:named-${i}`, placeKind: 'NAMING', name, category: NAMED[of].category, regionCode, origin: '新建道路、街巷、住宅区和桥梁按规划命名，经区政府批准公布。' };
    planned.push({ day: random.int(1, ctx.days.length - 1), event });
  });
  perCity(v.placeNamesCollected.n, COLLECTED, (city, name, of, i) => {
    const regionCode = random.pick(geography(city, ctx.profile.population).villages);
    const event: PlaceNameEvent = { kind: 'place-name', key: `place-name:collected-${i}`, placeKind: 'RURAL_COLLECTION', name, category: COLLECTED[of].category, regionCode, origin: COLLECTED[of].origin };
    planned.push({ day: random.pick(campaign), event });
  });
  return planned;
}

/** A name recorded before in the division (a day driven again) is refused as a duplicate: already there. */
export async function drivePlaceName(event: PlaceNameEvent, ctx: DriveContext): Promise<Outcome> {
  const res = await ctx.api.call('civil-registration', 'POST', '/api/v1/place-names', 'clerk', { kind: event.placeKind, name: event.name, category: event.category, regionCode: event.regionCode, origin: event.origin });
  if (res.status === 201) return DONE;
  if (problemCode(res) === 'PLACE_NAME.DUPLICATE') return PRESENT;
  return refused(problemCode(res), res.text);
}
