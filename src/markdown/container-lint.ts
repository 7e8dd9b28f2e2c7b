// `:::` boxes that went wrong. markdown-it shows an unknown `::: foo` as a
// paragraph of literal text and lets an unclosed box run to the end of the
// page, both silently (toolchain notes §5); here they become errors.
import type MarkdownIt from "markdown-it";
import type { StateCore } from "markdown-it";
import { closest } from "../checks/similar.ts";
import { CALLOUT_TITLES } from "./callouts.ts";
import type { MarkdownContext } from "./context.ts";
import { reportError } from "./report.ts";

type LintContext = Pick<MarkdownContext, "locate" | "collect">;

export const BOX_NAMES: readonly string[] = [...Object.keys(CALLOUT_TITLES), "resources"];

const FENCE_LINE = /^(:{3,})[ \t]*(\S*)/;
const CLOSING_LINE = /^(:{3,})[ \t]*$/;

export function containerLint(md: MarkdownIt, ctx: LintContext): void {
  md.core.ruler.push("container_lint", (state) => {
    // A check: it reports into the build's collector and never changes the output.
    if (!ctx.collect || !state.src.includes(":::")) return;
    const lines = state.src.split("\n");
    lintUnclosed(state, lines, ctx);
    lintLiteralFences(state, lines, ctx);
  });
}

/** A box whose closing `:::` line is missing: its last line is not a fence. */
function lintUnclosed(state: StateCore, lines: string[], ctx: LintContext): void {
  for (const token of state.tokens) {
    const name = /^container_(.+)_open$/.exec(token.type)?.[1];
    if (!name || !token.map) continue;
    const [first, end] = token.map;
    const closing = CLOSING_LINE.exec(stripMarkers(lines[end] ?? ""));
    if (closing && closing[1]!.length >= token.markup.length) continue;
    const { file, line } = ctx.locate(state.env, first);
    reportError(ctx, {
      file, line, col: columnOf(lines[first]!),
      message: `the box "${token.markup} ${name}" opened here is never closed, so it runs to the end of ${lines.slice(end).every((l) => l.trim() === "") ? "the page" : "its list or quote"}`,
      hint: `add a line with just ${token.markup} where the box ends; to put a box inside another, open the outer one with more colons (::::)`,
    });
  }
}

/** `:::` lines left as text: an unknown box name, or a close that closes nothing. */
function lintLiteralFences(state: StateCore, lines: string[], ctx: LintContext): void {
  let unknownOpen = 0;
  const tokens = state.tokens;
  for (let i = 1; i < tokens.length; i++) {
    const inline = tokens[i]!;
    const para = tokens[i - 1]!;
    if (inline.type !== "inline" || para.type !== "paragraph_open" || !para.map) continue;
    inline.content.split("\n").forEach((text, k) => {
      const fence = FENCE_LINE.exec(text.trim());
      if (!fence) return;
      const line0 = para.map![0] + k;
      const { file, line } = ctx.locate(state.env, line0);
      const at = { file, line, col: columnOf(lines[line0] ?? "") };
      const name = fence[2]!;
      if (name === "") {
        // The close of an unknown box was reported with its opening line.
        if (unknownOpen > 0) unknownOpen--;
        else reportError(ctx, { ...at, message: `this ${fence[1]} closes no box`, hint: "delete the line, or, to put a box inside another, open the outer one with more colons (::::)" });
        return;
      }
      if (BOX_NAMES.includes(name)) return;
      unknownOpen++;
      const guess = closest(name, BOX_NAMES);
      reportError(ctx, {
        ...at,
        message: `unknown box "${fence[1]} ${name}": it would be shown as plain text`,
        hint: guess ? `did you mean "${fence[1]} ${guess}"?` : `boxes are ${BOX_NAMES.join(", ")}`,
      });
    });
  }
}

/** The line without leading spaces and blockquote markers. */
function stripMarkers(line: string): string {
  return line.replace(/^[ \t>]*/, "");
}

function columnOf(line: string): number {
  const at = line.indexOf(":::");
  return at === -1 ? 1 : at + 1;
}
