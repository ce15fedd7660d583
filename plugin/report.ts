/**
 * The end of every build: each diagnostic as `file:line:col`, one summary
 * line, and one decision: a build with errors fails unless relaxed.
 */
import { formatDiagnostic } from "./core/diagnostics.ts";
import type { Diagnostic } from "./core/types.ts";

export interface BuildSummary {
  filesRead: number;
  published: number;
  undated: number;
  warnings: number;
  errors: number;
  filesWithErrors: string[];
}

/** A build whose articles had errors (thrown after everything was reported). */
export class NewsArchiveContentError extends Error {
  /** Eleventy prints no stack trace for it: the errors themselves were listed once, above. */
  readonly skipOriginalStack = true;
  constructor(readonly summary: BuildSummary) {
    super(
      `news-archive: ${summary.errors} error${summary.errors === 1 ? "" : "s"} in ${summary.filesWithErrors.length} file${summary.filesWithErrors.length === 1 ? "" : "s"} (listed above). Fix them, or set the option \`failOnError: false\` to publish anyway.`,
    );
    this.name = "NewsArchiveContentError";
  }
}

export function summarise(filesRead: number, published: number, undated: number, diagnostics: readonly Diagnostic[]): BuildSummary {
  const errorsFiles = new Set<string>();
  let warnings = 0;
  let errors = 0;
  for (const d of diagnostics) {
    if (d.severity === "error") {
      errors++;
      errorsFiles.add(d.file);
    } else if (d.severity === "warning") warnings++;
  }
  return { filesRead, published, undated, warnings, errors, filesWithErrors: [...errorsFiles].sort() };
}

export function summaryLine(s: BuildSummary): string {
  return `[news-archive] ${s.filesRead} files read, ${s.published} articles published, ${s.undated} undated, ${s.warnings} warnings, ${s.errors} errors`;
}

/**
 * Sorted by file, line, column so the report reads like a compiler's. Info
 * diagnostics (page furniture set aside, unpublished drafts) are not printed:
 * a copied page gives a dozen of them, and `inspect` lists them all.
 */
export function formatReport(diagnostics: readonly Diagnostic[], printWarnings: boolean): string[] {
  return diagnostics
    .filter((d) => d.severity === "error" || (printWarnings && d.severity === "warning"))
    .slice()
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column))
    .map(formatDiagnostic);
}
