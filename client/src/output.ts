/**
 * The "Yealink CFG" output channel, created at activation so it is always there: what started (version,
 * catalog and models table sizes), workspace scans, and errors with their cause. The language client writes
 * its own messages and the `yealinkCfg.trace.server` trace into the same channel. Never given a key: callers
 * log file names, counts and engine error messages, which are written without key material.
 */
import * as vscode from 'vscode';

/** Lines kept in memory for the integration suite's test hook (the channel's text cannot be read back). */
const KEPT_LINES = 500;

export class OutputLog implements vscode.OutputChannel {
  readonly name: string;
  private readonly channel: vscode.OutputChannel;
  private readonly recent: string[] = [];
  private partial = '';

  constructor(name: string) {
    this.name = name;
    this.channel = vscode.window.createOutputChannel(name);
  }

  /** A timestamped line. */
  info(message: string): void {
    this.appendLine(`[${new Date().toISOString().slice(11, 23)}] ${message}`);
  }

  /** An error, with each cause in its chain on its own line. */
  error(what: string, error: unknown): void {
    this.info(`error: ${what}: ${describeError(error)}`);
  }

  /** The last lines written (for tests). */
  lines(): readonly string[] {
    return [...this.recent, ...(this.partial ? [this.partial] : [])];
  }

  append(value: string): void {
    this.channel.append(value);
    this.keep(value);
  }

  appendLine(value: string): void {
    this.channel.appendLine(value);
    this.keep(`${value}\n`);
  }

  replace(value: string): void {
    this.channel.replace(value);
    this.recent.length = 0;
    this.partial = '';
    this.keep(value);
  }

  clear(): void {
    this.channel.clear();
    this.recent.length = 0;
    this.partial = '';
  }

  show(columnOrPreserveFocus?: vscode.ViewColumn | boolean, preserveFocus?: boolean): void {
    if (typeof columnOrPreserveFocus === 'boolean' || columnOrPreserveFocus === undefined) this.channel.show(columnOrPreserveFocus);
    else this.channel.show(columnOrPreserveFocus, preserveFocus);
  }

  hide(): void {
    this.channel.hide();
  }

  dispose(): void {
    this.channel.dispose();
  }

  private keep(text: string): void {
    const pieces = (this.partial + text).split('\n');
    this.partial = pieces.pop() ?? '';
    this.recent.push(...pieces);
    if (this.recent.length > KEPT_LINES) this.recent.splice(0, this.recent.length - KEPT_LINES);
  }
}

/** `message (cause: message (cause: ...))`, with Node's error codes where there are some. */
export function describeError(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current !== undefined && current !== null && depth < 5; depth++) {
    if (current instanceof Error) {
      const code = (current as NodeJS.ErrnoException).code;
      parts.push(`${current.message}${code && !current.message.includes(code) ? ` [${code}]` : ''}`);
      current = (current as Error & { cause?: unknown }).cause;
    } else {
      parts.push(String(current));
      current = undefined;
    }
  }
  return parts.join('; cause: ');
}
