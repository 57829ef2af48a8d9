/**
 * The server's connection, with one difference from vscode-languageserver's default: a message stream the
 * server cannot read (a header without a usable Content-Length, a body that is not JSON) ends the process
 * with a message on stderr. By default the reader reports the error and stops reading, which leaves a
 * running server that hears nothing; VS Code only restarts a server that exits.
 */
import { format } from 'node:util';
import {
  createConnection,
  IPCMessageReader,
  IPCMessageWriter,
  ProposedFeatures,
  StreamMessageReader,
  StreamMessageWriter,
  type Connection,
  type MessageReader,
  type MessageWriter,
} from 'vscode-languageserver/node';

/** Exit code for a stream the server could not read (1 is an exit without shutdown, as vscode-languageserver uses). */
export const UNREADABLE_STREAM_EXIT = 3;

/** The transport the command line names: `--stdio` or `--node-ipc`; undefined for anything else (sockets, pipes). */
function transportFromArgs(argv: readonly string[]): { reader: MessageReader; writer: MessageWriter } | undefined {
  if (argv.includes('--stdio')) return { reader: new StreamMessageReader(process.stdin), writer: new StreamMessageWriter(process.stdout) };
  if (argv.includes('--node-ipc')) return { reader: new IPCMessageReader(process), writer: new IPCMessageWriter(process) };
  return undefined;
}

export function createServerConnection(argv: readonly string[] = process.argv.slice(2)): Connection {
  const transport = transportFromArgs(argv);
  if (!transport) return createConnection(ProposedFeatures.all);
  const { reader, writer } = transport;
  let shutdownRequested = false;
  reader.onError((error) => {
    // The first line only: the reader appends the headers it got, which may hold anything the client sent.
    const reason = (error instanceof Error ? error.message : String(error)).split('\n', 1)[0];
    process.stderr.write(`yealink-cfg language server: cannot read the message stream (${reason}); exiting so the client can restart it.\n`);
    process.exit(UNREADABLE_STREAM_EXIT);
  });
  reader.onClose(() => process.exit(shutdownRequested ? 0 : 1));
  const connection = createConnection(ProposedFeatures.all, reader, writer);
  // The only shutdown handler (the server has nothing to clean up); it decides the exit code when stdin closes.
  connection.onShutdown(() => {
    shutdownRequested = true;
  });
  // stdout carries the protocol: console output goes to the client's log instead, as the default connection does.
  if (argv.includes('--stdio')) {
    console.log = console.info = console.debug = (...args: unknown[]) => connection.console.log(format(...args));
    console.warn = (...args: unknown[]) => connection.console.warn(format(...args));
    console.error = (...args: unknown[]) => connection.console.error(format(...args));
  }
  return connection;
}
