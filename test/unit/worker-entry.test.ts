import { describe, expect, it } from "vitest";
import { workerEntry } from "../../plugin/worker-entry.ts";

describe("workerEntry", () => {
  it("starts a worker from the compiled .js, or through tsx's loader from the sources, a tsx-loaded config's query included", () => {
    expect(workerEntry("file:///p/dist/search-index.js", "search-worker").href).toBe("file:///p/dist/search-worker.js");
    expect(workerEntry("file:///p/plugin/read-pool.ts", "read-worker").href).toBe("file:///p/plugin/read-worker-tsx.mjs");
    expect(workerEntry("file:///p/plugin/read-pool.ts?tsx-namespace=2458", "read-worker").href).toBe("file:///p/plugin/read-worker-tsx.mjs");
  });
});
