/** The protocol module's custom messages on the server's connection, typed by their descriptors. */
import type { Connection } from 'vscode-languageserver/node';
import type { NotificationDef, RequestDef } from '../../engine/src/protocol';

export function onRequest<P, R>(connection: Connection, message: RequestDef<P, R>, handler: (params: P) => R | Promise<R>): void {
  connection.onRequest(message.method, (params: P) => handler(params));
}

export function onNotification<P>(connection: Connection, message: NotificationDef<P>, handler: (params: P) => void): void {
  connection.onNotification(message.method, (params: P) => handler(params));
}
