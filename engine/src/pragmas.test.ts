import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePragma, pragmaAtCursor, printDisable, printModelPin } from './pragmas';

test('reads model comments with their column, and suppression comments with their codes', () => {
  assert.deepEqual(parsePragma('# yealink: model=T46S'), { kind: 'model', name: 'T46S', start: 17 });
  assert.deepEqual(parsePragma('  ## YEALINK:model = T21P E2  '), { kind: 'model', name: 'T21P E2', start: 21 });
  assert.equal(parsePragma('# yealink: model=T4!6'), undefined);
  assert.equal(parsePragma('# yealink: model='), undefined);
  assert.equal(parsePragma('yealink: model=T46S'), undefined);
  assert.deepEqual(parsePragma('# yealink-disable YL003, yl007 junk'), { kind: 'disable', nextLine: false, codes: ['YL003', 'YL007'] });
  assert.deepEqual(parsePragma('#yealink-disable-next-line'), { kind: 'disable', nextLine: true, codes: [] });
  assert.equal(parsePragma('# yealink-disabled YL003'), undefined);
});

test('knows what is being typed, for completion', () => {
  assert.deepEqual(pragmaAtCursor('# yealink: model=T4'), { kind: 'model', start: 17 });
  assert.deepEqual(pragmaAtCursor('# yealink: model='), { kind: 'model', start: 17 });
  assert.deepEqual(pragmaAtCursor('# yealink-disable YL003 YL'), { kind: 'rule', start: 24 });
  assert.deepEqual(pragmaAtCursor('# yealink-disable-next-line '), { kind: 'rule', start: 28 });
  assert.equal(pragmaAtCursor('# yealink-disable'), undefined);
  assert.equal(pragmaAtCursor('# yealink-disable junk Y'), undefined);
  assert.equal(pragmaAtCursor('account.1.label = # yealink: model='), undefined);
});

test('prints what it reads', () => {
  assert.deepEqual(parsePragma(printDisable('YL003', true)), { kind: 'disable', nextLine: true, codes: ['YL003'] });
  assert.deepEqual(parsePragma(printDisable('YL007', false)), { kind: 'disable', nextLine: false, codes: ['YL007'] });
  assert.equal(parsePragma(printModelPin('T54W'))?.kind, 'model');
});
