// Text assembled from pieces of several files (a page plus the includes it
// pulls in), remembering for every line where it came from, so a problem
// found later can still be reported at the author's file:line.
import { lastAtOrBefore, lineStarts } from "../markdown/report.ts";
import type { Origin } from "./types.ts";

export class MappedText {
  private parts: string[] = [];
  /** Offsets at which each line of the assembled text starts; built on first use. */
  private lineStarts?: number[];
  private readonly origins: Origin[] = [];
  private atLineStart = true;

  /** Appends `text`, whose first character sits on `line` of `file`. */
  append(text: string, file: string, line: number): void {
    if (text === "") return;
    const lines = text.split("\n");
    lines.forEach((_, i) => {
      if (i === 0 && !this.atLineStart) return;
      if (i === lines.length - 1 && lines[i] === "" && i > 0) return;
      this.origins.push({ file, line: line + i });
    });
    this.atLineStart = text.endsWith("\n");
    this.parts.push(text);
    this.lineStarts = undefined;
  }

  get text(): string {
    if (this.parts.length > 1) this.parts = [this.parts.join("")];
    return this.parts[0] ?? "";
  }

  /** Where line `line0` (0-based) of the assembled text came from. */
  originOfLine(line0: number): Origin {
    return this.origins[Math.min(line0, this.origins.length - 1)] ?? { file: "", line: 1 };
  }

  /** Where the character at `offset` of the assembled text came from. */
  originAt(offset: number): Origin {
    const starts = (this.lineStarts ??= lineStarts(this.text));
    return this.originOfLine(lastAtOrBefore(starts, offset));
  }
}
