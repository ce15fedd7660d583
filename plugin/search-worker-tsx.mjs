// Worker entry when the plugin runs from its TypeScript sources (tsx, vitest):
// register tsx's loader in this thread, then start the real worker.
import { register } from "tsx/esm/api";

register();
await import("./search-worker.ts");
