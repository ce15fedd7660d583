import { defineConfig } from "vitest/config";

// Three projects: `npm run test:unit` (the pure core, seconds), `test:integration` (fixture sites,
// the CLI, the packaged plugin), `test:browser` (Chromium). `npm test` runs all three.
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      { extends: true, test: { name: "unit", include: ["test/unit/**/*.test.ts"] } },
      { extends: true, test: { name: "integration", include: ["test/integration/**/*.test.ts"], globalSetup: ["test/setup/compiled-plugin.ts"] } },
      { extends: true, test: { name: "browser", include: ["test/browser/**/*.test.ts"] } },
    ],
  },
});
