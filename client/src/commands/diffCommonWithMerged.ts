/** Compare Common File with Merged Configuration: a diff of the Common file (normalised) and the merge result. */
import type * as vscode from 'vscode';
import { uriArg } from '../commandArgs';
import type { CommandServices } from './index';

export function diffCommonWithMerged({ mergePreview }: CommandServices, target?: unknown): Promise<vscode.Uri | undefined> {
  return mergePreview.diff(uriArg(target));
}
