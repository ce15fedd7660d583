/**
 * Worker thread that reads, parses and tags raw files off the main thread,
 * so a large build uses the machine's second core while Eleventy works.
 * Input: `workerData` (zone, slug length, furniture, tag options, data folder), then
 * messages `{ files: string[] }`. Output: one message per file.
 */
import { readFileSync } from "node:fs";
import { parentPort, workerData } from "node:worker_threads";
import { readArticle, type ReadResult } from "./core/read-article.ts";
import { createTagger } from "./core/tags/derive-tags.ts";
import { contentHash } from "./content-hash.ts";
import { bodyText, renderBody, withoutBlocks } from "./core/render-body.ts";
import { wordCount } from "./core/open-data.ts";
import { resolveTagSettings } from "./tag-settings.ts";
import type { ReadRequest, ReadResponse, WorkerSetup } from "./read-pool.ts";

const setup = workerData as WorkerSetup;
const tagger = createTagger(resolveTagSettings(setup.tags, setup.dataDir));

parentPort!.on("message", (request: ReadRequest) => {
  for (const { key, display } of request.files) {
    let result: ReadResult;
    let hash: string;
    try {
      const bytes = readFileSync(key);
      hash = contentHash(bytes);
      result = readArticle(bytes, display, { zone: setup.zone, slugMaxLength: setup.slugMaxLength, furniture: setup.furniture }, tagger);
    } catch (cause) {
      // The main thread reads the file again and reports the failure with its usual diagnostic.
      const response: ReadResponse = { key, failure: cause instanceof Error ? cause.message : String(cause) };
      parentPort!.postMessage(response);
      continue;
    }
    const html = renderBody(result.body);
    const response: ReadResponse = { key, result: withoutBlocks(result), hash, html, words: wordCount(bodyText(html)) };
    parentPort!.postMessage(response);
  }
});
