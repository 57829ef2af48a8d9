/**
 * The extension's commands: one file per command, registered here through one typed table keyed by the
 * protocol's command names, so a command id in engine/src/protocol.ts without a handler (or the reverse) does
 * not compile. Every handler gets the services and the raw arguments, which it checks itself: menus pass
 * Uris, the language server's quick fixes pass URI strings, and other extensions pass anything.
 */
import * as vscode from 'vscode';
import { COMMANDS, TEST_COMMANDS, TEST_HOOKS_ENV, type CommandName } from '../../../engine/src/protocol';
import type { DecryptedDocuments } from '../decryptedDocuments';
import type { ImpactReportProvider } from '../impactReport';
import type { FileService } from '../../../engine/src/fileService';
import type { KeyStore } from '../keyStore';
import type { MergePreviewProvider } from '../mergePreview';
import type { OutputLog } from '../output';
import type { FileKindStatus } from '../statusBar';
import { decryptFile } from './decryptFile';
import { diffCommonWithMerged } from './diffCommonWithMerged';
import { encryptFiles } from './encryptFiles';
import { forgetKey } from './forgetKey';
import { generateKey } from './generateKey';
import { guard } from './guard';
import { listKeys } from './listKeys';
import { pickModel } from './pickModel';
import { saveDecryptedAs } from './saveDecryptedAs';
import { previewMerge } from './previewMerge';
import { showChangeImpact } from './showChangeImpact';
import { sortSettings } from './sortSettings';
import { testKeyNotice } from './testKeyNotice';
import { testKeyStore } from './testKeyStore';
import { testOutputLines } from './testOutputLines';
import { testStatusItem } from './testStatusItem';
import { treatAsYealink } from './treatAsYealink';

/** What the commands work with. */
export interface CommandServices {
  readonly keys: KeyStore;
  /** The engine's file facade over the disk (unsaved editor text wins, see editorFileHost). */
  readonly files: FileService;
  readonly mergePreview: MergePreviewProvider;
  readonly log: OutputLog;
  readonly impactReport: ImpactReportProvider;
  readonly status: FileKindStatus;
  /** The read-only documents holding decrypted text (kept out of the server trace by their scheme). */
  readonly decrypted: DecryptedDocuments;
}

/** A command body: the services, then the arguments exactly as VS Code passed them. */
export type CommandHandler = (services: CommandServices, ...args: unknown[]) => Promise<unknown>;

export const COMMAND_HANDLERS: { readonly [Name in CommandName]: CommandHandler } = {
  treatAsYealink,
  encryptFiles,
  decryptFile,
  saveDecryptedAs,
  previewMerge,
  diffCommonWithMerged,
  listKeys,
  forgetKey,
  generateKey,
  showChangeImpact,
  sortSettings,
  pickModel,
};

/**
 * Registers every command of the table, each behind `guard` (a failure becomes an error message). The test
 * hook is registered only when the test runner set its environment variable.
 */
export function registerCommands(services: CommandServices, environment: NodeJS.ProcessEnv = process.env): vscode.Disposable[] {
  const register = (id: string, handler: CommandHandler): vscode.Disposable =>
    vscode.commands.registerCommand(id, (...args: unknown[]) => guard(() => handler(services, ...args), services.log, id));
  const disposables = (Object.keys(COMMAND_HANDLERS) as CommandName[]).map((name) => register(COMMANDS[name], COMMAND_HANDLERS[name]));
  if (environment[TEST_HOOKS_ENV] === '1') {
    disposables.push(
      register(TEST_COMMANDS.keyStore, testKeyStore),
      register(TEST_COMMANDS.outputLines, testOutputLines),
      register(TEST_COMMANDS.statusItem, testStatusItem),
      register(TEST_COMMANDS.keyNotice, testKeyNotice),
    );
  }
  return disposables;
}
