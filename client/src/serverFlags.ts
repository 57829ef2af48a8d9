/**
 * How the language server process is started; `npm run bench` measures the server started the same way.
 * - V8's default young generation (16 MB semi-spaces) roughly doubles the server's resident memory on large
 *   files for no speed gain here.
 * - One V8 helper thread instead of four: each thread that allocates gets its own malloc arena, several MB
 *   of resident memory apiece, and the server is one of several processes on the user's cores anyway.
 */
export const SERVER_EXEC_ARGV: readonly string[] = ['--max-semi-space-size=2', '--max-old-space-size=512', '--v8-pool-size=1'];

/**
 * Environment for the server process. Setting glibc's trim threshold (to its own default) stops glibc
 * raising it after the first large buffer is freed, so the freed memory of a big message or document goes
 * back to the system instead of staying resident (about 6 MB). Other C libraries ignore it.
 */
export const SERVER_ENV: Readonly<Record<string, string>> = { MALLOC_TRIM_THRESHOLD_: '131072' };
