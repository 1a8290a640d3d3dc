// What the bench looks up: people of the synthetic city that `npm run seed -- --scale city` loaded
// (the same generator, seed and day, so the same people), picked at random but reproducibly.
import { mulberry32 } from '../../scripts/population/prng';
import { generatePopulation, type Population } from '../../scripts/population/generate';
import { profileFor } from '../../scripts/population/profile';

export interface Samples {
  residentIds: string[];
  /** Full names as a caseworker types them (三个字). */
  fullNames: string[];
  /** Two characters of a name: the surname and the first given character, or the given name alone. */
  partialNames: string[];
}

interface Named {
  residentId: string;
  name: string;
}

/** Everyone the seed put into a service, by where they live in the platform. */
function registers(population: Population): Named[][] {
  return [
    population.elders,
    population.households.flatMap((h) => h.members),
    population.children,
    population.diners,
  ];
}

export function pickSamples(count: number, seed = 2024, asOf = '2024-12-31'): Samples {
  const random = mulberry32(seed ^ 0x5eed);
  const groups = registers(generatePopulation(profileFor('city'), seed, asOf));
  const pick = (): Named => random.pick(random.pick(groups));
  const people = Array.from({ length: count }, pick);
  return {
    residentIds: people.map((p) => p.residentId),
    fullNames: people.map((p) => p.name),
    partialNames: people.map((p, i) => (i % 2 === 0 ? p.name.slice(0, 2) : p.name.slice(1))),
  };
}
