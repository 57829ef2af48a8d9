/** Tokenizes sample lines with the real TextMate engine VS Code uses (vscode-textmate + oniguruma). */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

const ROOT = join(__dirname, '../../..');
let grammar: textmate.IGrammar;

before(async () => {
  const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async () => textmate.parseRawGrammar(readFileSync(join(ROOT, 'syntaxes/yealink-cfg.tmLanguage.json'), 'utf8'), 'grammar.json'),
  });
  const loaded = await registry.loadGrammar('source.yealink-cfg');
  assert.ok(loaded);
  grammar = loaded;
});

/** The scopes of the token covering `text` in `line` (the first occurrence). */
function scopesOf(line: string, text: string): string[] {
  const { tokens } = grammar.tokenizeLine(line, textmate.INITIAL);
  const at = line.indexOf(text);
  const token = tokens.find((t) => t.startIndex <= at && at < t.endIndex);
  assert.ok(token, `no token at "${text}"`);
  return token.scopes;
}

const has = (scopes: string[], scope: string): boolean => scopes.some((s) => s.startsWith(scope));

test('header', () => {
  assert.ok(has(scopesOf('#!version:1.0.0.1', 'version'), 'keyword.control.directive.version'));
  assert.ok(has(scopesOf('#!version:1.0.0.1', '1.0.0.1'), 'constant.numeric.version'));
});

test('comments, banners and suppression comments', () => {
  assert.ok(has(scopesOf('# a note', 'note'), 'comment.line.number-sign.yealink-cfg'));
  assert.ok(has(scopesOf('####### Network #######', 'Network'), 'comment.line.number-sign.banner'));
  assert.ok(has(scopesOf('# yealink-disable-next-line YL003', 'yealink-disable-next-line'), 'keyword.control.pragma'));
  assert.ok(has(scopesOf('# yealink: model=T54W', 'T54W'), 'constant.other.rule-code'));
});

test('keys: segments, numeric indexes, static prefix, assignment', () => {
  const line = 'static.account.12.sip_server.2.address = pbx.example.com';
  assert.ok(has(scopesOf(line, 'static'), 'storage.modifier.static'));
  assert.ok(has(scopesOf(line, '12'), 'constant.numeric.index'));
  assert.ok(has(scopesOf(line, 'sip_server'), 'variable.other.key'));
  assert.ok(has(scopesOf(line, '='), 'keyword.operator.assignment'));
  assert.ok(has(scopesOf(line, 'pbx.example.com'), 'string.unquoted.value'));
});

test('values: %NULL%, numbers, URLs, and # inside a value is not a comment', () => {
  assert.ok(has(scopesOf('account.1.label = %NULL%', '%NULL%'), 'constant.language.null'));
  assert.ok(has(scopesOf('local_time.time_zone = +8', '+8'), 'constant.numeric'));
  assert.ok(has(scopesOf('static.firmware.url = http://10.0.0.1/fw.rom', 'http'), 'markup.underline.link'));
  const key = scopesOf('static.auto_provision.aes_key.com = ab#cd', '#cd');
  assert.ok(has(key, 'string.unquoted.value'));
  assert.ok(!has(key, 'comment'));
});

test('k=v without spaces and empty values', () => {
  assert.ok(has(scopesOf('lang.gui=English', 'English'), 'string.unquoted.value'));
  assert.ok(has(scopesOf('account.1.label =', '='), 'keyword.operator.assignment'));
});

test('boot files: include:config with model prefixes and quoted paths', () => {
  const line = '[T46S,T48S]include:config "dir/sip.cfg"';
  assert.ok(has(scopesOf(line, 'T46S'), 'entity.name.tag.model'));
  assert.ok(has(scopesOf(line, 'include:config'), 'keyword.control.import.include'));
  assert.ok(has(scopesOf(line, 'dir/sip.cfg'), 'string.quoted.double.path'));
  assert.ok(has(scopesOf('include:config y000000000066.cfg', 'y000000000066.cfg'), 'string.unquoted.path'));
});

test('template placeholders in keys and values, and template statements', () => {
  assert.ok(has(scopesOf('account.{$row}.label = {{ name }}', '{$row}'), 'variable.parameter.template'));
  assert.ok(has(scopesOf('account.{$row}.label = {{ name }}', '{{ name }}'), 'variable.parameter.template'));
  assert.ok(has(scopesOf('{% if vlan_enabled %}', 'vlan_enabled'), 'meta.embedded.template.statement'));
});

test('other #! directives (RSA envelope)', () => {
  assert.ok(has(scopesOf('#!key_signatue:RSA_256', 'key_signatue'), 'keyword.control.directive'));
});
