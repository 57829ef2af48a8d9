/**
 * Document links: in a boot file, each `include:config` path opens the file it names (relative paths
 * resolve against the boot file's folder, as the phone resolves them against the boot file's URL).
 */
import type { DocumentLink } from 'vscode-languageserver-types';
import type { AnalyzedDocument } from '../document';
import { includeTarget } from '../includes';

/** `documentUri` is the boot file's URI, e.g. `file:///fleet/y000000000000.boot`. */
export function documentLinks(doc: AnalyzedDocument, documentUri: string): DocumentLink[] {
  if (!doc.isBoot) return [];
  const links: DocumentLink[] = [];
  for (const line of doc.parsed.lines) {
    if (line.kind !== 'include' || line.path === '') continue;
    const target = includeTarget(documentUri, line.path);
    if (!target) continue; // the document's location cannot anchor a relative path: no link rather than a wrong one
    links.push({
      range: { start: { line: line.line, character: line.pathSpan.start }, end: { line: line.line, character: line.pathSpan.end } },
      target,
      tooltip: 'Open the included file',
    });
  }
  return links;
}
