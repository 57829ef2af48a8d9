import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../document';
import { sampleCatalog } from '../testing/sampleCatalog';
import type { BaseVersion } from '../impact/baseVersion';
import { changeLens } from './changeLens';

const H = '#!version:1.0.0.1\n';
const base = { ref: 'HEAD', text: `${H}network.vlan.internet_port_vid = 10\nnetwork.vlan.internet_port_enable = 0\nlang.gui = English\n` };
const lens = (text: string, at: BaseVersion = base) => changeLens(analyze(text, 'y000000000066.cfg'), at, sampleCatalog);

test('no lens on an unchanged file', () => {
  assert.equal(lens(base.text), undefined);
});

test('reboot-requiring changes are counted', () => {
  const text = `${H}network.vlan.internet_port_vid = 20\nnetwork.vlan.internet_port_enable = 1\nlang.gui = German\n`;
  assert.deepEqual(lens(text), { line: 0, title: 'This change reboots phones: 2 parameters', rebootChanges: 2, changes: 3 });
});

test('a comment-only edit: re-downloaded, no setting changes', () => {
  assert.equal(lens(`${base.text}# reviewed\n`)?.title, 'Phones re-download this file; no setting changes');
});

test('setting changes without a reboot, and a new file', () => {
  assert.equal(lens(base.text.replace('English', 'German'))?.title, 'Phones re-download this file: 1 setting changed, no reboot');
  assert.equal(lens(`${H}network.vlan.internet_port_vid = 20\n`, { ref: 'HEAD', text: undefined })?.title, 'This change reboots phones: 1 parameter');
});
