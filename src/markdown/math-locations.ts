// Where each formula is in the source file, for error messages. markdown-it
// gives block tokens a line range but inline tokens none, so inline math is
// found again in the source of its enclosing block (toolchain notes §4).
import type { StateCore, Token } from "markdown-it";
import { lineStarts, positionOf } from "./report.ts";

export interface MathLocation {
  /** 0-based body line of the first character of the TeX source. */
  line0: number;
  /** 1-based column of that character on line0. */
  col: number;
}

/**
 * Core rule: stores a MathLocation in `meta.location` of every math token,
 * and gives inline math tokens the one-line map they lack.
 */
export function locateMath(state: StateCore): void {
  if (!state.src.includes("$")) return;
  const starts = lineStarts(state.src);

  // Table cells' inline tokens have no map; their row (tr_open) has one.
  let lastMap: [number, number] | null = null;
  for (const block of state.tokens) {
    lastMap = block.map ?? lastMap;
    if (!lastMap) continue;
    const [first, end] = lastMap;
    if (block.type === "math_block") {
      // Content starts after `$$` on the opening line, or on the next line
      // when the opening line holds only `$$`.
      const opening = state.src.slice(starts[first], starts[first + 1] ?? state.src.length);
      const onNextLine = opening.trim() === "$$";
      setLocation(block, onNextLine ? { line0: first + 1, col: 1 } : { line0: first, col: opening.indexOf("$$") + 3 });
    } else if (block.type === "inline" && block.children) {
      let cursor = starts[first] ?? 0;
      const blockEnd = starts[end] ?? state.src.length;
      for (const child of block.children) {
        if (child.type !== "math_inline") continue;
        const at = state.src.indexOf(`$${child.content}$`, cursor);
        if (at === -1 || at >= blockEnd) {
          // E.g. math spanning lines of a blockquote: the `>` markers are not
          // in the token's content. The block's first line is still close.
          setLocation(child, { line0: first, col: 1 });
          continue;
        }
        setLocation(child, positionOf(starts, at + 1));
        cursor = at + child.content.length + 2;
      }
    }
  }
}

export function locationOf(token: Token): MathLocation {
  const location = (token.meta as { location?: MathLocation } | null)?.location;
  return location ?? { line0: token.map?.[0] ?? 0, col: 1 };
}

/**
 * The location of `position` (a character offset into the TeX, as in KaTeX's
 * ParseError) given where the TeX starts.
 */
export function offsetLocation(start: MathLocation, tex: string, position: number): MathLocation {
  const before = tex.slice(0, Math.max(0, position));
  const newlines = before.split("\n").length - 1;
  if (newlines === 0) return { line0: start.line0, col: start.col + before.length };
  return { line0: start.line0 + newlines, col: before.length - before.lastIndexOf("\n") };
}

function setLocation(token: Token, location: MathLocation): void {
  token.meta = { ...(token.meta as object | null), location };
  if (!token.block) token.map = [location.line0, location.line0 + 1];
}

