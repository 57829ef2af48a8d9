/** Errors of the crypto layer. `code` lets faces (CLI, commands) choose exit codes and wording. */
export type CryptoErrorCode =
  | 'invalid-key'
  | 'wrong-key'
  | 'truncated'
  | 'not-encrypted'
  /** Encrypt refused input that is empty, already encrypted or not text. */
  | 'not-text'
  | 'bad-security-file'
  | 'bad-envelope'
  | 'bad-pem'
  | 'unsupported';

export class CryptoError extends Error {
  constructor(
    readonly code: CryptoErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'CryptoError';
  }
}

/** The one message for a key that does not open a file . */
export const WRONG_KEY_MESSAGE = 'the key does not decrypt this file';
