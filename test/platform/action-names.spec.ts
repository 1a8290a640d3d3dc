// Actions are verbs (docs/development.md, "HTTP conventions", "Actions"): a state change on a record
// is `POST <record>/{id}/<verb>`, an imperative verb in kebab-case (`/approve`, `/withdraw`,
// `/approve-write-off`), so a caller reads every route the same way. Services had drifted into
// naming half of them as nouns (`/approval`, `/closure`, `/registration`), which reads like a
// sub-record and makes a reader guess which of the two a route is. After an id, a segment is a
// plural sub-collection, a verb from the vocabulary below, or a singular sub-record that the POST
// records, listed here with its reason.
import 'reflect-metadata';
import { allDocuments, type NamedDocument } from '../../scripts/openapi/documents';

/** The verbs an action may start with (`approve`, `approve-write-off`, `request-recovery`). A new verb goes here. */
export const ACTION_VERBS: readonly string[] = [
  'approve',
  'reject',
  'confirm',
  'close',
  'resolve',
  'release',
  'withdraw',
  'register',
  'suspend',
  'resume',
  'stop',
  'end',
  'leave',
  'cancel',
  'assign',
  'check-in',
  'check-out',
  'dispute',
  'dismiss',
  'escalate',
  'discharge',
  'request',
  'reset',
];

/**
 * Singular sub-records a POST or PUT records on its owner (one per owner, read back with it), not
 * actions: `service METHOD path` → why it is a record.
 */
export const SUB_RECORDS: Readonly<Record<string, string>> = {
  'civil-registration POST /api/v1/funeral-benefits/{id}/claimant': 'who receives the benefit (申领人), recorded on the benefit',
  'social-assistance POST /api/v1/dibao/applications/{id}/public-notice': 'the case’s 公示 with its investigation and dates, which objections are raised against',
  'social-assistance POST /api/v1/tekun/applications/{id}/school-status': 'the school status found at a 特困 youth’s re-check (in school or not)',
  'social-assistance POST /api/v1/temporary-relief/{id}/documentation': 'the documents of a grant paid first (先行救助), recorded once',
  'social-assistance POST /api/v1/vagrant-cases/{id}/family-search': 'the family search (寻亲) of a case: how and with what result',
  'social-assistance POST /api/v1/early-warnings/{id}/follow-up': 'the outcome of a warning’s follow-up, recorded once',
  'elderly-care POST /api/v1/institutions/{id}/operating-model': 'how the institution is run from now on (公办 / 公建民营 / 民办)',
  'elderly-care POST /api/v1/facilities/{id}/status': 'the facility’s status (open, suspended, closed) from a date',
  'child-welfare PUT /api/v1/children/{id}/care-form': 'the child’s form of care, a field of the child',
  'child-welfare POST /api/v1/children/{id}/adoption': 'the child’s adoption, one per child, read back at GET …/adoption',
  'child-welfare POST /api/v1/children/{id}/student-aid': 'the aid a student receives for a school year',
  'canteen POST /api/v1/canteens/{id}/operating-mode': 'how the canteen is run from now on (自营, 委托 …)',
  'canteen POST /api/v1/canteens/{id}/funding': 'a funding record of the canteen (subsidy or social capital)',
  'canteen PUT /api/v1/diners/{id}/local-registration': 'the diner’s local household registration (本地户籍), confirmed on the diner',
  // Not a sub-record: the payroll routes are being renamed in a change of their own, in the same
  // controllers. When it lands this entry is no longer served and the check below says to drop it.
};

/** Nouns made from verbs, and the verb to use instead. */
const NOMINALISED: Readonly<Record<string, string>> = {
  approval: 'approve',
  rejection: 'reject',
  confirmation: 'confirm',
  closure: 'close',
  resolution: 'resolve',
  withdrawal: 'withdraw',
  registration: 'register',
  suspension: 'suspend',
  cancellation: 'cancel',
  assignment: 'assign',
  dismissal: 'dismiss',
  escalation: 'escalate',
  termination: 'end',
};
const NOMINAL_ENDING = /(al|tion|sion|ure|ment)$/;

interface Write {
  route: string;
  /** The path's last segment, where it follows a path parameter. */
  segment: string;
}

const WRITES = ['post', 'put', 'patch'] as const;

/** Every POST/PUT/PATCH whose last segment follows a path parameter (`…/{id}/<segment>`). */
function writesAfterAnId({ name, document }: NamedDocument): Write[] {
  return Object.entries(document.paths).flatMap(([path, item]) => {
    const segments = path.split('/');
    const [before, segment] = segments.slice(-2);
    if (!before?.startsWith('{') || segment.startsWith('{')) return [];
    return WRITES.filter((method) => item[method]).map((method) => ({ route: `${name} ${method.toUpperCase()} ${path}`, segment }));
  });
}

const startsWithVerb = (segment: string, verbs: readonly string[]): boolean => verbs.some((verb) => segment === verb || segment.startsWith(`${verb}-`));
// "status", "process", "address" end in s without being plurals.
const isPlural = (segment: string): boolean => segment.endsWith('s') && !/(ss|us)$/.test(segment);

/** What an action in the nominalised form should be called: `write-off-approval` → `approve-write-off`. */
function verbFor(segment: string): string {
  const words = segment.split('-');
  const verb = NOMINALISED[words[words.length - 1]];
  if (!verb) return 'the imperative verb it names (approve, not approval)';
  return [verb, ...words.slice(0, -1)].join('-');
}

/** The writes after an id that are named neither as a sub-collection, nor a verb, nor a listed sub-record, each with what is wrong. */
export function misnamedActions(documents: NamedDocument[], verbs: readonly string[] = ACTION_VERBS, subRecords: Readonly<Record<string, string>> = SUB_RECORDS): string[] {
  return documents
    .flatMap(writesAfterAnId)
    .filter(({ route, segment }) => !(route in subRecords) && !startsWithVerb(segment, verbs))
    .flatMap(({ route, segment }) => {
      if (NOMINAL_ENDING.test(segment)) return [`${route}: "${segment}" names the action as a noun; use "${verbFor(segment)}"`];
      if (isPlural(segment)) return [];
      return [`${route}: "${segment}" is neither a plural sub-collection nor a verb of ACTION_VERBS; name the action with a verb, or list the sub-record in SUB_RECORDS with why`];
    });
}

/** Listed sub-records that no document serves any more. */
export function staleSubRecords(documents: NamedDocument[], subRecords: Readonly<Record<string, string>> = SUB_RECORDS): string[] {
  const served = new Set(documents.flatMap(writesAfterAnId).map((w) => w.route));
  return Object.keys(subRecords).filter((route) => !served.has(route));
}

let documents: NamedDocument[];
beforeAll(async () => {
  documents = await allDocuments();
}, 120_000);

describe('actions are verbs', () => {
  it('every write after an id is a plural sub-collection, an imperative verb, or a listed sub-record', () => {
    expect(misnamedActions(documents)).toEqual([]);
  });

  it('every listed sub-record is still served (drop the line when its route goes)', () => {
    expect(staleSubRecords(documents)).toEqual([]);
  });

  it('every listed sub-record says why it is one', () => {
    for (const [route, why] of Object.entries(SUB_RECORDS)) expect({ route, why: why.trim().length > 10 }).toEqual({ route, why: true });
  });

  it('flags a noun where the verb belongs and a singular that is neither (the check can fail)', () => {
    const op = { responses: { '200': { description: 'ok' } } };
    const fake: NamedDocument = {
      name: 'fake',
      document: {
        openapi: '3.0.0',
        info: { title: 'fake', version: '1' },
        paths: {
          '/things/{id}/approval': { post: op },
          '/things/{id}/write-off-approval': { post: op },
          '/things/{id}/closure': { put: op },
          '/things/{id}/recovery-request': { post: op },
          '/things/{id}/status': { patch: op },
          '/things/{id}/payment': { post: op },
          '/things/{id}/approve': { post: op },
          '/things/{id}/approve-write-off': { post: op },
          '/things/{id}/check-in': { post: op },
          '/things/{id}/notes': { post: op },
          '/things/{id}/notes/{noteId}/resolve': { post: op },
          '/things/{id}/registration': { get: op },
          '/things/search': { post: op },
          '/things/{id}/adoption': { post: op },
        },
      } as NamedDocument['document'],
    };
    expect(misnamedActions([fake], ACTION_VERBS, { 'fake POST /things/{id}/adoption': 'one per thing' })).toEqual([
      'fake POST /things/{id}/approval: "approval" names the action as a noun; use "approve"',
      'fake POST /things/{id}/write-off-approval: "write-off-approval" names the action as a noun; use "approve-write-off"',
      'fake PUT /things/{id}/closure: "closure" names the action as a noun; use "close"',
      expect.stringMatching(/^fake POST \/things\/\{id\}\/recovery-request: "recovery-request" is neither/),
      expect.stringMatching(/^fake PATCH \/things\/\{id\}\/status: "status" is neither/),
      expect.stringMatching(/^fake POST \/things\/\{id\}\/payment: "payment" names the action as a noun; use "the imperative verb/),
    ]);
    expect(staleSubRecords([fake], { 'fake POST /things/{id}/adoption': 'one per thing', 'fake POST /things/{id}/gone': 'removed' })).toEqual(['fake POST /things/{id}/gone']);
  });
});
