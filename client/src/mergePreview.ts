/**
 * The merge preview behind Preview Merged Configuration and Compare Common File with Merged Configuration.
 * The language server plans the merge (`yealinkCfg/planMerge`: which boot, Common, MAC and included files
 * take part; it reads every boot file, off the extension host). This file lists workspace files, asks the
 * user when the plan is ambiguous, then opens the plan's few files itself (decrypting with the
 * `_Security.enc` beside them or a key the user picks: keys and decrypted text never cross the LSP
 * connection, which a trace may record), merges and renders them as read-only `yealink-merge:` documents
 * that refresh when a source changes.
 */
import { basename, dirname, join, relative } from 'node:path';
import * as vscode from 'vscode';
import {
  CryptoError,
  FileHostError,
  FileServiceError,
  renderPreview,
  securityFileNameFor,
  type FileService,
  type KeyMaterial,
  type MergeInput,
  type MergePlan,
  type PartnerSlot,
  type PreviewView,
  includeLineFor,
  type Ambiguity,
} from '../../engine/src/fileService';
import { LANGUAGE_ID, MERGE_SCHEME, SETTINGS, SETTINGS_SECTION, type PlanMergeParams } from '../../engine/src/protocol';
import type { KeyStore } from './keyStore';
import { askingKeySource, type AskingKeySource } from './keySource';

/** Asks the language server for a merge plan (PlanMergeRequest). */
export type MergePlanner = (params: PlanMergeParams) => Promise<MergePlan>;

interface PreviewState {
  anchor: string;
  choices: Partial<Record<PartnerSlot, string>>;
  plan: MergePlan;
  /** Key material found or typed for encrypted inputs, in memory only. */
  material: Map<string, KeyMaterial>;
}

export class MergePreviewProvider implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private readonly states = new Map<string, PreviewState>();
  private readonly disposables: vscode.Disposable[] = [];
  private timer: NodeJS.Timeout | undefined;
  private pending = new Set<string>();

  constructor(
    private readonly files: FileService,
    private readonly keys: KeyStore,
    private readonly planMerge: MergePlanner,
  ) {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.{cfg,boot,enc}');
    const onFile = (uri: vscode.Uri) => this.sourceChanged(uri.fsPath, true);
    this.disposables.push(
      watcher,
      watcher.onDidChange(onFile),
      watcher.onDidCreate(onFile),
      watcher.onDidDelete(onFile),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document.uri.scheme === 'file') this.sourceChanged(e.document.uri.fsPath, false);
      }),
      vscode.workspace.onDidSaveTextDocument((doc) => {
        if (doc.uri.scheme === 'file') this.sourceChanged(doc.uri.fsPath, false);
      }),
      vscode.workspace.onDidCloseTextDocument((doc) => {
        if (doc.uri.scheme === MERGE_SCHEME) this.forgetIfUnused(doc.uri);
      }),
      this.changed,
    );
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }

  static uriFor(anchor: string, view: PreviewView): vscode.Uri {
    const label = view === 'common-plain' ? 'Common (normalised)' : view === 'merged-plain' ? 'merged, plain' : 'merged';
    return vscode.Uri.from({
      scheme: MERGE_SCHEME,
      path: `/${basename(anchor)} (${label}).cfg`,
      query: new URLSearchParams({ anchor, view }).toString(),
    });
  }

  static parse(uri: vscode.Uri): { anchor: string; view: PreviewView } {
    const query = new URLSearchParams(uri.query);
    const view = (query.get('view') ?? 'merged') as PreviewView;
    return { anchor: query.get('anchor') ?? '', view };
  }

  /** Previews the merge around `uri` (or the active editor's file); resolves to the preview's URI. */
  async open(uri: vscode.Uri | undefined, view: PreviewView): Promise<vscode.Uri | undefined> {
    const anchor = this.anchorOf(uri);
    const state = await this.prepare(anchor, true);
    if (!state) return undefined;
    const target = MergePreviewProvider.uriFor(anchor, view);
    this.changed.fire(target);
    const document = await vscode.workspace.openTextDocument(target);
    await vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID);
    await vscode.window.showTextDocument(document, { preview: false, viewColumn: vscode.ViewColumn.Beside });
    return target;
  }

  async diff(uri: vscode.Uri | undefined): Promise<vscode.Uri | undefined> {
    const anchor = this.anchorOf(uri);
    const state = await this.prepare(anchor, true);
    if (!state) return undefined;
    const common = state.plan.order.find((p) => /^y\d{12}\.cfg$/i.test(basename(p)));
    if (!common) throw new Error(`no Common file (y0000000000xx.cfg) takes part in the merge around ${basename(anchor)}`);
    const left = MergePreviewProvider.uriFor(anchor, 'common-plain');
    const right = MergePreviewProvider.uriFor(anchor, 'merged-plain');
    this.changed.fire(left);
    this.changed.fire(right);
    await vscode.commands.executeCommand('vscode.diff', left, right, `${basename(common)} \u2194 merged (${basename(anchor)})`, { preview: false });
    return right;
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const { anchor, view } = MergePreviewProvider.parse(uri);
    try {
      const state = this.states.get(anchor) ?? (await this.prepare(anchor, false));
      if (!state) return '#!version:1.0.0.1\n## Nothing to preview\n';
      const inputs: MergeInput[] = [];
      const problems: string[] = [];
      for (const path of state.plan.order) {
        const text = await this.readPlain(path, state, undefined);
        if (typeof text === 'string') inputs.push({ file: this.display(path), text });
        else problems.push(`${this.display(path)}: ${text.problem}`);
      }
      const notes = [...state.plan.notes, ...problems.map((p) => `not merged: ${p}`)];
      return renderPreview(inputs, view, { notes });
    } catch (error) {
      return `#!version:1.0.0.1\n## The preview failed: ${error instanceof Error ? error.message : String(error)}\n`;
    }
  }

  private anchorOf(uri: vscode.Uri | undefined): string {
    if (uri?.scheme === MERGE_SCHEME) return MergePreviewProvider.parse(uri).anchor;
    const target = uri ?? vscode.window.activeTextEditor?.document.uri;
    if (!target) throw new Error('open a Common, MAC or boot file first');
    if (target.scheme !== 'file') throw new Error(`only files on disk can be merged (${target.scheme}: is not supported)`);
    return target.fsPath;
  }

  private display(path: string): string {
    const folder = vscode.workspace.getWorkspaceFolder(vscode.Uri.file(path));
    return folder ? relative(folder.uri.fsPath, path).split('\\').join('/') : basename(path);
  }

  /** Plans the merge, asking about ambiguities and keys when `interactive`; keeps the answers. */
  private async prepare(anchor: string, interactive: boolean): Promise<PreviewState | undefined> {
    const previous = this.states.get(anchor);
    const configuration = vscode.workspace.getConfiguration(SETTINGS_SECTION);
    const request: PlanMergeParams = {
      anchor,
      listing: await this.listing(anchor),
      model: configuration.get<string>(SETTINGS.model, '') || undefined,
      outputFolder: configuration.get<string>(SETTINGS.encryptOutputFolder, 'encrypted'),
    };
    const choices: Partial<Record<PartnerSlot, string>> = { ...(previous?.choices ?? {}) };
    let plan = await this.planMerge({ ...request, choices: { ...choices } });
    for (let round = 0; interactive && plan.ambiguities.length > 0 && round < 3; round++) {
      for (const ambiguity of plan.ambiguities) {
        const answer = await this.ask(ambiguity);
        if (answer === undefined) return undefined;
        choices[ambiguity.slot] = answer;
      }
      plan = await this.planMerge({ ...request, choices: { ...choices } });
    }
    if (interactive && plan.anchorNotIncluded && plan.boot) void this.offerInclude(anchor, plan.boot);
    const state: PreviewState = { anchor, choices, plan, material: previous?.material ?? new Map() };
    if (interactive) {
      const asking = askingKeySource(this.files, this.keys, 'merge preview: key for');
      for (const path of plan.order) {
        const text = await this.readPlain(path, state, asking);
        if (typeof text !== 'string' && text.cancelled) return undefined;
      }
    }
    this.states.set(anchor, state);
    return state;
  }

  /** One question of the plan: which file takes part, or which model the phone is. */
  private async ask(ambiguity: Ambiguity): Promise<string | undefined> {
    if (ambiguity.slot === 'model') {
      const picked = await vscode.window.showQuickPick(
        ambiguity.options.map((model) => ({ label: model, value: model })),
        { title: `Yealink CFG: ${ambiguity.reason}`, placeHolder: 'Which model is the phone? (asked once per preview)' },
      );
      return picked?.value;
    }
    const none = ambiguity.slot === 'boot' ? '(no boot file)' : ambiguity.slot === 'mac' ? '(Common file only)' : '(no Common file)';
    const picked = await vscode.window.showQuickPick(
      [
        ...ambiguity.options.map((option, i) => ({
          label: basename(option),
          description: [ambiguity.details?.[i], this.display(option)].filter(Boolean).join(' · '),
          value: option,
        })),
        { label: none, description: '', value: '' },
      ],
      { title: `Yealink CFG: ${ambiguity.reason}`, placeHolder: 'Which file takes part in the merge?' },
    );
    return picked?.value;
  }

  /**
   * The boot file leaves out the previewed file, so the phone never downloads it: says so, and offers to add
   * the include line (an edit in the boot file's editor, saved when the user saves) or to preview without it.
   */
  private async offerInclude(anchor: string, boot: string): Promise<void> {
    const add = `Add to ${basename(boot)}`;
    const without = 'Preview without the boot file';
    const answer = await vscode.window.showWarningMessage(
      `${basename(boot)} does not include ${basename(anchor)}: the phone never downloads it, so its settings are not in the preview.`,
      add,
      without,
    );
    if (answer === add) {
      const document = await vscode.workspace.openTextDocument(vscode.Uri.file(boot));
      const end = document.lineAt(document.lineCount - 1);
      const edit = new vscode.WorkspaceEdit();
      edit.insert(document.uri, end.range.end, `${end.text === '' ? '' : document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n'}${includeLineFor(boot, anchor)}`);
      await vscode.workspace.applyEdit(edit);
      await vscode.window.showTextDocument(document, { preview: false, viewColumn: vscode.ViewColumn.Active });
      this.sourceChanged(boot, true);
    } else if (answer === without) {
      const state = this.states.get(anchor);
      if (state) state.choices.boot = '';
      await this.open(vscode.Uri.file(anchor), 'merged');
    }
  }

  /** Same folder first, then the rest of the workspace. */
  private async listing(anchor: string): Promise<string[]> {
    const paths = new Set<string>();
    try {
      for (const entry of await this.files.host.list(dirname(anchor))) {
        if (entry.kind !== 'directory' && /\.(cfg|boot)$/i.test(entry.name)) paths.add(join(dirname(anchor), entry.name));
      }
    } catch {
      /* folder gone */
    }
    for (const uri of await vscode.workspace.findFiles('**/*.{cfg,boot}', '**/node_modules/**', 5000)) paths.add(uri.fsPath);
    paths.add(anchor);
    return [...paths];
  }

  /**
   * The plain text of a source through the file facade: unsaved editor text wins (editorFileHost); an
   * encrypted file opens with what the user chose for it in this preview or the `_Security.enc` beside it.
   * Only `asking` (the command the user ran) asks, and only then may a stored key be used, after the user
   * picks it: a preview opened by anyone else never reads a stored key.
   */
  private async readPlain(path: string, state: PreviewState, asking: AskingKeySource | undefined): Promise<string | { problem: string; cancelled?: boolean }> {
    try {
      const opened = await this.files.openConfig(path, { keys: state.material.get(path), askKey: asking?.askKey });
      if (opened.via !== 'none' && opened.material) state.material.set(path, opened.material);
      return opened.text;
    } catch (error) {
      if (error instanceof FileServiceError && error.code === 'cancelled') return { problem: 'encrypted; no key given', cancelled: true };
      if (error instanceof FileHostError) return { problem: `cannot read (${error.reason})` };
      if (error instanceof CryptoError) return { problem: asking ? error.message : 'encrypted (run Preview Merged Configuration to choose its key)' };
      throw error;
    }
  }

  /** Refreshes every open preview that reads `path` (or, for new or deleted files, every preview). */
  private sourceChanged(path: string, structural: boolean): void {
    for (const state of this.states.values()) {
      const uses = state.plan.order.includes(path) || path === securityFileNameFor(state.anchor);
      if (uses || (structural && dirname(path) === dirname(state.anchor))) this.pending.add(state.anchor);
    }
    if (this.pending.size === 0) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), 300);
  }

  private async refresh(): Promise<void> {
    const anchors = [...this.pending];
    this.pending.clear();
    for (const anchor of anchors) {
      await this.prepare(anchor, false);
      for (const view of ['merged', 'merged-plain', 'common-plain'] as const) this.changed.fire(MergePreviewProvider.uriFor(anchor, view));
    }
  }

  private forgetIfUnused(closed: vscode.Uri): void {
    const { anchor } = MergePreviewProvider.parse(closed);
    const stillOpen = vscode.workspace.textDocuments.some((d) => d.uri.scheme === MERGE_SCHEME && MergePreviewProvider.parse(d.uri).anchor === anchor && d.uri.toString() !== closed.toString());
    if (!stillOpen) this.states.delete(anchor);
  }
}
