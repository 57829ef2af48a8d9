import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../document';
import { sampleCatalog } from '../testing/sampleCatalog';
import { caret } from '../testing/caret';
import { hover } from './hover';

function hoverAt(textWithCaret: string, path = 'y000000000066.cfg'): string | undefined {
  const { text, position } = caret(textWithCaret);
  const result = hover(analyze(text, path), position, sampleCatalog);
  return result && typeof result.contents === 'object' && 'value' in result.contents ? result.contents.value : undefined;
}

test('on a key: description, kind, default, index range for the model, source', () => {
  const value = hoverAt('#!version:1.0.0.1\naccount.3.en|able = 1\n') ?? '';
  assert.match(value, /\*\*account\.3\.enable\*\* — `account\.X\.enable`/);
  assert.match(value, /Turns the account on/);
  assert.match(value, /0 \(Account off\) or 1 \(Account on\)/);
  assert.match(value, /Default\*\*: `0`/);
  assert.match(value, /`X` 1–16; T46S: 1–16 \(\[Yealink V85 MAC configuration template/);
  assert.match(value, /Source: \[Yealink SIP-T2\/T4\/T5 Series IP Phones Administrator Guide V84\]\(https:\/\/www\.easymanua\.ls\//);
});

test('a reboot-requiring key says so first', () => {
  const value = hoverAt('#!version:1.0.0.1\nstatic.network.inter|net_port.type = 2\n') ?? '';
  assert.match(value, /Reboot required/);
  assert.match(value, /Static\*\*: yes/);
});

test('an old name explains what it stands for', () => {
  const value = hoverAt('#!version:1.0.0.1\nnetwork.internet_port.t|ype = 2\n') ?? '';
  assert.match(value, /Older name of `static\.network\.internet_port\.type` \(name before V81\)/);
});

test('on a value: what the value means, and whether it is the default', () => {
  assert.match(hoverAt('#!version:1.0.0.1\naccount.1.sip_server.1.transport_type = |2\n') ?? '', /^`2` — TLS/);
  assert.match(hoverAt('#!version:1.0.0.1\naccount.1.enable = |0\n') ?? '', /^`0` — Account off \(the default\)/);
});

test('nothing on unknown keys, comments or blank space', () => {
  assert.equal(hoverAt('#!version:1.0.0.1\nfoo.b|ar = 1\n'), undefined);
  assert.equal(hoverAt('#!version:1.0.0.1\n# acc|ount.1.enable\n'), undefined);
  assert.equal(hoverAt('#!version:1.0.0.1\naccount.1.enable =   |\n'), undefined);
});

test('the header explains itself', () => {
  assert.match(hoverAt('#!vers|ion:1.0.0.1\n') ?? '', /must stay the first line/);
});
