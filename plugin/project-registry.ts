/**
 * Where each use of the plugin leaves its resolved options and folders, so
 * that `news-archive inspect` can load a project's Eleventy config and read
 * them back: it then checks files with exactly the options the build uses.
 * A global (by `Symbol.for`), because the config may load the plugin from
 * another copy of the package than the command's own (`dist/` vs. sources).
 */
import type { NewsArchiveOptions } from "./options.ts";

export interface ProjectRegistration {
  options: NewsArchiveOptions;
  /** Eleventy's folders, read when asked (a config's returned `dir` is applied after the plugin runs). */
  dirs: () => { input: string; output: string; data: string | undefined };
}

const KEY = Symbol.for("news-archive.project-registrations");

export function projectRegistry(): ProjectRegistration[] {
  const holder = globalThis as { [KEY]?: ProjectRegistration[] };
  return (holder[KEY] ??= []);
}
