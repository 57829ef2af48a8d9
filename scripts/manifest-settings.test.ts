import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MODELS } from '../engine/src/catalog/models';
import { RULES } from '../engine/src/rules';
import { modelSettingSchema, severityProperties, syncManifestSettings } from './manifest-settings';

const manifest = JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8')) as {
  contributes: { configuration: { properties: Record<string, Record<string, unknown>> } };
};
const properties = manifest.contributes.configuration.properties;
const HINT = 'run `npm run manifest:settings` to bring package.json in step';

test('yealinkCfg.model lists every model of the models table, each with a description', () => {
  const schema = modelSettingSchema();
  assert.deepEqual(properties['yealinkCfg.model'].enum, schema.enum, HINT);
  assert.deepEqual(properties['yealinkCfg.model'].enumDescriptions, schema.enumDescriptions, HINT);
  assert.equal(schema.enum.length, MODELS.length + 1, 'every model once, plus "" for none');
  assert.equal(new Set(schema.enum).size, schema.enum.length, 'no model twice');
  const t46u = schema.enumDescriptions[schema.enum.indexOf('T46U')];
  assert.match(t46u, /y000000000108\.cfg/);
});

test('yealinkCfg.severity offers each rule code with the severity levels as an enum', () => {
  const severity = properties['yealinkCfg.severity'];
  assert.deepEqual(severity.properties, severityProperties(), HINT);
  assert.equal(severity.additionalProperties, false, 'an unknown rule code is flagged in settings.json');
  assert.deepEqual(Object.keys(severityProperties()), RULES.map((rule) => rule.code));
  for (const entry of Object.values(severityProperties())) assert.deepEqual(entry.enum, ['error', 'warning', 'information', 'hint', 'off']);
});

test('syncing the manifest changes nothing else', () => {
  const synced = syncManifestSettings(manifest);
  assert.deepEqual(synced, manifest, HINT);
  const stale = JSON.parse(JSON.stringify(manifest)) as typeof manifest;
  stale.contributes.configuration.properties['yealinkCfg.model'].enum = ['', 'T46S'];
  assert.deepEqual(syncManifestSettings(stale), manifest);
});
