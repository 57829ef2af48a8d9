/**
 * Command arguments come from menus, the command palette, the language server's quick fixes and other
 * extensions, so they are checked before use. An options object means a program is calling: it brings its
 * own key material and is never given a stored key or a key value.
 */
import * as vscode from 'vscode';

/** A Uri from a menu (Uri) or from an LSP command argument (a URI string); undefined for anything else. */
export function uriArg(value: unknown): vscode.Uri | undefined {
  if (value instanceof vscode.Uri) return value;
  if (typeof value === 'string' && value !== '') return vscode.Uri.parse(value);
  return undefined;
}

/** A list of Uris (the explorer's multi-selection); undefined when it is not one. */
export function uriListArg(value: unknown): vscode.Uri[] | undefined {
  if (!Array.isArray(value) || value.length === 0) return undefined;
  const uris = value.map(uriArg);
  return uris.every((uri): uri is vscode.Uri => uri !== undefined) ? uris : undefined;
}

/** An options object, with each field checked to be of the expected type; undefined when none was passed. */
export function optionsArg<T extends object>(value: unknown, fields: { readonly [K in keyof T]-?: 'string' | 'boolean' | 'number' }): Partial<T> | undefined {
  if (value === undefined || value === null) return undefined;
  // An editor title button passes the editor's context ({ groupId, ... }) after the Uri: that is no options.
  if (typeof value === 'object' && typeof (value as { groupId?: unknown }).groupId === 'number') return undefined;
  if (typeof value !== 'object' || Array.isArray(value) || value instanceof vscode.Uri) throw new Error('the command options must be an object');
  const options = value as Record<string, unknown>;
  for (const name of Object.keys(options)) {
    const expected = (fields as Record<string, string>)[name];
    if (expected === undefined) throw new Error(`unknown command option "${name}"`);
    if (options[name] !== undefined && typeof options[name] !== expected) throw new Error(`the command option "${name}" must be a ${expected}`);
  }
  return options as Partial<T>;
}

export function requireFile(uri: vscode.Uri): string {
  if (uri.scheme !== 'file') throw new Error(`only files on disk can be encrypted, decrypted or merged (${uri.scheme}: is not supported)`);
  return uri.fsPath;
}
