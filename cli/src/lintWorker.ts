/**
 * A `yealink-cfg lint --jobs N` worker thread: checks the files the main thread sends, one answer per file.
 * Bundled beside dist/cli.js by scripts/build.mjs; the tests run the compiled copy beside lintFleet.js.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createFileLinter, type LintAnswers, type LintBatch, type LintSetup } from './lintFleet';

const lint = createFileLinter(workerData as LintSetup);
const port = parentPort;
port?.on('message', ({ files }: LintBatch) => {
  // Outcomes as JSON text: one string crosses the thread boundary faster than structured cloning every finding.
  void Promise.all(
    files.map(({ id, path, named }) =>
      lint(path, named).then(
        (outcome) => ({ id, outcome: JSON.stringify(outcome) }),
        (error: unknown) => ({ id, error: error instanceof Error ? error.message : String(error) }),
      ),
    ),
  ).then((answers) => port.postMessage({ answers } satisfies LintAnswers));
});
