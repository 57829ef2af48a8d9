import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf, HEADER_LINE } from '../testing/ruleHarness';
import { notOnModel } from './yl010NotOnModel';

const text = `${HEADER_LINE}features.bluetooth_enable = 1\n`;

test('flags a parameter documented for other series', () => {
  const [finding] = findingsOf(notOnModel, text, 'y000000000066.cfg');
  assert.match(finding.message, /T5, CP, not for the T46S/);
});

test('accepts it on a model of a listed series, or with no model', () => {
  assert.deepEqual(findingsOf(notOnModel, text, 'y000000000096.cfg'), []);
  assert.deepEqual(findingsOf(notOnModel, text, 'settings.cfg'), []);
});

test('a model the models table marks as having Wi-Fi or Bluetooth takes those keys', () => {
  const capable = `${HEADER_LINE}# yealink: model=CP920\nstatic.wifi.enable = 1\nfeatures.bluetooth_enable = 1\n`;
  assert.deepEqual(findingsOf(notOnModel, capable, 'settings.cfg'), []);
  const withoutBluetooth = `${HEADER_LINE}# yealink: model=T46S\nfeatures.bluetooth_enable = 1\n`;
  assert.equal(findingsOf(notOnModel, withoutBluetooth, 'settings.cfg').length, 1);
});
