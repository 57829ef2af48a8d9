import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sampleCatalog, sampleSuggester } from '../testing/sampleCatalog';
import { explain } from './explain';

test('explains a concrete key by its pattern', () => {
  const result = explain('account.3.sip_server.2.transport_type', sampleCatalog, sampleSuggester);
  assert.equal(result.found, true);
  if (!result.found) return;
  assert.equal(result.explanation.pattern, 'account.X.sip_server.Y.transport_type');
  assert.equal(result.explanation.kind, 'enum');
  assert.deepEqual(result.explanation.values[2], { value: '2', label: 'TLS' });
  assert.equal(result.explanation.default, '0');
  assert.equal(result.explanation.reboot, false);
  assert.equal(result.explanation.static, false);
  assert.equal(result.explanation.models, 'all');
});

test('bools list 0 and 1 with their meaning; ranges give min and max; static and reboot flags', () => {
  const bool = explain('account.1.enable', sampleCatalog, sampleSuggester);
  assert.deepEqual(bool.found && bool.explanation.values, [
    { value: '0', label: 'Account off' },
    { value: '1', label: 'Account on' },
  ]);
  const range = explain('network.vlan.internet_port_vid', sampleCatalog, sampleSuggester);
  assert.equal(range.found && range.explanation.min, 1);
  assert.equal(range.found && range.explanation.max, 4094);
  const reboot = explain('network.internet_port.type', sampleCatalog, sampleSuggester);
  assert.equal(reboot.found && reboot.explanation.static, true);
  assert.equal(reboot.found && reboot.explanation.reboot, true);
  assert.equal(reboot.found && reboot.explanation.aliasOf, 'static.network.internet_port.type');
});

test('an unknown key answers with the closest names', () => {
  const result = explain('acount.1.enable', sampleCatalog, sampleSuggester);
  assert.deepEqual(result, { found: false, suggestions: ['account.1.enable'] });
});
