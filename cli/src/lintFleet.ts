/**
 * Linting a fleet for `yealink-cfg lint`: the walk hands out one file at a time, `jobs` worker threads (or
 * this thread, for one job) read and check them, and the outcomes come back in walk order whatever order
 * the workers finish in, so the output is the same bytes for any number of jobs. At most a few files per
 * worker are in flight, so memory stays flat however large the fleet is.
 */
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { nodeFileService, type FleetProblem } from '../../engine/src/fileService';
import { nodeProjectFiles, YealinkLanguageService, type Finding, type FindingData, type Severity } from '../../engine/src/languageService';

/** What every file is checked with; plain data, so it can be handed to a worker thread. */
export interface LintSetup {
  readonly model?: string;
  readonly severity: Readonly<Record<string, Severity | 'off'>>;
  /** `--extra`: names or patterns known besides the catalog and the project file's. */
  readonly extraParameters?: readonly string[];
}

/** One finding as the CLI prints it: 1-based lines and columns, `info` for information. */
export interface LintDiagnostic {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: 'error' | 'warning' | 'info' | 'hint';
  code: string;
  message: string;
  /** For YL003 and YL014: the renames on offer, the preferred one first (empty when none). */
  suggestions?: readonly string[];
  /** What the editor's quick fixes read (`diagnostic.data`). */
  data?: FindingData;
}

/** Rules about parameter names, whose findings carry `suggestions`. */
const NAME_RULES: ReadonlySet<string> = new Set(['YL003', 'YL014']);

/** What became of one file of the walk. `path` is absolute; the output shows it relative to the working folder. */
export type FileOutcome =
  | {
      readonly kind: 'linted';
      readonly path: string;
      readonly diagnostics: readonly LintDiagnostic[];
      /** Why the project file above this one could not be used (then the file is checked without it). */
      readonly projectProblem?: string;
    }
  | { readonly kind: 'not-yealink'; readonly path: string }
  | { readonly kind: 'problem'; readonly problem: FleetProblem };

export function toLintDiagnostics(findings: readonly Finding[]): LintDiagnostic[] {
  return findings.map((f) => ({
    line: f.line + 1,
    column: f.start + 1,
    endLine: f.line + 1,
    endColumn: f.end + 1,
    severity: f.severity === 'information' ? 'info' : f.severity,
    code: f.code,
    message: f.message,
    ...(NAME_RULES.has(f.code) ? { suggestions: f.data?.replacements ?? [] } : {}),
    ...(f.data ? { data: f.data } : {}),
  }));
}

/** Reads and checks one file of the walk (in whichever thread calls it). */
export type FileLinter = (path: string, named: boolean) => Promise<FileOutcome>;

export function createFileLinter(setup: LintSetup): FileLinter {
  // Blocking reads: this thread (the CLI's, or a lint worker's) does nothing else while a file is read.
  const files = nodeFileService({ blockingReads: true });
  const projects = nodeProjectFiles();
  const service = new YealinkLanguageService({ model: setup.model, severity: setup.severity, extraParameters: setup.extraParameters ?? [] }, undefined, {
    fileExists: (path) => files.host.exists(path),
    projectSettings: (path) => projects.lookup(path)?.settings,
  });
  return async (path, named) => {
    const read = await files.readFleetFile(path, named);
    if (read.kind !== 'file') return read;
    const { config } = read;
    const findings = service.validate(service.analyze(config.text, config.path, { encoding: config.encoding }));
    const projectProblem = projects.lookup(config.path)?.error;
    return { kind: 'linted', path: config.path, diagnostics: toLintDiagnostics(findings), ...(projectProblem ? { projectProblem } : {}) };
  };
}

/** Files in flight per worker: enough to keep each busy while the walk and the output catch up. */
const IN_FLIGHT_PER_JOB = 32;

/**
 * The outcome of every file under `roots`, in walk order. `jobs` > 1 checks files on that many worker
 * threads (the script `lintWorker.js` beside this module, in the bundle as in the compiled tests).
 */
export async function* lintFleet(roots: readonly string[], setup: LintSetup, jobs: number): AsyncGenerator<FileOutcome> {
  const pool = jobs > 1 ? new WorkerPool(jobs, setup) : undefined;
  const lint = pool ? pool.lint : createFileLinter(setup);
  const window = Math.max(1, jobs) * IN_FLIGHT_PER_JOB;
  const pending: Promise<FileOutcome>[] = [];
  try {
    for await (const entry of nodeFileService().walkFleet(roots)) {
      const outcome: Promise<FileOutcome> = entry.kind === 'problem' ? Promise.resolve(entry) : lint(entry.path, entry.named);
      outcome.catch(() => undefined); // awaited in order below; this only stops an early failure counting as unhandled
      pending.push(outcome);
      while (pending.length >= window) yield await (pending.shift() as Promise<FileOutcome>);
    }
    while (pending.length > 0) yield await (pending.shift() as Promise<FileOutcome>);
  } finally {
    await pool?.close();
  }
}

interface Task {
  readonly resolve: (outcome: FileOutcome) => void;
  readonly reject: (error: Error) => void;
}

/** Files sent to a worker in one message, and what it answers for each (the outcome as JSON text). */
export interface LintBatch {
  readonly files: readonly { readonly id: number; readonly path: string; readonly named: boolean }[];
}
export interface LintAnswers {
  readonly answers: readonly { readonly id: number; readonly outcome?: string; readonly error?: string }[];
}

interface WorkerSlot {
  readonly worker: Worker;
  readonly tasks: Map<number, Task>;
  /** Files given to this worker and not yet sent: they go together, in one message per turn of the event loop. */
  queued: LintBatch['files'][number][];
}

/**
 * Worker threads, each given the next file when it has the fewest in flight. Files and answers cross in
 * batches, and outcomes as JSON text: a message per file, structured-cloning each finding's objects, cost
 * the workers more than the walk and the output together.
 */
class WorkerPool {
  private readonly workers: WorkerSlot[] = [];
  private nextId = 0;
  private failure: Error | undefined;

  constructor(size: number, setup: LintSetup) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(join(__dirname, 'lintWorker.js'), { workerData: setup });
      const slot: WorkerSlot = { worker, tasks: new Map<number, Task>(), queued: [] };
      worker.on('message', ({ answers }: LintAnswers) => {
        for (const answer of answers) {
          const task = slot.tasks.get(answer.id);
          slot.tasks.delete(answer.id);
          if (answer.outcome !== undefined) task?.resolve(JSON.parse(answer.outcome) as FileOutcome);
          else task?.reject(new Error(answer.error ?? 'the worker gave no answer'));
        }
      });
      const fail = (error: Error) => {
        this.failure ??= error;
        for (const task of slot.tasks.values()) task.reject(error);
        slot.tasks.clear();
      };
      worker.on('error', fail);
      worker.on('exit', (code) => {
        if (slot.tasks.size > 0) fail(new Error(`a lint worker stopped (exit code ${code}) before it answered`));
      });
      this.workers.push(slot);
    }
  }

  readonly lint: FileLinter = (path, named) =>
    new Promise<FileOutcome>((resolve, reject) => {
      if (this.failure) {
        reject(this.failure);
        return;
      }
      const slot = this.workers.reduce((least, candidate) => (candidate.tasks.size < least.tasks.size ? candidate : least));
      const id = this.nextId++;
      slot.tasks.set(id, { resolve, reject });
      slot.queued.push({ id, path, named });
      if (slot.queued.length === 1) setImmediate(() => this.send(slot));
    });

  private send(slot: WorkerSlot): void {
    const files = slot.queued;
    slot.queued = [];
    if (files.length > 0) slot.worker.postMessage({ files } satisfies LintBatch);
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map(({ worker }) => worker.terminate()));
  }
}
