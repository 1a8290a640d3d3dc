#!/usr/bin/env node
// Adds up the jest JSON reports of a test run (unit, integration, system, e2e, fault) into one closing line:
//   jest: <passed> passed, <failed> failed, <skipped> skipped
const fs = require('node:fs');
const path = require('node:path');

const dir = process.argv[2] ?? 'reports';
let passed = 0;
let failed = 0;
let skipped = 0;
let suitesFailed = 0;
const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.json')) : [];
let reports = 0;
for (const file of files) {
  const report = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
  // Only jest's own reports; other JSON in reports/ (the fault suite's resilience.json) is not one.
  if (typeof report.numPassedTests !== 'number') continue;
  reports += 1;
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + (report.numTodoTests ?? 0);
  suitesFailed += report.numFailedTestSuites;
}
if (reports === 0) console.log(`no test report found in ${dir}/ (the type check or a runner failed before reporting)`);
if (suitesFailed > failed) console.log(`${suitesFailed - failed} test suite(s) failed to run`);
console.log(`jest: ${passed} passed, ${failed + Math.max(0, suitesFailed - failed)} failed, ${skipped} skipped`);
