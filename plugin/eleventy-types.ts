/**
 * The slice of Eleventy's configuration API the plugin uses. Eleventy 3
 * ships no TypeScript types; this keeps the adapters typed without `any`.
 */

export interface CollectionItem {
  inputPath: string;
  url: string | false;
  date: Date;
  data: Record<string, unknown>;
}

export interface CollectionApi {
  getAll(): CollectionItem[];
}

export interface EleventyConfig {
  directories: { input: string; includes: string; layouts?: string; output: string; data: string };
  pathPrefix?: string;
  addTemplateFormats(formats: string): void;
  addExtension(ext: string, options: Record<string, unknown>): void;
  addCollection(name: string, fn: (api: CollectionApi) => unknown): void;
  addTemplate(virtualPath: string, content: string, data?: Record<string, unknown>): void;
  addFilter(name: string, fn: (...args: never[]) => unknown): void;
  addGlobalData(name: string, value: unknown): void;
  addWatchTarget(target: string): void;
  addPlugin(plugin: unknown, options?: Record<string, unknown>): unknown;
  /** Throws when the running Eleventy does not satisfy the semver range. */
  versionCheck?(range: string): void;
  on(event: string, fn: (arg: never) => unknown): void;
}
