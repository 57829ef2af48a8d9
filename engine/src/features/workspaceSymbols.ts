/**
 * Go to Symbol in Workspace: where a key is set across the fleet ("account.1.label" in every MAC file).
 * The server keeps a compact index per file (built when its workspace scan reads the file) and answers each
 * query by scanning it: key names are shared between files, so each distinct name is stored and scored once
 * per query, and each file holds only references and line numbers. Answers are capped.
 */
import { SymbolKind, type SymbolInformation } from 'vscode-languageserver-types';
import type { AnalyzedDocument } from '../document';

/** A distinct key name, shared by every file that sets it, with its last query score cached. */
interface KeyName {
  readonly name: string;
  readonly lower: string;
  /** The query generation the score below is for (a number compares faster than the query text). */
  scoredFor: number;
  score: number;
}

/** The settings of one file: which key is on which line, from which column. */
export interface SettingsIndex {
  readonly keys: readonly KeyName[];
  readonly lines: Uint32Array;
  readonly columns: Uint32Array;
}

/** At most this many symbols per answer; editors show the best few dozen anyway. */
export const MAX_WORKSPACE_SYMBOLS = 1000;
/** Beyond this many distinct names (a folder of junk), names are no longer shared, only copied. */
const MAX_SHARED_NAMES = 200_000;

const names = new Map<string, KeyName>();

/**
 * The shared record for a key. A key parsed from a file is a slice of the whole file's text and would keep that
 * text alive; the record holds a fresh copy instead.
 */
function keyName(key: string): KeyName {
  const known = names.get(key);
  if (known) return known;
  const copy = JSON.parse(JSON.stringify(key)) as string;
  const record: KeyName = { name: copy, lower: copy.toLowerCase(), scoredFor: 0, score: -1 };
  if (names.size < MAX_SHARED_NAMES) names.set(copy, record);
  return record;
}

export function indexSettings(doc: AnalyzedDocument): SettingsIndex {
  const settings = doc.parsed.settings;
  const lines = new Uint32Array(settings.length);
  const columns = new Uint32Array(settings.length);
  const keys = settings.map((setting, i) => {
    lines[i] = setting.line;
    columns[i] = setting.keySpan.start;
    return keyName(setting.key);
  });
  return { keys, lines, columns };
}

/** Each query scores each distinct name once; this numbers the queries. */
let generation = 0;

/** 0 the whole key, 1 its start, 2 anywhere in it, 3 its letters in order; -1 no match. */
function score(key: KeyName, query: string, queryGeneration: number): number {
  if (key.scoredFor === queryGeneration) return key.score;
  const name = key.lower;
  let result: number;
  if (name === query) result = 0;
  else if (name.startsWith(query)) result = 1;
  else if (name.includes(query)) result = 2;
  else {
    let at = 0;
    for (let i = 0; i < name.length && at < query.length; i++) if (name.charCodeAt(i) === query.charCodeAt(at)) at++;
    result = at === query.length ? 3 : -1;
  }
  key.scoredFor = queryGeneration;
  key.score = result;
  return result;
}

function fileName(uri: string): string {
  const path = uri.split(/[?#]/, 1)[0];
  return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1));
}

/**
 * The settings whose key matches `query` (case-insensitive; whole key first, then prefix, substring and
 * letters in order), over every indexed file. An empty query asks for everything: it gets nothing, since a
 * fleet-wide list of every setting helps no one.
 */
export function workspaceSymbols(files: Iterable<readonly [string, SettingsIndex]>, query: string, limit = MAX_WORKSPACE_SYMBOLS): SymbolInformation[] {
  const wanted = query.trim().toLowerCase();
  if (wanted === '') return [];
  const buckets: SymbolInformation[][] = [[], [], [], []];
  const queryGeneration = ++generation;
  for (const [uri, index] of files) {
    const container = fileName(uri);
    for (let i = 0; i < index.keys.length; i++) {
      const key = index.keys[i];
      const rank = score(key, wanted, queryGeneration);
      if (rank < 0 || buckets[rank].length >= limit) continue;
      const line = index.lines[i];
      const start = index.columns[i];
      buckets[rank].push({
        name: key.name,
        kind: SymbolKind.Property,
        containerName: container,
        location: { uri, range: { start: { line, character: start }, end: { line, character: start + key.name.length } } },
      });
    }
    if (buckets[0].length >= limit) break;
  }
  return buckets.flat().slice(0, limit);
}
