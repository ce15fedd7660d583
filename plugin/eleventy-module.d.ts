// Eleventy 3 ships JavaScript without type declarations; the plugin needs only these.
declare module "@11ty/eleventy" {
  export const HtmlBasePlugin: (eleventyConfig: unknown, options?: Record<string, unknown>) => void;
  export default class Eleventy {
    constructor(input?: string, output?: string, options?: Record<string, unknown>);
    toJSON(): Promise<{ url: string | false; inputPath: string; outputPath: string | false; content: string }[]>;
    write(): Promise<unknown>;
    init(): Promise<void>;
    watch(): Promise<unknown>;
    stopWatch(): Promise<void>;
  }
}

declare module "@11ty/eleventy-utils" {
  export const TemplatePath: {
    addLeadingDotSlash(path: string): string;
    join(...paths: string[]): string;
    stripLeadingSubPath(path: string, subPath: string): string;
  };
}

declare module "@11ty/eleventy-plugin-rss" {
  /** Filters for users' own feeds (`dateToRfc3339`, `getNewestCollectionItemDate`, `absoluteUrl`, …); unique: adding it twice registers it once. */
  export const rssPlugin: (eleventyConfig: unknown, options?: Record<string, unknown>) => void;
  export const feedPlugin: (eleventyConfig: unknown, options?: Record<string, unknown>) => void;
}
