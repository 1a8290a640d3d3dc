// Lines of a bulk import of payee accounts (a bank's or a township's list), CSV with a header line
// or NDJSON (one JSON object per line), read one line at a time as the upload streams in. Each
// line gets its own verdict; one bad line never stops the others. Pure.
import { splitDelimited } from '@app/common/text/delimited';
import { checkProposal, type BankRules, type Proposal, type ProposalProblemCode, type RawProposal } from '../../payee-accounts/rules/account-proposal.rule';

export type ImportFormat = 'csv' | 'ndjson';

/** Why a line was not imported. The database decides the last three, against accounts already there. */
export type ImportRefusal = ProposalProblemCode | 'MALFORMED' | 'OUTSIDE_DIVISION' | 'DUPLICATE' | 'PROPOSAL_OPEN' | 'UNCHANGED';

export const IMPORT_REFUSALS: readonly ImportRefusal[] = [
  'MALFORMED',
  'BAD_PAYEE_KIND',
  'BAD_ID',
  'BAD_ORGANISATION',
  'ORGANISATION_NAME_REQUIRED',
  'BAD_DIVISION',
  'OUTSIDE_DIVISION',
  'UNKNOWN_BANK',
  'BAD_ACCOUNT_NUMBER',
  'NAME_REQUIRED',
  'EVIDENCE_REQUIRED',
  'DUPLICATE',
  'PROPOSAL_OPEN',
  'UNCHANGED',
];

/** The CSV header names the columns; these are the ones read (others are ignored). */
export const CSV_COLUMNS = ['payeeKind', 'residentId', 'organisationId', 'organisationName', 'divisionCode', 'bankCode', 'accountNumber', 'holderName', 'evidenceNote', 'evidenceReference'] as const;

export type ParsedLine = { kind: 'blank' } | { kind: 'header' } | { kind: 'row'; row: RawProposal } | { kind: 'malformed' };

/** A reader for one upload: CSV remembers its header line. */
export function importLineReader(format: ImportFormat): (line: string) => ParsedLine {
  let header: string[] | null = null;
  return (raw) => {
    const line = raw.replace(/^\uFEFF/, '');
    if (line.trim() === '') return { kind: 'blank' };
    if (format === 'ndjson') {
      try {
        const parsed: unknown = JSON.parse(line);
        return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? { kind: 'row', row: parsed as RawProposal } : { kind: 'malformed' };
      } catch {
        return { kind: 'malformed' };
      }
    }
    const fields = splitDelimited(line);
    if (!header) {
      header = fields;
      return { kind: 'header' };
    }
    if (fields.length !== header.length) return { kind: 'malformed' };
    const row: Record<string, string> = {};
    header.forEach((name, i) => (row[name] = fields[i]));
    return { kind: 'row', row };
  };
}

export type LineVerdict = { ok: true; proposal: Proposal } | { ok: false; reason: ImportRefusal };

/**
 * A row's verdict before the database is asked: the proposal rule, the importer's division, and
 * the second line for the same payee in one upload (DUPLICATE; `seen` is the upload's memory).
 */
export function judgeImportRow(
  row: RawProposal,
  banks: ReadonlyMap<string, BankRules>,
  today: string,
  withinDivision: (divisionCode: string) => boolean,
  seen: Set<string>,
): LineVerdict {
  const checked = checkProposal(row, banks, today);
  if (!checked.ok) return { ok: false, reason: checked.problems[0].code };
  const { proposal } = checked;
  if (!withinDivision(proposal.divisionCode)) return { ok: false, reason: 'OUTSIDE_DIVISION' };
  const key = `${proposal.payeeKind}:${proposal.payeeKey}`;
  if (seen.has(key)) return { ok: false, reason: 'DUPLICATE' };
  seen.add(key);
  return { ok: true, proposal };
}
