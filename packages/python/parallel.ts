/**
 * The import check's parse shared with the worker threads: parsing is the
 * check's whole cost (tree-sitter in WebAssembly, one thread per instance),
 * so modules are analysed on the workers and on this thread at once. Results
 * land in analyse.ts's cache, where checkImports and rewriteImports find
 * them; a module the worker could not analyse (a syntax error) is left out,
 * so it is analysed here again and fails here with the usual ActionError,
 * file, line and column.
 */
import { shareWork, type SelfWorker } from '../toolkit/worker.js';
import {
  analyseModule,
  analyseOnce,
  pythonGrammar,
  rememberAnalysis,
  type ModuleAnalysis,
} from './analyse.js';

interface Job {
  path: string;
  text: string;
}

/** What the worker serves (the bundle passes these to `serveWorker`). */
export const analysisHandlers = {
  /** Loads the grammar (WebAssembly compile and instantiation) before the first file arrives. */
  'analyse-warm': async (): Promise<boolean> => {
    await pythonGrammar();
    return true;
  },
  analyse: async (files: Job[]): Promise<Array<ModuleAnalysis | undefined>> => {
    const out: Array<ModuleAnalysis | undefined> = [];
    for (const f of files) {
      try {
        out.push(await analyseOnce(f.text, f.path)); // sent back: kept there, not here
      } catch {
        out.push(undefined); // re-analysed on the main thread, which reports it
      }
    }
    return out;
  },
};

/** Has every worker thread load the grammar now, while this thread reads the tree (failures surface at the first real call). */
export function warmAnalysis(worker: SelfWorker | undefined): void {
  if (worker?.available) worker.callEach('analyse-warm', null).catch(() => undefined);
}

/**
 * Analyses every `.py` file, shared with `worker` chunk by chunk, and caches
 * the results. Without a worker it does nothing: checkImports analyses as it goes.
 */
export async function analyseInParallel(
  files: ReadonlyArray<Job>,
  worker: SelfWorker | undefined,
): Promise<void> {
  if (worker === undefined || !worker.available) return;
  const py = files.filter((f) => f.path.endsWith('.py'));
  const results = await shareWork<Job, ModuleAnalysis | undefined | null>(
    worker,
    'analyse',
    py,
    async (f) => {
      try {
        await analyseModule(f.text, f.path); // cached by analyseModule itself
      } catch {
        // checkImports analyses it again and reports it.
      }
      return null; // analysed here: already in the cache
    },
  );
  py.forEach((f, i) => {
    const analysis = results[i];
    if (analysis !== undefined && analysis !== null) rememberAnalysis(f.path, f.text, analysis);
  });
}
