/**
 * Document links: in a boot file, each `include:config` path opens the file it names (relative paths
 * resolve against the boot file's folder, as the phone resolves them against the boot file's URL).
 */
import type { DocumentLink } from 'vscode-languageserver-types';
import type { AnalyzedDocument } from '../document';

const ABSOLUTE_URL = /^[a-z][a-z0-9+.-]*:\/\//i;

/** `documentUri` is the boot file's URI, e.g. `file:///fleet/y000000000000.boot`. */
export function documentLinks(doc: AnalyzedDocument, documentUri: string): DocumentLink[] {
  if (!doc.isBoot) return [];
  const links: DocumentLink[] = [];
  for (const line of doc.parsed.lines) {
    if (line.kind !== 'include' || line.path === '') continue;
    let target: string;
    try {
      target = ABSOLUTE_URL.test(line.path) ? line.path : new URL(line.path.replace(/\\/g, '/'), documentUri).toString();
    } catch {
      continue; // not resolvable (the document URI is not hierarchical): no link rather than a wrong one
    }
    links.push({
      range: { start: { line: line.line, character: line.pathSpan.start }, end: { line: line.line, character: line.pathSpan.end } },
      target,
      tooltip: 'Open the included file',
    });
  }
  return links;
}
