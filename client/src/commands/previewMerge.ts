/** Preview Merged Configuration: the effective configuration around a Common, MAC or boot file, beside it. */
import type * as vscode from 'vscode';
import { uriArg } from '../commandArgs';
import type { CommandServices } from './index';

export function previewMerge({ mergePreview }: CommandServices, target?: unknown): Promise<vscode.Uri | undefined> {
  return mergePreview.open(uriArg(target), 'merged');
}
