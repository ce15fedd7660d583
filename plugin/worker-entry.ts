/**
 * Where a worker thread's script is. Compiled, it is the `.js` beside the caller. From the TypeScript
 * sources (vitest, tsx, or a config loaded with tsx's `tsImport`, whose module URLs carry a
 * `?tsx-namespace=` query) the worker first registers tsx's loader: `<name>-tsx.mjs`.
 */
export function workerEntry(callerUrl: string, name: string): URL {
  return new URL(callerUrl).pathname.endsWith(".ts") ? new URL(`./${name}-tsx.mjs`, callerUrl) : new URL(`./${name}.js`, callerUrl);
}
