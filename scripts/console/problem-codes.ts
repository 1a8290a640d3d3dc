// Finds every problem `code` (AREA.REASON) the services and the console can answer, by reading
// their TypeScript source. The console's zh-CN catalogue (apps/console/web/src/locale/
// problems.zh-CN.ts) is tested against this scan, so a code added to a service without a Chinese
// message fails the unit tests instead of reaching a caseworker as "DIBAO.SOMETHING".
//
// The TypeScript parser is used rather than grep so that comments (`AREA.REASON` as an example)
// do not count and template literals (`${program}.NOT_FOUND`) are seen with their variable parts.
import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { SERVICE_DEFAULT_PORTS } from '../../apps/console/src/bff/service-directory';

const ROOT = resolve(__dirname, '../..');

/** A code: upper-case segments joined by dots, e.g. `DIBAO.MEMBER_ALREADY_COVERED`, `HTTP.429`. */
const SEGMENT = '[A-Z][A-Z0-9_]*';
const CODE_IN_TEXT = new RegExp(`(?<![A-Za-z0-9_.])${SEGMENT}(?:\\.${SEGMENT})+(?![A-Za-z0-9_])`, 'g');
/** A template with its substitutions as `*`: `*.NOT_FOUND`, `RELIEF.*`. */
const TEMPLATE_SHAPE = new RegExp(`^(?:${SEGMENT}|\\*)(?:\\.(?:${SEGMENT}|\\*))+$`);

const SKIPPED_FILES = /\.(spec|int-spec|sys-spec|fault-spec|typecheck)\.ts$|\.d\.ts$/;

export interface ProblemCodeScan {
  /** Literal codes, each with the files (relative to the repository) that mention it. */
  codes: Map<string, string[]>;
  /** Codes built from template literals, as patterns with `*` for each substitution. */
  templates: Map<string, string[]>;
}

/**
 * The apps whose problems can reach a caseworker: the console and the services its
 * backend-for-frontend forwards to. A service the console does not forward to yet (payments, for
 * now) answers finance staff and other systems directly; its codes join the scan, and need their
 * zh-CN messages, when it is added to the console's service directory.
 */
export function consoleFacingApps(): string[] {
  return ['console', ...Object.keys(SERVICE_DEFAULT_PORTS)];
}

/** The folders a scan reads by default: every library's source and that of the console-facing apps. */
export function defaultScanRoots(root = ROOT, apps: readonly string[] = consoleFacingApps()): string[] {
  const roots: string[] = [];
  for (const parent of ['apps', 'libs']) {
    for (const name of readdirSync(join(root, parent))) {
      if (parent === 'apps' && !apps.includes(name)) continue;
      const src = join(root, parent, name, 'src');
      if (isDirectory(src)) roots.push(src);
    }
  }
  return roots;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') && !SKIPPED_FILES.test(entry.name) ? [path] : [];
  });
}

function add(map: Map<string, string[]>, key: string, file: string): void {
  const files = map.get(key) ?? [];
  if (!files.includes(file)) files.push(file);
  map.set(key, files);
}

function isCodeProperty(node: ts.Node): boolean {
  const parent = node.parent;
  return parent !== undefined && ts.isPropertyAssignment(parent) && parent.initializer === node && ts.isIdentifier(parent.name) && parent.name.text === 'code';
}

/**
 * `${a}.NO_POLICY` -> `*.NO_POLICY`; null unless it has the shape of a code. A template of
 * substitutions only (`${area}.${reason}`) counts where it is the value of a `code` property:
 * elsewhere that shape is a path or a version, not a problem.
 */
function templatePattern(node: ts.TemplateExpression): string | null {
  const pattern = [node.head.text, ...node.templateSpans.map((span) => `*${span.literal.text}`)].join('');
  if (!TEMPLATE_SHAPE.test(pattern)) return null;
  return pattern.split('.').some((segment) => segment !== '*') || isCodeProperty(node) ? pattern : null;
}

/** Scans one file's text; exported for tests of the scan itself. */
export function scanSource(text: string, file: string, into: ProblemCodeScan): void {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      for (const match of node.text.matchAll(CODE_IN_TEXT)) add(into.codes, match[0], file);
    } else if (ts.isTemplateExpression(node)) {
      const pattern = templatePattern(node);
      if (pattern) add(into.templates, pattern, file);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}

/** Every code and code template under `roots` (default: apps/*\/src and libs/*\/src), tests excluded. */
export function scanProblemCodes(roots: string[] = defaultScanRoots(), root = ROOT): ProblemCodeScan {
  const scan: ProblemCodeScan = { codes: new Map(), templates: new Map() };
  for (const dir of roots) {
    for (const path of sourceFiles(dir)) {
      scanSource(ts.sys.readFile(path) ?? '', relative(root, path), scan);
    }
  }
  return scan;
}

/**
 * What each code template in the source can become, keyed by `<file> <pattern>`, so that a new
 * template (or a known one in a new file) fails the catalogue test until it is listed here. The
 * comment on each entry says where its variable part comes from.
 */
export const TEMPLATE_EXPANSIONS: Readonly<Record<string, readonly string[]>> = {
  // dateProblem() in help/rules/help-dates.rule.ts: DATE_IN_FUTURE | DATE_TOO_EARLY.
  'apps/child-welfare/src/reassessments/reassessments.service.ts REASSESSMENT.*': ['REASSESSMENT.DATE_IN_FUTURE', 'REASSESSMENT.DATE_TOO_EARLY'],
  // refuseDate('HELP' | 'PAIRING', dateProblem(...)).
  'apps/child-welfare/src/help/help.service.ts *.*': ['HELP.DATE_IN_FUTURE', 'HELP.DATE_TOO_EARLY', 'PAIRING.DATE_IN_FUTURE', 'PAIRING.DATE_TOO_EARLY'],
  // requiredPolicy(..., area) callers: allowances, service subsidy, home-care orders, assessments.
  // Program = 'DIBAO' | 'TEKUN'.
  'apps/social-assistance/src/cases/case-transition.ts *.INVALID_TRANSITION': ['DIBAO.INVALID_TRANSITION', 'TEKUN.INVALID_TRANSITION'],
  'apps/social-assistance/src/cases/case-transition.ts *.SAME_PERSON_APPROVAL': ['DIBAO.SAME_PERSON_APPROVAL', 'TEKUN.SAME_PERSON_APPROVAL'],
  'apps/social-assistance/src/cases/case-transition.ts *.NOT_FOUND': ['DIBAO.NOT_FOUND', 'TEKUN.NOT_FOUND'],
  // The refusal's area: HOUSEHOLD, DIBAO or TEKUN.
  'apps/social-assistance/src/one-guarantee/one-guarantee.ts *.MEMBER_ALREADY_COVERED': ['HOUSEHOLD.MEMBER_ALREADY_COVERED', 'DIBAO.MEMBER_ALREADY_COVERED', 'TEKUN.MEMBER_ALREADY_COVERED'],
  // paidFirstProblem, reliefProblem and documentationProblem in temporary-relief/rules/.
  'apps/social-assistance/src/temporary-relief/temporary-relief.service.ts RELIEF.*': [
    'RELIEF.PAID_FIRST_ONLY_FOR_EMERGENCY',
    'RELIEF.AMOUNT_NOT_POSITIVE',
    'RELIEF.AMOUNT_ABOVE_LIMIT',
    'RELIEF.NOT_PAID_FIRST',
    'RELIEF.ALREADY_DOCUMENTED',
  ],
  // fileProblem(status, code, …): the ways a department's file is refused as a whole.
  'apps/data-exchange/src/imports/imports.service.ts IMPORT.*': [
    'IMPORT.AS_OF_IN_FUTURE',
    'IMPORT.HEADER_MISMATCH',
    'IMPORT.MISSING_HEADER',
    'IMPORT.ENCODING',
    'IMPORT.TRUNCATED',
    'IMPORT.TOO_LARGE',
    'IMPORT.RECORD_COUNT_MISMATCH',
  ],
  // reviewDecisionProblem() in finding-reviews/rules/review-decision.rule.ts.
  'apps/social-assistance/src/finding-reviews/finding-review-decisions.service.ts FINDING_REVIEW.*': [
    'FINDING_REVIEW.ALREADY_DECIDED',
    'FINDING_REVIEW.ESCALATED_ABOVE_CALLER',
    'FINDING_REVIEW.ESCALATION_NOT_HIGHER',
  ],
  // The conflicts of MonitoringService.enter and MonitoringRefusal in monitoring/rules/borderline.rule.ts.
  'apps/social-assistance/src/monitoring/monitoring.service.ts MONITORING.*': [
    'MONITORING.ALREADY_MONITORED',
    'MONITORING.MEMBER_ALREADY_MONITORED',
    'MONITORING.HOUSEHOLD_ENROLLED',
    'MONITORING.NO_MEMBERS',
    'MONITORING.ELIGIBLE_FOR_DIBAO',
    'MONITORING.INCOME_NOT_BELOW_BORDERLINE',
    'MONITORING.ASSETS_ABOVE_LIMIT',
  ],
  // outcomeProblem() in vagrant-relief/rules/vagrant-stay.ts.
  'apps/social-assistance/src/vagrant-relief/vagrant-relief.service.ts VAGRANT.*': ['VAGRANT.MINOR_MUST_BE_HANDED_OVER', 'VAGRANT.ONLY_MINORS_ARE_HANDED_OVER'],
  // httpCodeFor(status): the statuses Nest and Express answer on their own (401 and 403 have AUTH codes).
  'libs/common/src/http/problem-mapping.ts HTTP.*': [
    'HTTP.BAD_REQUEST',
    'HTTP.NOT_FOUND',
    'HTTP.METHOD_NOT_ALLOWED',
    'HTTP.NOT_ACCEPTABLE',
    'HTTP.REQUEST_TIMEOUT',
    'HTTP.CONFLICT',
    'HTTP.GONE',
    'HTTP.PAYLOAD_TOO_LARGE',
    'HTTP.UNSUPPORTED_MEDIA_TYPE',
    'HTTP.UNPROCESSABLE_ENTITY',
    'HTTP.TOO_MANY_REQUESTS',
    'HTTP.INTERNAL_SERVER_ERROR',
    'HTTP.NOT_IMPLEMENTED',
    'HTTP.BAD_GATEWAY',
    'HTTP.SERVICE_UNAVAILABLE',
    'HTTP.GATEWAY_TIMEOUT',
  ],
};

export interface ResolvedProblemCodes {
  /** Literal codes plus the expansions of every known template, sorted. */
  codes: string[];
  /** `<file> <pattern>` of templates that TEMPLATE_EXPANSIONS does not list. */
  unknownTemplates: string[];
}

/** Every code the scanned source can answer, with the templates nobody has expanded yet. */
export function resolveProblemCodes(scan: ProblemCodeScan, expansions = TEMPLATE_EXPANSIONS): ResolvedProblemCodes {
  const codes = new Set(scan.codes.keys());
  const unknownTemplates: string[] = [];
  for (const [pattern, files] of scan.templates) {
    for (const file of files) {
      const known = expansions[`${file} ${pattern}`];
      if (known) known.forEach((code) => codes.add(code));
      else unknownTemplates.push(`${file} ${pattern}`);
    }
  }
  return { codes: [...codes].sort(), unknownTemplates: unknownTemplates.sort() };
}
