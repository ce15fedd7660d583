// Plain `npx eleventy` on Node 20: load the TypeScript config through tsx.
import { tsImport } from "tsx/esm/api";
export default (await tsImport("./.eleventy.ts", import.meta.url)).default;
