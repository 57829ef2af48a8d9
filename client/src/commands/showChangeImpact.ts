/** Show Change Impact: the workspace's Yealink files against the git base, as a read-only report with links. */
import type * as vscode from 'vscode';
import { uriArg } from '../commandArgs';
import type { CommandServices } from './index';

export function showChangeImpact({ impactReport }: CommandServices, target?: unknown): Promise<vscode.Uri> {
  return impactReport.open(uriArg(target));
}
