// Proves that every custom rule of openapi/.spectral.yaml can fail, and fails alone.
//
// Each `<rule>.yaml` / `<rule>--<variant>.yaml` here is valid.yaml with one convention broken:
// Spectral (the project's pinned CLI and real ruleset) must report that rule's code and no other.
// valid.yaml itself must produce no result of any severity.
//
// Run from the repository root: node --test openapi/src/test/spectral/fixtures.test.mjs
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../../../..');
const ruleset = join(root, 'openapi/.spectral.yaml');
const spectral = join(root, 'node_modules/.bin/spectral');
const fixtures = readdirSync(here).filter((f) => f.endsWith('.yaml')).sort();
const customRules = [...readFileSync(ruleset, 'utf8').matchAll(/^  (billkit-[a-z0-9-]+):\s*$/gm)]
  .map((m) => m[1]);

/** rule code expected from a fixture's file name, or null for valid.yaml */
const expectedRule = (file) =>
  file === 'valid.yaml' ? null : basename(file, '.yaml').split('--')[0];

let resultsByFile;

before(() => {
  // One Spectral run over all fixtures keeps this fast; results carry their source file.
  const run = spawnSync(spectral, ['lint', '--format', 'json', '--fail-severity', 'hint', '--quiet',
    '--ruleset', ruleset, ...fixtures.map((f) => join(here, f))], { encoding: 'utf8' });
  assert.ok(run.status === 0 || run.status === 1,
    `spectral exited ${run.status}: ${run.stderr || run.error}`);
  const results = JSON.parse(run.stdout);
  resultsByFile = new Map(fixtures.map((f) => [f, []]));
  for (const r of results) resultsByFile.get(basename(r.source)).push(r);
});

describe('Spectral custom rules', () => {
  test('every custom rule in .spectral.yaml has at least one bad fixture', () => {
    assert.ok(customRules.length >= 8, `found only ${customRules.length} billkit-* rules`);
    const covered = new Set(fixtures.map(expectedRule));
    assert.deepEqual(customRules.filter((r) => !covered.has(r)), []);
  });

  test('every bad fixture is named after a rule that exists', () => {
    const unknown = fixtures.map(expectedRule)
      .filter((r) => r !== null && !customRules.includes(r));
    assert.deepEqual(unknown, []);
  });

  test('valid.yaml, which follows every convention, gets no result at all', () => {
    assert.deepEqual(resultsByFile.get('valid.yaml').map(describeResult), []);
  });

  for (const file of fixtures.filter((f) => f !== 'valid.yaml')) {
    const rule = expectedRule(file);
    test(`${file} is reported by ${rule} as an error, and by nothing else`, () => {
      const results = resultsByFile.get(file);
      assert.ok(results.length > 0, `${rule} did not fire on ${file}`);
      assert.deepEqual(results.filter((r) => r.code !== rule).map(describeResult), []);
      assert.ok(results.every((r) => r.severity === 0), `${rule} must be an error`);
    });
  }
});

function describeResult(r) {
  return `${r.code} at ${r.path.join('.')}: ${r.message}`;
}
