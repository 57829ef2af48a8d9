/**
 * A `yealink-cfg lint --jobs N` worker thread: checks the files the main thread sends, one answer per file.
 * Bundled beside dist/cli.js by scripts/build.mjs; the tests run the compiled copy beside lintFleet.js.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createFileLinter, type LintSetup } from './lintFleet';

const lint = createFileLinter(workerData as LintSetup);
const port = parentPort;
port?.on('message', (task: { id: number; path: string; named: boolean }) => {
  lint(task.path, task.named).then(
    (outcome) => port.postMessage({ id: task.id, outcome }),
    (error: unknown) => port.postMessage({ id: task.id, error: error instanceof Error ? error.message : String(error) }),
  );
});
