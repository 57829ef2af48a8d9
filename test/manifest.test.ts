/**
 * The manifest, the README, the protocol module and the client stay in step: every setting documented, every
 * command of the protocol contributed, documented and in the client's command table.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COMMANDS, LANGUAGE_ID, SETTINGS, SETTINGS_SECTION, SEVERITY_LEVELS, TEST_COMMANDS } from '../engine/src/protocol';

const ROOT = join(__dirname, '../..');
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  contributes: {
    commands: { command: string; title: string }[];
    languages: { id: string }[];
    configuration: { properties: Record<string, { properties?: Record<string, { enum?: string[] }> }> };
  };
};
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

function sources(dir: string): string {
  return readdirSync(dir, { withFileTypes: true })
    .map((entry) => (entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith('.ts') ? readFileSync(join(dir, entry.name), 'utf8') : ''))
    .join('\n');
}

test('every setting of the manifest has a row in the README settings table', () => {
  for (const name of Object.keys(manifest.contributes.configuration.properties)) {
    assert.ok(readme.includes(`| \`${name}\` |`), `README documents ${name}`);
  }
});

test('the manifest contributes exactly the commands of the protocol module, and no test hook', () => {
  const contributed: string[] = manifest.contributes.commands.map((c) => c.command).sort();
  for (const id of Object.values(TEST_COMMANDS)) assert.ok(!contributed.includes(id), `${id} is test-only`);
  assert.deepEqual(contributed, Object.values(COMMANDS).sort());
});

test("every command of the protocol module has a handler in the client's command table", () => {
  const table = readFileSync(join(ROOT, 'client/src/commands/index.ts'), 'utf8');
  const body = /COMMAND_HANDLERS[^=]*=\s*\{([^}]*)\}/.exec(table)?.[1] ?? '';
  const entries = body.split(',').map((entry) => entry.trim()).filter(Boolean).sort();
  assert.deepEqual(entries, Object.keys(COMMANDS).sort());
  for (const name of Object.keys(COMMANDS)) {
    assert.match(sources(join(ROOT, 'client/src/commands')), new RegExp(`export (async )?function ${name}\\(`), `client/src/commands/${name}.ts`);
  }
});

test('commands are registered in one style: only the command table calls registerCommand', () => {
  const offenders = readdirSync(join(ROOT, 'client/src'), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && file !== join('commands', 'index.ts'))
    .filter((file) => readFileSync(join(ROOT, 'client/src', file), 'utf8').includes('registerCommand('));
  assert.deepEqual(offenders, []);
});

test('the settings, language id and severity levels of the protocol module are those of the manifest', () => {
  const properties = manifest.contributes.configuration.properties;
  assert.deepEqual(
    Object.keys(properties).sort(),
    Object.values(SETTINGS)
      .map((name) => `${SETTINGS_SECTION}.${name}`)
      .sort(),
  );
  const perRule = Object.values(properties[`${SETTINGS_SECTION}.${SETTINGS.severity}`].properties ?? {});
  assert.ok(perRule.length > 0, 'one severity property per rule code');
  for (const rule of perRule) assert.deepEqual(rule.enum, [...SEVERITY_LEVELS]);
  assert.deepEqual(
    manifest.contributes.languages.map((l) => l.id),
    [LANGUAGE_ID],
  );
});

test('every command of the manifest is named in the README', () => {
  for (const { title } of manifest.contributes.commands) {
    assert.ok(readme.includes(title.replace(/\.\.\.$/, '')), `README mentions "${title}"`);
  }
});
