import { describe, expect, it, vi } from "vitest";
import { SearchRuns } from "../../plugin/search-runs.ts";

const done = { records: 1, ms: 1 };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("SearchRuns", () => {
  it("collapses a burst of background requests into one run after the pause, and never runs two at once", async () => {
    vi.spyOn(console, "log").mockImplementation(() => undefined);
    const runs = new SearchRuns();
    let active = 0;
    let most = 0;
    const calls: string[] = [];
    const run = (name: string) => async () => {
      calls.push(name);
      active++;
      most = Math.max(most, active);
      await sleep(30);
      active--;
      return done;
    };
    runs.later(run("a"), 20);
    runs.later(run("b"), 20);
    runs.later(run("c"), 20);
    await sleep(35); // the pause has passed: "c" started
    runs.begin(run("full")); // a full build waits for the background run
    await runs.finish();
    expect(calls).toEqual(["c", "full"]);
    expect(most).toBe(1);
    vi.restoreAllMocks();
  });

  it("lets a full build's index error fail the build", async () => {
    const runs = new SearchRuns();
    runs.begin(async () => {
      throw new Error("Pagefind backend closed");
    });
    await expect(runs.finish()).rejects.toThrow("Pagefind backend closed");
  });
});
