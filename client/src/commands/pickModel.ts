/**
 * Pick the Model for This File... (also a click on the file-kind status item): writes the choice into the
 * file as a `# yealink: model=T46U` comment, as an edit the user can undo and saves when they save. The
 * comment, not the setting, because it travels with the file: the command line and other editors see the
 * same model, and each file of a mixed fleet keeps its own.
 */
import * as vscode from 'vscode';
import { analyze, modelPinEdit, MODELS } from '../../../engine/src/languageService';
import { LANGUAGE_ID } from '../../../engine/src/protocol';
import { uriArg } from '../commandArgs';
import type { CommandServices } from './index';

const REMOVE = '';

/** Resolves to the model now pinned ('' when the pin was removed), or undefined when nothing changed. */
export async function pickModel({ status }: CommandServices, target?: unknown, chosen?: unknown): Promise<string | undefined> {
  const uri = uriArg(target) ?? vscode.window.activeTextEditor?.document.uri;
  if (!uri) throw new Error('open a Yealink file first, then pick its model');
  const document = await vscode.workspace.openTextDocument(uri);
  if (document.languageId !== LANGUAGE_ID) throw new Error(`${document.fileName} is not a Yealink CFG file`);
  if (uri.scheme !== 'file' && uri.scheme !== 'untitled') throw new Error(`a ${uri.scheme}: document is read-only; pick the model in the file itself`);
  const analysis = analyze(document.getText(), document.fileName);
  if (analysis.parsed.content !== 'plain') throw new Error(`${document.fileName} is not plain text (encrypted?): decrypt it first`);

  let model: string | undefined;
  if (typeof chosen === 'string') {
    model = chosen;
  } else {
    type Item = vscode.QuickPickItem & { model: string };
    const current = analysis.model?.name;
    const items: Item[] = MODELS.map((info) => ({
      label: info.name,
      description: [info.commonCfg ? `y${info.commonCfg.padStart(12, '0')}.cfg` : '', info.name === current ? `current (from the ${analysis.modelSource})` : '']
        .filter(Boolean)
        .join(' · '),
      model: info.name,
    }));
    if (analysis.modelPin) items.unshift({ label: '$(close) Remove the model comment', description: 'use the file name or the yealinkCfg.model setting', model: REMOVE });
    const picked = await vscode.window.showQuickPick(items, {
      title: `Yealink CFG: model for ${document.fileName.split(/[\\/]/).pop()}`,
      placeHolder: 'Written into the file as "# yealink: model=..."',
      matchOnDescription: true,
    });
    if (!picked) return undefined;
    model = picked.model;
  }
  if (model !== REMOVE && !MODELS.some((info) => info.name === model)) throw new Error(`"${model}" is not a model of the models table`);

  const edit = modelPinEdit(document.getText(), model === REMOVE ? undefined : model);
  if (!edit) return model;
  const workspaceEdit = new vscode.WorkspaceEdit();
  const range = new vscode.Range(edit.range.start.line, edit.range.start.character, edit.range.end.line, edit.range.end.character);
  workspaceEdit.replace(document.uri, range, edit.newText);
  if (!(await vscode.workspace.applyEdit(workspaceEdit))) throw new Error(`could not edit ${document.fileName}`);
  await status.refresh(document);
  return model;
}
