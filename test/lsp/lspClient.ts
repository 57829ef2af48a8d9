/**
 * A minimal LSP client for protocol tests: spawns the bundled server over stdio and speaks JSON-RPC with
 * Content-Length framing, the way an editor does.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';

type Message = { id?: number; method?: string; params?: unknown; result?: unknown; error?: { message: string } };

export const SERVER = join(__dirname, '../../../dist/server.js');

export class LspClient {
  private readonly child: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  private readonly listeners: ((message: Message) => void)[] = [];
  readonly notifications: Message[] = [];
  /** Answers for requests from the server (e.g. workspace/applyEdit), by method; others get null. */
  readonly serverRequestHandlers = new Map<string, (params: unknown) => unknown>();

  constructor(serverPath = SERVER, nodeFlags: readonly string[] = []) {
    this.child = spawn(process.execPath, [...nodeFlags, serverPath, '--stdio'], { stdio: 'pipe' });
    this.child.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
  }

  request<T>(method: string, params: unknown): Promise<T> {
    const id = this.nextId++;
    this.send({ jsonrpc: '2.0', id, method, params });
    return new Promise<T>((resolve, reject) => this.waiting.set(id, { resolve: resolve as (value: unknown) => void, reject }));
  }

  notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  /** Resolves with the first notification of `method` (already received or future) that `accept` takes. */
  waitFor<T>(method: string, accept: (params: T) => boolean = () => true, timeoutMs = 10000): Promise<T> {
    const seen = this.notifications.find((m) => m.method === method && accept(m.params as T));
    if (seen) {
      this.notifications.splice(this.notifications.indexOf(seen), 1);
      return Promise.resolve(seen.params as T);
    }
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${method} within ${timeoutMs} ms`)), timeoutMs);
      const listener = (message: Message): void => {
        if (message.method !== method || !accept(message.params as T)) return;
        clearTimeout(timer);
        this.listeners.splice(this.listeners.indexOf(listener), 1);
        this.notifications.splice(this.notifications.indexOf(message), 1);
        resolve(message.params as T);
      };
      this.listeners.push(listener);
    });
  }

  async initialize(initializationOptions: unknown = {}): Promise<unknown> {
    const result = await this.request('initialize', { processId: process.pid, rootUri: null, capabilities: {}, initializationOptions });
    this.notify('initialized', {});
    return result;
  }

  async shutdown(): Promise<void> {
    await this.request('shutdown', null);
    this.notify('exit', null);
    await new Promise<void>((resolve) => {
      if (this.child.exitCode !== null) resolve();
      else this.child.once('exit', () => resolve());
    });
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  private send(message: object): void {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.child.stdin.write(body);
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString('ascii'))?.[1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const message = JSON.parse(this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8')) as Message;
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.dispatch(message);
    }
  }

  private dispatch(message: Message): void {
    if (message.id !== undefined && message.method === undefined) {
      const waiter = this.waiting.get(message.id);
      this.waiting.delete(message.id);
      if (message.error) waiter?.reject(new Error(message.error.message));
      else waiter?.resolve(message.result);
      return;
    }
    if (message.id !== undefined && message.method) {
      // A request from the server (client/registerCapability, window/showMessageRequest): answer it like an
      // editor would, and keep it for tests to wait for, like a notification.
      const handler = this.serverRequestHandlers.get(message.method);
      this.send({ jsonrpc: '2.0', id: message.id, result: handler ? handler(message.params) : null });
    }
    this.notifications.push(message);
    [...this.listeners].forEach((listener) => listener(message));
  }
}
