import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../document';
import { modelPinEdit } from './modelPin';

function apply(text: string, model: string | undefined): string {
  const edit = modelPinEdit(text, model);
  return edit ? TextDocument.applyEdits(TextDocument.create('file:///a.cfg', 'yealink-cfg', 1, text), [edit]) : text;
}

test('a new pin goes right under the header, and the analysis then sees the model', () => {
  const text = '#!version:1.0.0.1\naccount.1.enable = 1\n';
  const pinned = apply(text, 'T46U');
  assert.equal(pinned, '#!version:1.0.0.1\n# yealink: model=T46U\naccount.1.enable = 1\n');
  assert.equal(analyze(pinned, '001565aabbcc.cfg').model?.name, 'T46U');
  assert.equal(analyze(pinned, '001565aabbcc.cfg').modelSource, 'comment');
});

test('a file without a header gets the pin on top; CRLF files keep CRLF', () => {
  assert.equal(apply('a = 1\n', 'T54W'), '# yealink: model=T54W\na = 1\n');
  assert.equal(apply('#!version:1.0.0.1\r\na = 1\r\n', 'T54W'), '#!version:1.0.0.1\r\n# yealink: model=T54W\r\na = 1\r\n');
});

test('an existing pin is rewritten in place, or removed; the same pin is no edit', () => {
  const text = '#!version:1.0.0.1\n## site A\n#  yealink: model = t46s\na = 1\n';
  assert.equal(apply(text, 'T48U'), '#!version:1.0.0.1\n## site A\n# yealink: model=T48U\na = 1\n');
  assert.equal(apply(text, undefined), '#!version:1.0.0.1\n## site A\na = 1\n');
  assert.equal(modelPinEdit('#!version:1.0.0.1\n# yealink: model=T46U\n', 'T46U'), undefined);
  assert.equal(modelPinEdit('#!version:1.0.0.1\n', undefined), undefined);
});
