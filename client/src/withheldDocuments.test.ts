import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WithheldDocuments, type TraceLevel } from './withheldDocuments';

function setup(decrypted: string[], level: TraceLevel) {
  const closed: string[] = [];
  const state = { level };
  const documents = new WithheldDocuments({
    isDecrypted: (uri) => decrypted.includes(uri),
    traceLevel: () => state.level,
    closeOnServer: (uri) => closed.push(uri),
  });
  return { documents, closed, state };
}

test('with tracing on, decrypted documents are never sent; other documents are', () => {
  const { documents } = setup(['untitled:Untitled-1'], 'verbose');
  assert.equal(documents.open('untitled:Untitled-1'), false);
  assert.equal(documents.send('untitled:Untitled-1'), false, 'nor their edits');
  assert.equal(documents.open('file:///y000000000066.cfg'), true);
  assert.equal(documents.send('file:///y000000000066.cfg'), true);
  assert.equal(documents.close('untitled:Untitled-1'), false, 'the server never knew it');
  assert.equal(documents.close('file:///y000000000066.cfg'), true);
});

test('with tracing off, decrypted documents are checked like others', () => {
  const { documents } = setup(['untitled:Untitled-1'], 'off');
  assert.equal(documents.open('untitled:Untitled-1'), true);
  assert.equal(documents.send('untitled:Untitled-1'), true);
});

test('when tracing starts, decrypted documents the server knows are closed there and withheld from then on', () => {
  const { documents, closed, state } = setup(['untitled:Untitled-1'], 'off');
  documents.open('untitled:Untitled-1');
  documents.open('file:///a.cfg');
  state.level = 'messages';
  documents.traceChanged();
  assert.deepEqual(closed, ['untitled:Untitled-1']);
  assert.equal(documents.send('untitled:Untitled-1'), false);
  assert.equal(documents.send('file:///a.cfg'), true);
  state.level = 'off';
  documents.traceChanged();
  assert.equal(documents.send('untitled:Untitled-1'), false, 'stays withheld until it is opened again');
});
