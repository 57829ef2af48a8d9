/**
 * Node flags for the language server process. V8's default young generation (16 MB semi-spaces) roughly
 * doubles the server's resident memory on large files for no speed gain here; `npm run bench` measures
 * the server with these same flags.
 */
export const SERVER_EXEC_ARGV: readonly string[] = ['--max-semi-space-size=2', '--max-old-space-size=512'];
