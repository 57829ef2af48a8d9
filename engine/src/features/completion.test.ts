import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CompletionItem, TextEdit } from 'vscode-languageserver-types';
import { analyze } from '../document';
import { sampleCatalog } from '../testing/sampleCatalog';
import { caret } from '../testing/caret';
import { complete, resolveCompletion } from './completion';

function completeAt(textWithCaret: string, path = 'settings.cfg'): CompletionItem[] {
  const { text, position } = caret(textWithCaret);
  return complete(analyze(text, path), position, sampleCatalog).items;
}

const edit = (item: CompletionItem): TextEdit => item.textEdit as TextEdit;

test('after a typed index, lists that family with the number filled in', () => {
  const items = completeAt('#!version:1.0.0.1\naccount.1.|\n');
  const labels = items.map((i) => i.label);
  assert.ok(labels.includes('account.1.enable'));
  assert.ok(labels.includes('account.1.sip_server.Y.address'));
  assert.ok(!labels.some((l) => l.startsWith('lang')));
  const server = items.find((i) => i.label === 'account.1.sip_server.Y.address');
  assert.equal(edit(server!).newText, 'account.1.sip_server.${1:1}.address = $0');
  assert.deepEqual(edit(server!).range.start, { line: 1, character: 0 });
});

test('from a bare prefix, indexed families are snippets with a tab stop on the index', () => {
  const items = completeAt('#!version:1.0.0.1\nacc|\n');
  const enable = items.find((i) => i.label === 'account.X.enable');
  assert.equal(edit(enable!).newText, 'account.${1:1}.enable = $0');
  assert.equal(enable!.filterText, 'account.1.enable');
  assert.equal(enable!.insertTextFormat, 2);
});

test('key lists are incomplete so the editor asks again once an index is typed; value lists are complete', () => {
  const { text, position } = caret('#!version:1.0.0.1\naccount.|\n');
  assert.equal(complete(analyze(text, 'a.cfg'), position, sampleCatalog).isIncomplete, true);
  const values = caret('#!version:1.0.0.1\naccount.1.enable = |\n');
  assert.equal(complete(analyze(values.text, 'a.cfg'), values.position, sampleCatalog).isIncomplete, false);
});

test('partial segment after a dot still lists the family (the editor filters)', () => {
  const labels = completeAt('#!version:1.0.0.1\nstatic.network.inter|\n').map((i) => i.label);
  assert.deepEqual(labels, ['static.network.internet_port.type']);
});

test('details show reboot and the model-aware range', () => {
  const items = completeAt('#!version:1.0.0.1\nlinekey.|\n', 'y000000000036.cfg'); // T41P: 15 line keys
  assert.equal(items[0].detail, 'X 1–15');
  const typed = completeAt('#!version:1.0.0.1\naccount.2.sip_server.|\n').find((i) => i.label === 'account.2.sip_server.Y.address');
  assert.equal(typed?.detail, 'Y 1–2');
  const reboot = completeAt('#!version:1.0.0.1\nstatic.|\n').find((i) => i.label === 'static.network.internet_port.type');
  assert.equal(reboot?.detail, 'reboot');
});

test('key families the model does not have are left out: no line keys on a T19P E2 (53)', () => {
  assert.deepEqual(completeAt('#!version:1.0.0.1\nlinekey.|\n', 'y000000000053.cfg'), []);
  assert.equal(completeAt('#!version:1.0.0.1\nlinekey.|\n', 'y000000000052.cfg')[0].detail, 'X 1–2');
});

test('parameters of other series are left out when the model is known', () => {
  const onT46S = completeAt('#!version:1.0.0.1\nfeatures.|\n', 'y000000000066.cfg').map((i) => i.label);
  const onT54W = completeAt('#!version:1.0.0.1\nfeatures.|\n', 'y000000000096.cfg').map((i) => i.label);
  assert.deepEqual(onT46S, []);
  assert.deepEqual(onT54W, ['features.bluetooth_enable']);
});

test('values after = : enum labels, default preselected, %NULL%', () => {
  const items = completeAt('#!version:1.0.0.1\naccount.1.sip_server.1.transport_type = |\n');
  assert.deepEqual(items.map((i) => i.label), ['0', '1', '2', '3', '%NULL%']);
  assert.equal(items[2].detail, 'TLS');
  assert.equal(items[0].detail, 'UDP (default)');
  assert.equal(items[0].preselect, true);
});

test('bool values say what 0 and 1 mean for this parameter', () => {
  const items = completeAt('#!version:1.0.0.1\naccount.1.enable=|');
  assert.equal(items[1].detail, 'Account on');
  assert.deepEqual(edit(items[1]).range, { start: { line: 1, character: 17 }, end: { line: 1, character: 17 } });
});

test('value completion replaces what is already typed', () => {
  const items = completeAt('#!version:1.0.0.1\nlang.gui = Ger|man\n');
  assert.deepEqual(edit(items[0]).range, { start: { line: 1, character: 11 }, end: { line: 1, character: 17 } });
});

test('model names after "# yealink: model=" and rule codes after "# yealink-disable"', () => {
  const models = completeAt('#!version:1.0.0.1\n# yealink: model=T4|\n');
  const t46s = models.find((i) => i.label === 'T46S');
  assert.equal(t46s?.detail, 'y000000000066.cfg · 16 accounts · 27 line keys');
  assert.deepEqual(edit(t46s!).range, { start: { line: 1, character: 17 }, end: { line: 1, character: 19 } });
  const codes = completeAt('#!version:1.0.0.1\n# yealink-disable-next-line YL003 |\n');
  assert.equal(codes.find((i) => i.label === 'YL007')?.detail, 'Changing this parameter reboots the phone');
});

test('no completion in comments, for unknown prefixes, or in encrypted files', () => {
  assert.deepEqual(completeAt('#!version:1.0.0.1\n# acc|\n'), []);
  assert.deepEqual(completeAt('#!version:1.0.0.1\nnosuch.|\n'), []);
  assert.deepEqual(completeAt('#!encrypt:1.0.0.0\n|'), []);
});

test('boot files offer include:config and boot keys', () => {
  const labels = completeAt('#!version:1.0.0.1\n|\n', 'y000000000000.boot').map((i) => i.label);
  assert.ok(labels.includes('include:config'));
  assert.ok(labels.includes('overwrite_mode'));
});

test('line 1 offers the header', () => {
  assert.equal(completeAt('#!|')[0].label, '#!version:1.0.0.1');
});

test('resolve adds the documentation', () => {
  const [item] = completeAt('#!version:1.0.0.1\nlang.|\n');
  const resolved = resolveCompletion(item, sampleCatalog);
  assert.match((resolved.documentation as { value: string }).value, /Screen language/);
});

test('value labels show in the list itself (labelDetails), the default marked', () => {
  const items = completeAt('#!version:1.0.0.1\naccount.1.sip_server.1.transport_type = |\n');
  assert.deepEqual(items[2].labelDetails, { detail: '  TLS', description: undefined });
  assert.deepEqual(items[0].labelDetails, { detail: '  UDP', description: 'default' });
  // A label that only repeats the value adds nothing.
  const languages = completeAt('#!version:1.0.0.1\nlang.gui = |\n');
  assert.equal(languages[0].labelDetails?.detail, undefined);
});

test('an accepted key completion ends in " = " and opens the value suggestions at once', () => {
  const transport = completeAt('#!version:1.0.0.1\naccount.1.sip_server.1.|\n').find((i) => i.label === 'account.1.sip_server.1.transport_type');
  assert.equal(edit(transport!).newText, 'account.1.sip_server.1.transport_type = ');
  assert.deepEqual(transport!.command, { title: 'Suggest values', command: 'editor.action.triggerSuggest' });
  const enable = completeAt('#!version:1.0.0.1\nlang.|\n').find((i) => i.label === 'lang.gui');
  assert.equal(enable?.command?.command, 'editor.action.triggerSuggest');
});

test('no value suggestions are opened while an index is still to fill in, or when there is nothing to suggest', () => {
  const indexed = completeAt('#!version:1.0.0.1\nacc|\n').find((i) => i.label === 'account.X.enable');
  assert.equal(indexed?.command, undefined);
  // account.X.sip_server.Y.address has no listed values and no default: only %NULL% would show.
  const address = completeAt('#!version:1.0.0.1\naccount.1.sip_server.1.|\n').find((i) => i.label === 'account.1.sip_server.1.address');
  assert.equal(address?.command, undefined);
});
