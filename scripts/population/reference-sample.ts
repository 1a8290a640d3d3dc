// What the reference data (seeds/reference, loaded by `npm start`) already holds of a city's
// registers: its sample of community facilities, its cemeteries and ash halls, and its
// institutions. The generated registers add the rest, so that the city's registers are the
// summary's figures once both are loaded. A record belongs to the city its division code is in.
import cemeteriesFile from '../../seeds/reference/cemeteries.json';
import facilitiesFile from '../../seeds/reference/facilities.json';
import institutionsFile from '../../seeds/reference/institutions.json';
import { pad } from './people';

export interface SampleFacility {
  code: string;
  facilityType: string;
  divisionCode: string;
}
export interface SampleCemetery {
  code: string;
  kind: string;
  divisionCode: string;
  plotCapacity: number;
  nicheCapacity: number;
}
export interface SampleInstitution {
  code: string;
  institutionName: string;
  divisionCode: string;
  bedCount: number;
}

export interface ReferenceSample {
  facilities: readonly SampleFacility[];
  cemeteries: readonly SampleCemetery[];
  institutions: readonly SampleInstitution[];
}

export const REFERENCE_SAMPLE: ReferenceSample = {
  facilities: facilitiesFile.facilities,
  cemeteries: cemeteriesFile.cemeteries,
  institutions: institutionsFile.institutions,
};

/** The division prefix of city `city` (1-based) of the synthetic geography: 1101, 1102, ... */
export function cityPrefix(city: number): string {
  return `11${pad(city, 2)}`;
}

/** The part of the sample in city `city`. */
export function sampleOfCity(sample: ReferenceSample, city: number): ReferenceSample {
  const inCity = (r: { divisionCode: string }): boolean => r.divisionCode.startsWith(cityPrefix(city));
  return { facilities: sample.facilities.filter(inCity), cemeteries: sample.cemeteries.filter(inCity), institutions: sample.institutions.filter(inCity) };
}
