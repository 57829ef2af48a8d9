import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { checkLayering, listSources, moduleSpecifiers } from './architecture';

const ROOT = join(__dirname, '../..');
const disk = { readdir: (path: string) => readdirSync(path), isDirectory: (path: string) => statSync(path).isDirectory() };

test('client, server and CLI import the engine only through its facades; the engine never imports vscode or the LSP connection', () => {
  const files = ['client/src', 'server/src', 'cli/src', 'engine/src'].flatMap((folder) =>
    listSources(ROOT, folder, disk).map((path) => ({ path, text: readFileSync(join(ROOT, path), 'utf8') })),
  );
  assert.ok(files.length > 50, `found only ${files.length} source files`);
  const violations = checkLayering(files);
  assert.deepEqual(violations.map((v) => `${v.file}: ${v.specifier} (${v.reason})`), []);
});

test('the checker finds every kind of violation', () => {
  const violations = checkLayering([
    { path: 'client/src/a.ts', text: "import { parse } from '../../engine/src/parser';" },
    { path: 'client/src/commands/b.ts', text: "export { RULES } from '../../../engine/src/rules/index';" },
    { path: 'server/src/c.ts', text: "const catalog = require('../../engine/src/catalog/catalog');" },
    { path: 'cli/src/commands/d.ts', text: "const m = await import('../../../engine/src/merge/merge');" },
    { path: 'engine/src/e.ts', text: "import * as vscode from 'vscode';" },
    { path: 'engine/src/features/f.ts', text: "import { createConnection } from 'vscode-languageserver/node';" },
    { path: 'engine/src/g.ts', text: "import type { LanguageClient } from 'vscode-languageclient/node';" },
  ]);
  assert.deepEqual(
    violations.map((v) => v.file),
    ['client/src/a.ts', 'client/src/commands/b.ts', 'server/src/c.ts', 'cli/src/commands/d.ts', 'engine/src/e.ts', 'engine/src/features/f.ts', 'engine/src/g.ts'],
  );
});

test('the checker accepts the facades, plain LSP types in the engine, and engine internals in tests', () => {
  const violations = checkLayering([
    { path: 'client/src/a.ts', text: "import { FileService } from '../../engine/src/fileService';\nimport { COMMANDS } from '../../engine/src/protocol';" },
    { path: 'server/src/b.ts', text: "import { YealinkLanguageService } from '../../engine/src/languageService';" },
    { path: 'cli/src/commands/c.ts', text: "import { computeImpact } from '../../../engine/src/impactService';" },
    { path: 'engine/src/d.ts', text: "import type { Diagnostic } from 'vscode-languageserver-types';\nimport { TextDocument } from 'vscode-languageserver-textdocument';" },
    { path: 'cli/src/commands/e.test.ts', text: "import { K16 } from '../../../engine/src/crypto/testPaths';" },
  ]);
  assert.deepEqual(violations, []);
});

test('module specifiers include type imports, re-exports, require and dynamic import', () => {
  assert.deepEqual(
    moduleSpecifiers("import type { A } from './a';\nexport * from './b';\nconst c = require('./c');\nvoid import('./d');"),
    ['./a', './b', './c', './d'],
  );
});

test('the client plans merges through the language server (yealinkCfg/planMerge), never on the extension host', () => {
  const client = listSources(ROOT, 'client/src', disk).map((path) => ({ path, text: readFileSync(join(ROOT, path), 'utf8') }));
  // The host-side planner is neither exported by the file facade nor called by the client.
  const facade = readFileSync(join(ROOT, 'engine/src/fileService.ts'), 'utf8');
  assert.doesNotMatch(facade, /export\s*\{[^}]*\bplanMerge\b[^}]*\}\s*from\s*'\.\/merge\/partners'/);
  const planning = client.filter((file) => /\bplanPartners\b|\bfiles\.planMerge\(|\bservices\.files\.planMerge\(/.test(file.text)).map((file) => file.path);
  assert.deepEqual(planning, []);
  const requesting = client.filter((file) => /sendRequest\([^)]*\bPlanMergeRequest\b/.test(file.text)).map((file) => file.path);
  assert.deepEqual(requesting, ['client/src/extension.ts'], 'the extension wires the preview to the server request');
});
