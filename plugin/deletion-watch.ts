/**
 * Eleventy 3 watches for added and changed files but does not rebuild when
 * one is deleted. While serving, this watches the news folder for deletions
 * and renames and writes a small trigger file that Eleventy watches
 * (`addWatchTarget`), so the deletion starts a rebuild like any edit.
 */
import { existsSync, mkdirSync, watch, writeFileSync, type FSWatcher } from "node:fs";
import { createHash } from "node:crypto";
import os from "node:os";
import path from "node:path";
import { isArticleFile } from "./news-files.ts";

/**
 * Where the trigger lives: outside the project, because Eleventy's watcher
 * ignores everything in `.gitignore` (where `.cache/` usually is), and a file
 * in the project would show up in the user's `git status`.
 */
export function triggerFileFor(projectDir: string): string {
  const id = createHash("sha1").update(path.resolve(projectDir)).digest("hex").slice(0, 12);
  return path.join(os.tmpdir(), `news-archive-${id}`, "deleted-files.txt");
}

export class DeletionWatch {
  private watcher: FSWatcher | null = null;

  constructor(private readonly trigger: string) {}

  get triggerFile(): string {
    return this.trigger;
  }

  /** Start once; later calls (each rebuild) do nothing. */
  start(newsDir: string): void {
    if (this.watcher || !existsSync(newsDir)) return;
    mkdirSync(path.dirname(this.trigger), { recursive: true });
    if (!existsSync(this.trigger)) writeFileSync(this.trigger, ""); // so Eleventy's watcher sees it from the start
    try {
      this.watcher = watch(newsDir, { recursive: true, persistent: false }, (_event, name) => {
        if (typeof name !== "string" || !isArticleFile(name)) return;
        const file = path.join(newsDir, name);
        if (existsSync(file)) return; // an add or a change: Eleventy's own watcher sees it
        writeFileSync(this.trigger, `${Date.now()} ${name}\n`);
      });
      this.watcher.on("error", () => this.stop());
    } catch {
      this.watcher = null; // no recursive watch on this platform: deletions wait for the next edit
    }
  }

  stop(): void {
    this.watcher?.close();
    this.watcher = null;
  }
}
