/** The protocol module's custom messages on the client's connection, typed by their descriptors. */
import type { LanguageClient } from 'vscode-languageclient/node';
import type { NotificationDef, RequestDef } from '../../engine/src/protocol';

export function sendRequest<P, R>(client: LanguageClient, message: RequestDef<P, R>, params: P): Promise<R> {
  return client.sendRequest<R>(message.method, params);
}

export function sendNotification<P>(client: LanguageClient, message: NotificationDef<P>, params: P): Promise<void> {
  return client.sendNotification(message.method, params);
}
