import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/**
 * Starts a worker thread: the built entry when there is one (the app), else the TypeScript source
 * with tsx loaded in the worker first, the way bin/saraptama.js does (CLI, tests).
 */
export function spawnWorker(
  entry: { built?: string | undefined; source: string },
  workerData: unknown,
): Worker {
  if (entry.built) return new Worker(entry.built, { workerData });
  const source = pathToFileURL(entry.source).href;
  const tsx = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(tsx)}).then((m) => { (m.register ?? m.default.register)(); return import(${JSON.stringify(source)}); });`;
  return new Worker(boot, { eval: true, workerData });
}
