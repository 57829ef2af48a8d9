/**
 * The read-only change-impact report behind Show Change Impact and the change code lens: the language server
 * computes it per workspace folder (git, engine), this serves it as a `yealink-impact:` document whose lines
 * link to the file lines they name.
 */
import * as vscode from 'vscode';
import { ChangeImpactRequest, IMPACT_SCHEME, type ChangeImpactResult } from '../../engine/src/protocol';
import type { LanguageClient } from 'vscode-languageclient/node';
import { sendRequest } from './messages';

interface RenderedReport {
  readonly text: string;
  readonly links: readonly vscode.DocumentLink[];
}

export class ImpactReportProvider implements vscode.TextDocumentContentProvider, vscode.DocumentLinkProvider {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private readonly reports = new Map<string, RenderedReport>();

  constructor(private readonly client: LanguageClient) {}

  dispose(): void {
    this.changed.dispose();
  }

  /** Computes the report of the folders around `target` (default: every workspace folder) and shows it. */
  async open(target: vscode.Uri | undefined): Promise<vscode.Uri> {
    const folders = this.foldersFor(target);
    const results = await Promise.all(folders.map((folder) => sendRequest(this.client, ChangeImpactRequest, { folder: folder.toString() })));
    const failures = results.filter((r): r is Extract<ChangeImpactResult, { ok: false }> => !r.ok);
    if (failures.length === results.length) throw new Error(`Show Change Impact compares with a git version: ${failures[0]?.message ?? 'no folder is open'}`);
    const rendered = this.render(folders, results);
    const since = results.find((r) => r.ok && r.report.since);
    const uri = vscode.Uri.from({ scheme: IMPACT_SCHEME, path: `/Change impact since ${since?.ok ? since.report.since : 'base'}.txt` });
    this.reports.set(uri.toString(), rendered);
    this.changed.fire(uri);
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document, { preview: false });
    return uri;
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.reports.get(uri.toString())?.text ?? 'Run "Yealink CFG: Show Change Impact" to compute this report again.\n';
  }

  provideDocumentLinks(document: vscode.TextDocument): vscode.DocumentLink[] {
    return [...(this.reports.get(document.uri.toString())?.links ?? [])];
  }

  private foldersFor(target: vscode.Uri | undefined): vscode.Uri[] {
    const workspace = vscode.workspace.workspaceFolders ?? [];
    if (target?.scheme === 'file') {
      const folder = vscode.workspace.getWorkspaceFolder(target);
      return [folder ? folder.uri : vscode.Uri.joinPath(target, '..')];
    }
    if (workspace.length === 0) throw new Error('open a folder with Yealink files first');
    return workspace.map((folder) => folder.uri);
  }

  private render(folders: readonly vscode.Uri[], results: readonly ChangeImpactResult[]): RenderedReport {
    const lines: string[] = [];
    const links: vscode.DocumentLink[] = [];
    results.forEach((result, index) => {
      if (folders.length > 1) lines.push(`== ${vscode.workspace.asRelativePath(folders[index], true) || folders[index].fsPath}`);
      if (!result.ok) {
        lines.push(`not compared: ${result.message}`, '');
        return;
      }
      const root = vscode.Uri.parse(result.root);
      for (const line of result.lines) {
        if (line.target) {
          const indent = line.text.length - line.text.trimStart().length;
          const range = new vscode.Range(lines.length, indent, lines.length, line.text.length);
          const target = vscode.Uri.joinPath(root, ...line.target.file.split('/')).with({ fragment: `L${line.target.line}` });
          const link = new vscode.DocumentLink(range, target);
          link.tooltip = `Open ${line.target.file} at line ${line.target.line}`;
          links.push(link);
        }
        lines.push(line.text);
      }
      lines.push('');
    });
    return { text: lines.join('\n'), links };
  }
}
