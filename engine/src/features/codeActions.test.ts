import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Diagnostic, TextEdit } from 'vscode-languageserver-types';
import { analyze } from '../document';
import { sampleCatalog, sampleSuggester } from '../testing/sampleCatalog';
import { validate } from '../validate';
import { codeActions, TREAT_AS_KNOWN_COMMAND } from './codeActions';
import { toDiagnostic } from './diagnostics';

const URI = 'file:///p/y000000000066.cfg';

function actionsFor(text: string, code: string): ReturnType<typeof codeActions> {
  const doc = analyze(text, URI);
  const diagnostics: Diagnostic[] = validate(doc, { catalog: sampleCatalog, suggester: sampleSuggester }).map((finding) => toDiagnostic(finding)).filter((d) => d.code === code);
  assert.ok(diagnostics.length > 0, `expected a ${code} diagnostic`);
  return codeActions(doc, URI, diagnostics);
}

/** Applies one action's edits to the text (edits of one action never overlap). */
function apply(text: string, edits: readonly TextEdit[]): string {
  const lines = text.split(/(?<=\n)/);
  const offset = (line: number, character: number): number => lines.slice(0, line).join('').length + character;
  return [...edits]
    .sort((a, b) => offset(b.range.start.line, b.range.start.character) - offset(a.range.start.line, a.range.start.character))
    .reduce((result, e) => result.slice(0, offset(e.range.start.line, e.range.start.character)) + e.newText + result.slice(offset(e.range.end.line, e.range.end.character)), text);
}

const editsOf = (action: ReturnType<typeof codeActions>[number]): TextEdit[] => action.edit?.changes?.[URI] ?? [];

test('inserts a missing header, keeping the file line ending', () => {
  const text = 'lang.gui = English\r\n';
  const [insert] = actionsFor(text, 'YL001');
  assert.equal(apply(text, editsOf(insert)), '#!version:1.0.0.1\r\nlang.gui = English\r\n');
});

test('moves a header from a later line to the top', () => {
  const text = '# note\n#!version:1.0.0.1\nlang.gui = English\n';
  const [move] = actionsFor(text, 'YL001');
  assert.equal(move.title, 'Move the header to the first line');
  assert.equal(apply(text, editsOf(move)), '#!version:1.0.0.1\n# note\nlang.gui = English\n');
});

test('replaces an unknown name with the suggestion', () => {
  const text = '#!version:1.0.0.1\nacount.1.enable = 1\n';
  const [first] = actionsFor(text, 'YL003');
  assert.equal(first.title, 'Change to "account.1.enable"');
  assert.equal(first.isPreferred, true);
  assert.equal(apply(text, editsOf(first)), '#!version:1.0.0.1\naccount.1.enable = 1\n');
});

test('replaces a bad value with an allowed one', () => {
  const text = '#!version:1.0.0.1\naccount.1.sip_server.1.transport_type = TLS\n';
  const [first] = actionsFor(text, 'YL004');
  assert.equal(apply(text, editsOf(first)), '#!version:1.0.0.1\naccount.1.sip_server.1.transport_type = 2\n');
});

test('removes a duplicate line, also when it is the last line without a newline', () => {
  const text = '#!version:1.0.0.1\nlang.gui = English\nlang.gui = German';
  const remove = actionsFor(text, 'YL005').find((a) => a.title === 'Remove this line');
  assert.equal(apply(text, editsOf(remove!)), '#!version:1.0.0.1\nlang.gui = English');
});

test('offers to disable a rule for the line or the file', () => {
  const text = '#!version:1.0.0.1\n  foo.bar = 1\n';
  const actions = actionsFor(text, 'YL014');
  const line = actions.find((a) => a.title === 'Disable YL014 for this line');
  const file = actions.find((a) => a.title === 'Disable YL014 for this file');
  assert.equal(apply(text, editsOf(line!)), '#!version:1.0.0.1\n  # yealink-disable-next-line YL014\n  foo.bar = 1\n');
  assert.equal(apply(text, editsOf(file!)), '#!version:1.0.0.1\n# yealink-disable YL014\n  foo.bar = 1\n');
});

test('an unknown name offers to treat its pattern as known, through the server command', () => {
  const [treat] = actionsFor('#!version:1.0.0.1\ncustom.4.value = 1\n', 'YL014');
  assert.equal(treat.title, 'Treat as a known parameter');
  assert.equal(treat.edit, undefined);
  assert.deepEqual(treat.command, { title: 'Treat as a known parameter', command: TREAT_AS_KNOWN_COMMAND, arguments: [URI, 'custom.X.value'] });
});

test('equally near renames are offered, none preferred', () => {
  const doc = analyze('#!version:1.0.0.1\nfoo = 1\n', URI);
  const range = { start: { line: 1, character: 0 }, end: { line: 1, character: 3 } };
  const diagnostic: Diagnostic = { range, message: 'x', source: 'yealink-cfg', code: 'YL014', data: { replacements: ['a.b', 'a.c'], ambiguous: true } };
  const renames = codeActions(doc, URI, [diagnostic]).filter((a) => a.title.startsWith('Change to'));
  assert.deepEqual(renames.map((a) => [a.title, a.isPreferred]), [['Change to "a.b"', undefined], ['Change to "a.c"', undefined]]);
});

test('inserts the missing = between a key and its value', () => {
  const text = '#!version:1.0.0.1\nstatic.network.qos.audiotos 46\n';
  const [insert] = actionsFor(text, 'YL002');
  assert.equal(insert.title, 'Insert "="');
  assert.equal(insert.isPreferred, true);
  assert.equal(apply(text, editsOf(insert)), '#!version:1.0.0.1\nstatic.network.qos.audiotos = 46\n');
});

test('an encrypted file offers the Decrypt command', () => {
  const actions = actionsFor('#!encrypt:1.0.0.0\r\n#!key_signatue:RSA_256\r\n', 'YL008');
  assert.equal(actions[0].command?.command, 'yealinkCfg.decryptFile');
  assert.deepEqual(actions[0].command?.arguments, [URI]);
});

test('ignores diagnostics from other sources', () => {
  const doc = analyze('#!version:1.0.0.1\n', URI);
  const foreign: Diagnostic = { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, message: 'x', source: 'other', code: 'YL003', data: { replacements: ['a'] } };
  assert.deepEqual(codeActions(doc, URI, [foreign]), []);
});
