// The baseline for bench/lsp.mjs: a language server on the same library and transport that does the least
// any server must do with a document, split it into lines and each line into key and value, then
// publishes no diagnostics. The ratio of the real server's time to this one's is the cost of the engine.
const { createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind } = require('vscode-languageserver/node');
const { TextDocument } = require('vscode-languageserver-textdocument');

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
connection.onInitialize(() => ({ capabilities: { textDocumentSync: TextDocumentSyncKind.Incremental } }));
documents.onDidChangeContent(({ document }) => {
  setTimeout(() => {
    const rows = document
      .getText()
      .split(/\r?\n/)
      .map((line) => {
        const at = line.indexOf('=');
        return at < 0 ? [line] : [line.slice(0, at).trim(), line.slice(at + 1).trim()];
      });
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: rows.length < 0 ? [] : [] });
  }, 0);
});
documents.listen(connection);
connection.listen();
