// The closing line of .ci/run adds up jest's JSON reports and nothing else in reports/.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const SCRIPT = resolve(__dirname, '../../scripts/test-summary.js');
const jestReport = (passed: number, failed: number, pending: number, suitesFailed = 0) =>
  JSON.stringify({ numPassedTests: passed, numFailedTests: failed, numPendingTests: pending, numTodoTests: 0, numFailedTestSuites: suitesFailed });

describe('scripts/test-summary.js', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'test-summary-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('adds up the jest reports and ignores other JSON such as the fault suite resilience report', () => {
    writeFileSync(join(dir, 'unit.json'), jestReport(10, 0, 1));
    writeFileSync(join(dir, 'fault.json'), jestReport(1, 1, 0));
    writeFileSync(join(dir, 'resilience.json'), JSON.stringify({ population: 2000, figures: {} }));
    expect(execFileSync('node', [SCRIPT, dir], { encoding: 'utf8' }).trim()).toBe('jest: 11 passed, 1 failed, 1 skipped');
  });

  it('counts a suite that failed to run as a failure', () => {
    writeFileSync(join(dir, 'integration.json'), jestReport(5, 0, 0, 1));
    expect(execFileSync('node', [SCRIPT, dir], { encoding: 'utf8' })).toContain('jest: 5 passed, 1 failed, 0 skipped');
  });

  it('says so when no jest report is there', () => {
    writeFileSync(join(dir, 'resilience.json'), '{}');
    expect(execFileSync('node', [SCRIPT, dir], { encoding: 'utf8' })).toContain('no test report found');
  });
});
