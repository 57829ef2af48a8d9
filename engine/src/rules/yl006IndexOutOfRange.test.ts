import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Catalog } from '../catalog/catalog';
import { NameSuggester } from '../catalog/suggest';
import { analyze } from '../document';
import { findingsOf, flagged, HEADER_LINE } from '../testing/ruleHarness';
import { validate } from '../validate';
import { indexOutOfRange } from './yl006IndexOutOfRange';

test('without a model, only the absolute range applies', () => {
  const text = `${HEADER_LINE}account.16.enable = 1\naccount.17.enable = 1\naccount.0.enable = 1\n`;
  const findings = findingsOf(indexOutOfRange, text);
  assert.deepEqual(findings.map((f) => f.line), [2, 3]);
  assert.equal(flagged(text, findings[0]), '17');
});

test('a Common file name sets the model: T46S (66) has 16 accounts, 27 line keys; inferred, so information', () => {
  const text = `${HEADER_LINE}account.16.enable = 1\nlinekey.28.type = 15\n`;
  const findings = findingsOf(indexOutOfRange, text, 'y000000000066.cfg');
  assert.deepEqual(findings.map((f) => f.line), [2]);
  assert.match(findings[0].message, /T46S has 27 line keys; index 28 does not exist on it \(model inferred from the file name y000000000066\.cfg/);
  assert.equal(findings[0].severity, 'information');
});

test('a model comment pins the model, and a count from a Yealink document is a warning', () => {
  // "T40P/T40G/T23P/T23G: X ranges from 1 to 3" (Yealink V85 MAC template header, account.X.*).
  const text = `${HEADER_LINE}# yealink: model=T23G\naccount.4.enable = 1\n`;
  const [finding] = findingsOf(indexOutOfRange, text, '001565abcdef.cfg');
  assert.match(finding.message, /T23G has 3 accounts; index 4 does not exist on it\.$/);
  assert.equal(finding.severity, 'warning');
});

test('the model setting applies when the file says nothing, as a warning', () => {
  const text = `${HEADER_LINE}account.7.enable = 1\n`;
  const findings = findingsOf(indexOutOfRange, text, '001565abcdef.cfg', { model: 'T41S' });
  assert.deepEqual(findings.map((f) => f.severity), ['warning']);
  assert.equal(findingsOf(indexOutOfRange, text, '001565abcdef.cfg', {}).length, 0);
});

test('a blank or %NULL% value sets nothing, so no index is checked', () => {
  // Yealink's own T2x/T4x Common templates list line keys 1-27 with blank values for every model.
  const text = `${HEADER_LINE}linekey.28.type =\nlinekey.29.type = %NULL%\naccount.17.enable =\nlinekey.30.type = 0\n`;
  assert.deepEqual(findingsOf(indexOutOfRange, text, 'y000000000044.cfg').map((f) => f.line), [4]);
  assert.deepEqual(findingsOf(indexOutOfRange, `${HEADER_LINE}account.17.enable =\naccount.17.label = x\n`).map((f) => f.line), [2]);
});

test('a Common file number several models share names them all: y000000000044.cfg is the T23P and the T23G', () => {
  // Line keys: "X ranges from 1 to 3 (for SIP-T40P/T40G/T23P/T23G)", Administrator Guide V81, page 617.
  const text = `${HEADER_LINE}linekey.3.type = 15\nlinekey.4.type = 15\n`;
  const [finding, ...rest] = findingsOf(indexOutOfRange, text, 'y000000000044.cfg');
  assert.equal(rest.length, 0);
  assert.match(finding.message, /^linekey\.4\.type: the T23P\/T23G have 3 line keys; index 4 does not exist on it/);
});

test('a pinned model whose count only a non-Yealink capability file gives is information, and says so', () => {
  // T49G line keys: only Tancredi's yealink-T49.ini capability file gives a count.
  const text = `${HEADER_LINE}# yealink: model=T49G\nlinekey.5.type = 15\n`;
  const [finding] = findingsOf(indexOutOfRange, text, '001565abcdef.cfg');
  assert.equal(finding.severity, 'information');
  assert.match(finding.message, /T49G has 4 line keys; index 5 does not exist on it \(only a non-Yealink capability file gives this count\)/);
});

test('the YL006 severity setting wins over the information level of an inferred model', () => {
  const text = `${HEADER_LINE}linekey.28.type = 15\n`;
  const findings = findingsOf(indexOutOfRange, text, 'y000000000066.cfg', { severity: { YL006: 'warning' } });
  assert.deepEqual(findings.map((f) => f.severity), ['warning']);
});

test('the ends of an index range no source states (open) are never reported; a model count still is', () => {
  const family = {
    family: 'open-range',
    parameters: [
      {
        pattern: 'account.X.dns_cache_srv.Y.port',
        indexes: { X: { min: 1, max: 16, perModel: 'accounts' as const }, Y: { min: 1, max: 9999, open: true } },
        value: { kind: 'text' as const },
        description: 'Port of a cached SRV record.',
        source: { guide: 'AG84' },
      },
    ],
  };
  const catalog = new Catalog([family]);
  const text = `${HEADER_LINE}account.2.dns_cache_srv.0.port = 0\naccount.2.dns_cache_srv.12000.port = 0\naccount.17.dns_cache_srv.1.port = 0\n`;
  const check = (path: string, settings = {}) =>
    validate(analyze(text, path, settings), { catalog, suggester: new NameSuggester(catalog), settings, rules: [indexOutOfRange] });
  assert.deepEqual(check('settings.cfg').map((f) => f.line), [3]);
  const handsets = new Catalog([
    {
      family: 'handsets',
      parameters: [
        {
          pattern: 'handset.X.ipui',
          indexes: { X: { min: 1, max: 9999, open: true, perModel: 'handsets' as const } },
          value: { kind: 'text' as const },
          description: 'Identity of DECT handset X.',
          source: { guide: 'AG84' },
        },
      ],
    },
  ]);
  const dect = `${HEADER_LINE}handset.5.ipui = 0123456789\nhandset.6.ipui = 0123456789\nhandset.40.ipui = 0123456789\n`;
  const lint = (settings: { model?: string }) =>
    validate(analyze(dect, '001565abcdef.cfg', settings), { catalog: handsets, suggester: new NameSuggester(handsets), settings, rules: [indexOutOfRange] });
  assert.deepEqual(lint({}).map((f) => f.line), [], 'no base model: no limit is known');
  // W52P: 5 handsets (Yealink's V70/V71 template comments as sipXyealink types them, handsets section).
  const w52p = lint({ model: 'W52P' });
  assert.deepEqual(w52p.map((f) => f.line), [2, 3]);
  assert.match(w52p[0].message, /the W52P has 5 DECT handsets; index 6 does not exist on it\.$/);
});

test('gaps inside a range are reported', () => {
  const text = `${HEADER_LINE}programablekey.11.type = 0\nprogramablekey.12.type = 0\n`;
  assert.deepEqual(findingsOf(indexOutOfRange, text).map((f) => f.line), [1]);
});

test('flags the right number when the key has two indexes', () => {
  const text = `${HEADER_LINE}account.1.sip_server.3.address = a\n`;
  const [finding] = findingsOf(indexOutOfRange, text);
  assert.equal(finding.start, 'account.1.sip_server.'.length);
  assert.equal(flagged(text, finding), '3');
});

test('T46U (108): 27 line keys, so linekey.28 is flagged and linekey.27 is not', () => {
  const text = `${HEADER_LINE}linekey.27.type = 15\nlinekey.28.type = 15\naccount.16.enable = 1\n`;
  const findings = findingsOf(indexOutOfRange, text, 'y000000000108.cfg');
  assert.deepEqual(findings.map((f) => f.line), [2]);
  assert.match(findings[0].message, /T46U has 27 line keys/);
});

test('T33G (124): 4 accounts and 12 line keys', () => {
  const text = `${HEADER_LINE}account.4.enable = 1\naccount.5.enable = 1\nlinekey.12.type = 15\nlinekey.13.type = 15\n`;
  const findings = findingsOf(indexOutOfRange, text, 'y000000000124.cfg');
  assert.deepEqual(findings.map((f) => f.line), [2, 4]);
  assert.match(findings[0].message, /T33G\/T33P have 4 accounts/);
  assert.match(findings[1].message, /T33G\/T33P have 12 line keys/);
});

test('a programmable key the model skips is flagged: T42G has keys 1-10 and 13', () => {
  const text = `${HEADER_LINE}programablekey.10.type = 0\nprogramablekey.12.type = 0\nprogramablekey.13.type = 0\nprogramablekey.14.type = 0\n`;
  const findings = findingsOf(indexOutOfRange, text, 'y000000000029.cfg');
  assert.deepEqual(findings.map((f) => f.line), [2, 4]);
  assert.match(findings[0].message, /T42G skips programmable keys 11, 12; index 12 does not exist/);
  assert.ok(findings.every((f) => f.severity === 'information'), 'the model comes from the file name');
  assert.match(findings[1].message, /T42G has 13 programmable keys/);
});

test("a model's own count beats the catalog's widest range; a model without a count gets the range as information", () => {
  // W90DM: 250 accounts (models table); the catalog's account range is 1..16, the T-series' widest.
  const w90 = `${HEADER_LINE}# yealink: model=W90DM\naccount.40.enable = 1\naccount.251.enable = 1\n`;
  const findings = findingsOf(indexOutOfRange, w90, '001565abcdef.cfg');
  assert.deepEqual(findings.map((f) => f.line), [3]);
  assert.match(findings[0].message, /W90DM has 250 accounts; index 251 does not exist on it/);
  // VP530: no programmable-key count in the models table, so 1..14 from other models is only a hint.
  const vp530 = `${HEADER_LINE}# yealink: model=VP530\nprogramablekey.15.type = 0\n`;
  const [finding] = findingsOf(indexOutOfRange, vp530, '001565abcdef.cfg');
  assert.equal(finding.severity, 'information');
  assert.match(finding.message, /index 15 is outside 1\.\.14 except 11 for programablekey\.X\.type \(no count is known for the VP530; the range comes from other models\)\.$/);
});

test('the T19(P) E2 has no line keys (Administrator Guide V81, page 617: line keys are not applicable to it)', () => {
  const text = `${HEADER_LINE}# yealink: model=T19P_E2\nlinekey.1.type = 15\n`;
  const [finding] = findingsOf(indexOutOfRange, text, '001565abcdef.cfg');
  assert.equal(finding.severity, 'warning');
  assert.match(finding.message, /the T19P_E2 has 0 line keys; index 1 does not exist on it\.$/);
});

test('with no model known, an index only a DECT manager takes is information naming the models', () => {
  // W90DM: 250 accounts in the models table; desk phones take at most 16.
  const text = `${HEADER_LINE}account.40.enable = 1\naccount.251.enable = 1\n`;
  const findings = findingsOf(indexOutOfRange, text, '001565abcdef.cfg');
  assert.deepEqual(findings.map((f) => [f.line, f.severity]), [[1, 'information'], [2, 'warning']]);
  assert.match(findings[0].message, /index 40 is outside 1\.\.16 for account\.X\.enable \(only the W90DM takes that many; name the model/);
});
