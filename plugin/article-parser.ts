/**
 * Raw bytes → parse and tag results and the body's HTML. One job: run the core's `readArticle`
 * with this build's settings, splitting a large first build between the main
 * thread and a worker. Owns the tagger, which is created once per build (the
 * project's taxonomy file is read then, so editing it takes effect on the
 * next build).
 */
import { readFileSync } from "node:fs";
import { readArticle } from "./core/read-article.ts";
import type { ParseResult } from "./core/types.ts";
import { createTagger, type Tagger } from "./core/tags/derive-tags.ts";
import { contentHash } from "./content-hash.ts";
import { bodyText, renderBody, withoutBlocks } from "./core/render-body.ts";
import { wordCount } from "./core/open-data.ts";
import type { NewsArchiveOptions } from "./options.ts";
import { ReadPool, WORKER_THRESHOLD } from "./read-pool.ts";
import { resolveTagSettings } from "./tag-settings.ts";

export interface ParseJob {
  key: string;
  display: string;
  /** Already read (a rebuild hashes before deciding to parse); otherwise read here. */
  bytes?: Uint8Array;
}

export type ParseOutcome = { result: ParseResult; hash: string; html: string; words: number } | { failure: unknown };

export class ArticleParser {
  private tagger: Tagger | null = null;
  private readonly pool = new ReadPool();

  constructor(
    private readonly options: NewsArchiveOptions,
    private readonly dataDir: () => string | undefined,
  ) {}

  /** A new build: the next parse creates the tagger from the current taxonomy file. */
  reset(): void {
    this.tagger = null;
    this.pool.stop();
  }

  async parseAll(jobs: readonly ParseJob[]): Promise<ParseOutcome[]> {
    try {
      return await this.parseEach(jobs);
    } finally {
      // What the tagger remembered between files can keep their texts alive through the whole build.
      this.tagger?.release();
    }
  }

  private async parseEach(jobs: readonly ParseJob[]): Promise<ParseOutcome[]> {
    const out: (ParseOutcome | null)[] = new Array(jobs.length).fill(null);
    // Files already read (a rebuild hashed them) are parsed here; a large batch of unread files is shared
    // with a worker, each taking from its own end of the list until they meet.
    const unread: number[] = [];
    jobs.forEach((job, i) => {
      if (job.bytes || !this.options.readAhead) out[i] = this.parseOne(job);
      else unread.push(i);
    });
    if (unread.length < WORKER_THRESHOLD) {
      for (const i of unread) out[i] = this.parseOne(jobs[i]!);
      return out as ParseOutcome[];
    }
    // Made before the worker starts, so a broken taxonomy file fails here, once, with its own message.
    this.tagger ??= createTagger(resolveTagSettings(this.options.tags, this.dataDir()));
    const o = this.options;
    const ahead = await this.pool.share(
      unread.map((i) => ({ key: jobs[i]!.key, display: jobs[i]!.display })),
      { zone: o.zone, slugMaxLength: o.slugMaxLength, furniture: o.furniture, tags: o.tags, dataDir: this.dataDir() },
      (n) => {
        const i = unread[n]!;
        out[i] = this.parseOne(jobs[i]!);
      },
    );
    unread.forEach((i, n) => {
      const r = ahead[n];
      if (r) out[i] = r;
      else out[i] ??= this.parseOne(jobs[i]!);
    });
    return out as ParseOutcome[];
  }

  stop(): void {
    this.pool.stop();
  }

  private parseOne(job: ParseJob): ParseOutcome {
    let bytes: Uint8Array;
    try {
      bytes = job.bytes ?? readFileSync(job.key);
    } catch (cause) {
      if (!(cause instanceof Error && "code" in cause)) throw cause; // only file-system errors are content problems
      return { failure: cause };
    }
    this.tagger ??= createTagger(resolveTagSettings(this.options.tags, this.dataDir()));
    const o = this.options;
    // The parser never throws on content; a bad zone is rejected when options are resolved.
    const result = readArticle(bytes, job.display, { zone: o.zone, slugMaxLength: o.slugMaxLength, furniture: o.furniture }, this.tagger);
    // The body's HTML is made here too, so a large first build renders bodies on both cores.
    // What is kept is a copy: the fields and the HTML are made of slices of the raw text, and a slice
    // keeps the whole text alive (about 135 MB at 35,000 articles). A worker's results are copies already.
    const kept = structuredClone({ result: withoutBlocks(result), html: renderBody(result.body) });
    return { result: kept.result, hash: contentHash(bytes), html: kept.html, words: wordCount(bodyText(kept.html)) };
  }
}

