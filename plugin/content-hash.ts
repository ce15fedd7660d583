/** The identity of a raw file's bytes: results are reused while the bytes stay the same. */
import { createHash } from "node:crypto";

export const contentHash = (bytes: Uint8Array): string => createHash("sha1").update(bytes).digest("hex");
