// The events of civil registration's smaller work (DOMAIN §6): certificate ceremonies for the
// year's newly-weds, premarital counselling, mediation of divorce applications, place names, and
// the places in public-welfare cemeteries and ash halls where the year's ashes are laid.

/** A ceremony (颁证仪式) for couples married in the year, by their marriage events' keys. */
export interface CeremonyEvent {
  kind: 'ceremony';
  key: string;
  ceremonyKind: 'GROUP' | 'OTHER';
  theme: string;
  marriageKeys: string[];
  officeNo: number;
}

/** A couple counselled (婚前辅导) before their marriage. */
export interface CounsellingEvent {
  kind: 'counselling';
  key: string;
  partyResidentIds: [string, string];
  officeNo: number;
  counsellor: string;
}

/** A couple of an open divorce application mediated (离婚调解), by the application's key. */
export interface MediationEvent {
  kind: 'mediation';
  key: string;
  divorceKey: string;
  officeNo: number;
  counsellor: string;
  outcome: 'RECONCILED' | 'PROCEEDING' | 'UNDECIDED';
}

/** A place name named (命名) or a rural name collected (乡村地名采集). */
export interface PlaceNameEvent {
  kind: 'place-name';
  key: string;
  placeKind: 'NAMING' | 'RURAL_COLLECTION';
  name: string;
  category: 'ROAD' | 'STREET' | 'RESIDENTIAL_AREA' | 'PARK' | 'BRIDGE' | 'NATURAL_VILLAGE' | 'MOUNTAIN' | 'WATER' | 'OTHER';
  regionCode: string;
  origin: string;
}

/** Day 1: the rows of plots or niches a cemetery opens for the year (up to 500 places a request), recorded by the admin. */
export interface CemeteryPlacesEvent {
  kind: 'cemetery-places';
  key: string;
  /** The cemetery's code (reference data or the registers). */
  cemeteryCode: string;
  placeKind: 'PLOT' | 'NICHE';
  codes: string[];
}

/** The ashes of a deceased of the year laid in a plot or niche (骨灰安葬/安放), recorded by the clerk. */
export interface AshPlacementEvent {
  kind: 'ash-placement';
  key: string;
  /** The death event of the deceased, and who they were (the death record is found by them). */
  deathKey: string;
  residentId: string;
  cemeteryCode: string;
  placeKind: 'PLOT' | 'NICHE';
  placeCode: string;
}

export type RegistrationServiceEvent = CeremonyEvent | CounsellingEvent | MediationEvent | PlaceNameEvent | CemeteryPlacesEvent | AshPlacementEvent;

/** After the marriages, divorce applications and deaths of the day, which they name; a cemetery's places before the ashes laid in them. */
export const REGISTRATION_SERVICE_KIND_ORDER = ['ceremony', 'counselling', 'mediation', 'place-name', 'cemetery-places', 'ash-placement'] as const satisfies ReadonlyArray<RegistrationServiceEvent['kind']>;
