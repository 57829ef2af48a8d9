/**
 * The manifest's `workspaceContains` activation patterns against real provisioning names: every Common
 * number (T46U 108, T3x 123/124, W70B/W80 146/175 ...), MAC and MAC-local names in either case, and boot
 * files activate the extension; other files in the same folders do not. The patterns are read with VS Code's
 * glob rules (`**` any folders, `*` any characters but `/`, `[...]` one character of a class); the integration
 * suite runs the same patterns through VS Code's own file search.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classifyFile } from '../engine/src/fileKind';
import { ACTIVATING_NAMES, commonName, OTHER_NAMES } from './activationNames';

const ROOT = join(__dirname, '../..');
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { activationEvents: string[] };
const patterns = manifest.activationEvents.filter((event) => event.startsWith('workspaceContains:')).map((event) => event.slice('workspaceContains:'.length));

/** VS Code's glob subset the patterns use, as a regular expression over a workspace-relative path. */
function globToRegExp(glob: string): RegExp {
  assert.ok(!/[{}?]/.test(glob), `${glob}: only **, * and [...] are used, so this reading stays exact`);
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    if (glob.startsWith('**/', i)) {
      source += '(?:[^/]+/)*';
      i += 2;
    } else if (glob[i] === '*') {
      source += '[^/]*';
    } else if (glob[i] === '[') {
      const end = glob.indexOf(']', i);
      assert.ok(end > i, `${glob}: unclosed [`);
      source += `[${glob.slice(i + 1, end).replace(/^!/, '^').replace(/\\/g, '\\\\')}]`;
      i = end;
    } else {
      source += glob[i].replace(/[.+^$()|\\/]/g, '\\$&');
    }
  }
  return new RegExp(`^${source}$`);
}

const matchers = patterns.map(globToRegExp);
const activates = (path: string): boolean => matchers.some((matcher) => matcher.test(path));

test('every workspaceContains pattern uses only the glob syntax read here', () => {
  assert.ok(patterns.length >= 3, `found ${patterns.length} workspaceContains patterns`);
  for (const pattern of patterns) globToRegExp(pattern);
});

test('every Common number of the models table, every MAC / MAC-local name and every boot file activates', () => {
  const missing = ACTIVATING_NAMES.filter((name) => !activates(name));
  assert.deepEqual(missing, [], `names that would not activate the extension: ${missing.join(', ')}`);
});

test('any 12-digit Common number activates, beyond those the models table knows today', () => {
  for (const number of ['1', '99', '100', '199', '250', '999']) assert.ok(activates(commonName(number)), commonName(number));
});

test('files that are not Yealink provisioning names do not activate', () => {
  const matched = OTHER_NAMES.filter(activates);
  assert.deepEqual(matched, [], `non-names that would activate the extension: ${matched.join(', ')}`);
});

test('the patterns agree with the engine on which names are Yealink files', () => {
  for (const name of ACTIVATING_NAMES) assert.notEqual(classifyFile(name).kind, 'other', `${name} is a Yealink name for the engine too`);
  for (const name of OTHER_NAMES) {
    const kind = classifyFile(name).kind;
    assert.ok(kind === 'other' || kind === 'key', `${name} is ${kind} for the engine, yet the patterns leave it out`);
  }
});
