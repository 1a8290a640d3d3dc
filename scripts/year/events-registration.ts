// The events of civil registration's smaller work (DOMAIN §6): certificate ceremonies for the
// year's newly-weds, premarital counselling, mediation of divorce applications, place names.

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

export type RegistrationServiceEvent = CeremonyEvent | CounsellingEvent | MediationEvent | PlaceNameEvent;

/** After the marriages and divorce applications of the day, which they name. */
export const REGISTRATION_SERVICE_KIND_ORDER = ['ceremony', 'counselling', 'mediation', 'place-name'] as const satisfies ReadonlyArray<RegistrationServiceEvent['kind']>;
