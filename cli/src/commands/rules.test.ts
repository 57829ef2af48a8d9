import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../../../engine/src/rules';
import { fakeIO } from '../testing';
import { command as rules } from './rules';

test('lists every rule with its code, severity and title', async () => {
  const io = fakeIO('/');
  assert.equal(await rules([], io), 0);
  assert.equal(io.out.trim().split('\n').length, RULES.length);
  assert.match(io.out, /^YL007 {2}warning {6}Changing this parameter reboots the phone$/m);
});

test('json rows link to the README section of each rule', async () => {
  const io = fakeIO('/');
  await rules(['--format', 'json'], io);
  const rows = JSON.parse(io.out) as { code: string; docs: string }[];
  assert.ok(rows.every((row) => row.docs.endsWith(`README.md#${row.code.toLowerCase()}`)));
});

test('the README documents every rule: a table row and an anchored section (diagnostics link there)', () => {
  const readme = readFileSync(join(__dirname, '../../../../README.md'), 'utf8');
  for (const rule of RULES) {
    assert.ok(readme.includes(`| [${rule.code}](#${rule.code.toLowerCase()}) | ${rule.defaultSeverity} | ${rule.title} |`), `table row for ${rule.code}`);
    assert.ok(readme.includes(`<a id="${rule.code.toLowerCase()}"></a>\n### ${rule.code} ${rule.title}`), `section for ${rule.code}`);
  }
});
