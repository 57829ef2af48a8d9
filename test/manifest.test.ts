/** The manifest, the README and the client stay in step: every setting documented, every command registered. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  contributes: { commands: { command: string; title: string }[]; configuration: { properties: Record<string, unknown> } };
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

test('every command of the manifest is registered by the client', () => {
  const client = sources(join(ROOT, 'client/src'));
  for (const { command } of manifest.contributes.commands) {
    assert.ok(client.includes(`registerCommand('${command}'`), `client registers ${command}`);
  }
});

test('every command of the manifest is named in the README', () => {
  for (const { title } of manifest.contributes.commands) {
    assert.ok(readme.includes(title.replace(/\.\.\.$/, '')), `README mentions "${title}"`);
  }
});
