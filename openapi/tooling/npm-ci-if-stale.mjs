// Runs `npm ci` in the repository root unless node_modules already matches package.json and
// package-lock.json. The build (module openapi) and .ci/run both call this, so a warm checkout
// pays nothing and a changed lockfile is never ignored.
//
// Usage, from anywhere: node openapi/tooling/npm-ci-if-stale.mjs
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const stamp = join(root, 'node_modules', '.billkit-npm-ci.sha256');

const hash = createHash('sha256');
for (const file of ['package.json', 'package-lock.json', '.npmrc']) {
  const path = join(root, file);
  hash.update(`${file}\0`).update(existsSync(path) ? readFileSync(path) : '');
}
const want = hash.digest('hex');
const have = existsSync(stamp) ? readFileSync(stamp, 'utf8').trim() : null;

if (have === want && existsSync(join(root, 'node_modules', '.bin', 'spectral'))) {
  console.log('[npm-ci-if-stale] node_modules matches package-lock.json; skipping npm ci');
} else {
  const why = have === null ? 'not installed from this lockfile yet' : 'stale';
  console.log(`[npm-ci-if-stale] node_modules is ${why}; running npm ci in ${root}`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const run = spawnSync(npm, ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
  if (run.error) {
    console.error('[npm-ci-if-stale] could not run npm (install Node 20+ with npm): ' +
      run.error.message);
    process.exit(1);
  }
  if (run.status !== 0) process.exit(run.status ?? 1);
  writeFileSync(stamp, `${want}\n`);
}
