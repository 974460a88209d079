// Runs the whole vitest suite and ends with the plain closing line CI reads:
// "N passed, N failed". Exits with vitest's own exit code. Extra arguments go to vitest.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
mkdirSync(`${root}.tmp`, { recursive: true });
const report = `${root}.tmp/vitest-report.json`;
const vitest = `${root}node_modules/vitest/vitest.mjs`;
const r = spawnSync(process.execPath, [vitest, 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});
let summary = 'tests: no report was written';
try {
  const j = JSON.parse(readFileSync(report, 'utf8'));
  summary = `${j.numPassedTests} passed, ${j.numFailedTests} failed`;
  if (j.numPendingTests + j.numTodoTests > 0) summary += `, ${j.numPendingTests + j.numTodoTests} skipped`;
} catch {
  // vitest did not get as far as writing its report; its exit code says why.
}
console.log(`\n${summary}`);
process.exit(r.status ?? 1);
