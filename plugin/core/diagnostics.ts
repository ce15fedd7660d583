import type { Diagnostic, Severity } from "./types.ts";

/** Collects diagnostics for one file; positions are 1-based in the original file. */
export class DiagnosticList {
  readonly items: Diagnostic[] = [];
  constructor(private readonly file: string) {}
  add(severity: Severity, ruleId: string, reason: string, line: number, column = 1, extra: Partial<Diagnostic> = {}): void {
    this.items.push({ severity, ruleId, reason, file: this.file, line, column, ...extra });
  }
}

/** `src/news/a.txt:3:1  warning  Weekday … [weekday-mismatch]` */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column}  ${d.severity}  ${d.reason}  [${d.ruleId}]`;
}
