/**
 * While serving, raw files are not Eleventy templates, so Eleventy's watcher
 * does not see them (and Eleventy 3 never rebuilds on a deletion anyway).
 * This watches the news folder and, on any change to a `.txt` file (added,
 * edited, renamed, deleted), writes a small trigger file that Eleventy
 * watches (`addWatchTarget`). A rebuild whose only trigger is this file
 * changed nothing but news files, so it may render only the pages whose data
 * changed (see render-plan.ts).
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
  return path.join(os.tmpdir(), `news-archive-${id}`, "changed-files.txt");
}

export class NewsWatch {
  private watcher: FSWatcher | null = null;
  private timer: NodeJS.Timeout | null = null;
  private readonly pending = new Set<string>();

  constructor(private readonly trigger: string) {}

  get triggerFile(): string {
    return this.trigger;
  }

  /** Whether Eleventy's queue of changed files holds nothing but this watch's trigger. */
  onlyNewsChanged(queue: readonly string[]): boolean {
    return queue.length > 0 && queue.every((f) => path.resolve(f) === path.resolve(this.trigger));
  }

  /** Start once; later calls (each rebuild) do nothing. */
  start(newsDir: string): void {
    if (this.watcher || !existsSync(newsDir)) return;
    mkdirSync(path.dirname(this.trigger), { recursive: true });
    if (!existsSync(this.trigger)) writeFileSync(this.trigger, ""); // so Eleventy's watcher sees it from the start
    try {
      this.watcher = watch(newsDir, { recursive: true, persistent: false }, (_event, name) => {
        if (typeof name !== "string" || !isArticleFile(name)) return;
        this.pending.add(name);
        // One trigger for a burst of events (an editor's save is often several writes).
        this.timer ??= setTimeout(() => this.flush(), 20);
      });
      this.watcher.on("error", () => this.stop());
    } catch {
      this.watcher = null; // no recursive watch on this platform: changes wait for Eleventy's own watcher
    }
  }

  private flush(): void {
    this.timer = null;
    const names = [...this.pending];
    this.pending.clear();
    writeFileSync(this.trigger, `${Date.now()}\n${names.join("\n")}\n`);
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.watcher?.close();
    this.watcher = null;
  }
}
