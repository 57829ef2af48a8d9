/**
 * Decrypted text never goes through a trace channel. With `yealinkCfg.trace.server` on, the language client
 * writes every message it exchanges with the server to an output channel, didOpen's full text included. So
 * while tracing is on, documents holding decrypted text (Decrypt File's editors, merge previews of encrypted
 * files) are not sent to the server at all: they get no diagnostics or hovers, and nothing of them is traced.
 * Without tracing they are checked like any other document.
 *
 * No `vscode` import here: the decisions are plain and tested in node; the client wires them as middleware.
 */
import type { Middleware } from 'vscode-languageclient/node';

export type TraceLevel = 'off' | 'messages' | 'verbose';

export interface WithheldHost {
  /** True for a document whose text came out of decryption. */
  isDecrypted(uri: string): boolean;
  /** The current `yealinkCfg.trace.server` level. */
  traceLevel(): TraceLevel;
  /** Tells the server a document it knows is gone (a didClose), when tracing starts while it is open. */
  closeOnServer(uri: string): void;
}

export class WithheldDocuments {
  /** Documents the server does not know because they were withheld. */
  private readonly withheld = new Set<string>();
  /** Decrypted documents the server knows (opened while tracing was off). */
  private readonly sentDecrypted = new Set<string>();

  constructor(private readonly host: WithheldHost) {}

  /** Whether to send didOpen for this document; decides for the document's whole life. */
  open(uri: string): boolean {
    const decrypted = this.host.isDecrypted(uri);
    if (decrypted && this.host.traceLevel() !== 'off') {
      this.withheld.add(uri);
      return false;
    }
    if (decrypted) this.sentDecrypted.add(uri);
    return true;
  }

  /** Whether to send a change, save or close of this document. */
  send(uri: string): boolean {
    return !this.withheld.has(uri);
  }

  /** The document closed; returns whether the server should hear of it. */
  close(uri: string): boolean {
    this.sentDecrypted.delete(uri);
    return !this.withheld.delete(uri);
  }

  /** The trace level changed: decrypted documents the server knows are closed there and withheld from now on. */
  traceChanged(): void {
    if (this.host.traceLevel() === 'off') return;
    for (const uri of this.sentDecrypted) {
      this.host.closeOnServer(uri);
      this.withheld.add(uri);
    }
    this.sentDecrypted.clear();
  }

  isWithheld(uri: string): boolean {
    return this.withheld.has(uri);
  }
}

/** The language client middleware that applies the decisions to the text synchronisation messages. */
export function withholdingMiddleware(documents: WithheldDocuments): Middleware {
  return {
    didOpen: (document, next) => (documents.open(document.uri.toString()) ? next(document) : Promise.resolve()),
    didChange: (event, next) => (documents.send(event.document.uri.toString()) ? next(event) : Promise.resolve()),
    willSave: (event, next) => (documents.send(event.document.uri.toString()) ? next(event) : Promise.resolve()),
    willSaveWaitUntil: (event, next) => (documents.send(event.document.uri.toString()) ? next(event) : Promise.resolve([])),
    didSave: (document, next) => (documents.send(document.uri.toString()) ? next(document) : Promise.resolve()),
    didClose: (document, next) => (documents.close(document.uri.toString()) ? next(document) : Promise.resolve()),
  };
}
