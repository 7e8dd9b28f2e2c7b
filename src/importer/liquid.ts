// Liquid in a page body, resolved the way the old site rendered it where the
// result is certain: `{{ '/x' | relative_url }}` and `absolute_url` become
// the site path, `site.baseurl` disappears (Folio adds its own prefix),
// includes are pulled in, `{% highlight %}` becomes a fenced block and
// `{% raw %}` is unwrapped. Anything else is reported with file:line and
// left in the text, where readers will see it, never silently dropped.
import { MappedText } from "./mapped-text.ts";
import { lineStarts, positionOf } from "../markdown/report.ts";
import { parseIncludeArgs, parseOutput, scanLiquid, type LiquidToken } from "./liquid-scan.ts";
import type { ImportLog } from "./log.ts";
import { splitFrontMatter } from "./front-matter.ts";
import type { SiteFile } from "./types.ts";

export interface LiquidEnv {
  log: ImportLog;
  /** The site file an include names: relative to `_includes/`, or to the including file. */
  findInclude(path: string, from: string, relative: boolean): SiteFile | undefined;
  /** Lets a caller handle a tag itself (handbook pages turn includes into markers). */
  handleTag?(token: LiquidToken, file: string): string | undefined;
}

interface Frame {
  /** The file whose text is being resolved, for messages. */
  file: string;
  /** The top-level page the report entry belongs to. */
  page: string;
  params: Map<string, string>;
  stack: string[];
}

const URL_FILTERS = new Set(["relative_url", "absolute_url"]);

/** Resolves the Liquid in `text`, the body of `file` starting on `firstLine`. */
export function resolveLiquid(file: string, text: string, firstLine: number, env: LiquidEnv): MappedText {
  const out = new MappedText();
  resolveInto(out, text, firstLine, env, { file, page: file, params: new Map(), stack: [file] });
  return out;
}

function resolveInto(out: MappedText, text: string, firstLine: number, env: LiquidEnv, frame: Frame): void {
  // Line starts once per text: a scan from the top for every token was quadratic in long files.
  const starts = lineStarts(text);
  const at = (offset: number) => {
    const { line0, col } = positionOf(starts, offset);
    return { line: firstLine + line0, col };
  };
  const copy = (from: number, to: number) => out.append(text.slice(from, to), frame.file, at(from).line);
  let cursor = 0;
  for (const token of scanLiquid(text)) {
    if (token.start < cursor) continue;
    copy(cursor, token.start);
    cursor = token.end;
    const custom = env.handleTag?.(token, frame.file);
    if (custom !== undefined) {
      out.append(custom, frame.file, at(token.start).line);
      continue;
    }
    if (token.kind === "output") {
      const value = outputValue(token, frame);
      if (value !== undefined) {
        out.append(value, frame.file, at(token.start).line);
        env.log.count(frame.page, "liquid resolved");
      } else {
        leaveAsWritten(token, text, at, env, frame);
        copy(token.start, token.end);
      }
      continue;
    }
    if (token.name === "raw" || token.name === "highlight") {
      const endName = `end${token.name}`;
      const close = new RegExp(`\\{%-?\\s*${endName}\\s*-?%\\}`).exec(text.slice(token.end));
      if (!close) {
        leaveAsWritten(token, text, at, env, frame, `{% ${token.name} %} is never closed with {% ${endName} %}`);
        copy(token.start, token.end);
        continue;
      }
      const inner = text.slice(token.end, token.end + close.index);
      cursor = token.end + close.index + close[0].length;
      if (token.name === "raw") {
        out.append(inner, frame.file, at(token.end).line);
      } else {
        const lang = /^(\w[\w+#-]*)/.exec(token.args)?.[1] ?? "";
        const code = inner.replace(/^[ \t]*\n/, "").replace(/\n[ \t]*$/, "");
        const fence = "`".repeat(Math.max(3, longestRun(code, "`") + 1));
        out.append(`${fence}${lang}\n${code}\n${fence}`, frame.file, at(token.start).line);
        env.log.note(frame.page, "converted", "{% highlight %} blocks to fenced code");
      }
      continue;
    }
    if (token.name === "include" || token.name === "include_relative") {
      if (!followInclude(out, token, env, frame, at)) {
        leaveAsWritten(token, text, at, env, frame, "the included file was not found");
        copy(token.start, token.end);
      }
      continue;
    }
    leaveAsWritten(token, text, at, env, frame);
    copy(token.start, token.end);
  }
  copy(cursor, text.length);
}

function outputValue(token: LiquidToken, frame: Frame): string | undefined {
  const parsed = parseOutput(token.inner);
  if (!parsed || !parsed.filters.every((f) => URL_FILTERS.has(f))) return undefined;
  if (parsed.literal !== undefined) {
    if (parsed.filters.length === 0) return undefined;
    const v = parsed.literal.trim();
    return /^[a-z][a-z0-9+.-]*:/i.test(v) || v.startsWith("/") ? v : `/${v}`;
  }
  const variable = parsed.variable!;
  // The old site's own address: Folio writes root-relative links and adds the prefix itself.
  if (variable === "site.baseurl" || variable === "site.url") return "";
  const param = /^include\.(\w+)$/.exec(variable);
  if (param && frame.params.has(param[1]!) && parsed.filters.length === 0) return frame.params.get(param[1]!)!;
  return undefined;
}

function followInclude(
  out: MappedText, token: LiquidToken, env: LiquidEnv, frame: Frame,
  at: (o: number) => { line: number; col: number },
): boolean {
  const args = parseIncludeArgs(token.args);
  if (!args || args.path.includes("{{")) return false;
  const target = env.findInclude(args.path, frame.file, token.name === "include_relative");
  if (!target) return false;
  if (frame.stack.includes(target.rel)) {
    const { line, col } = at(token.start);
    env.log.warn({ file: frame.file, line, col, message: `${target.rel} includes itself (through ${frame.stack.join(" → ")}); not followed again`,
      hint: "check the imported text at this place: the repeated part appears once; remove the include from the include file in the old site if it was a mistake" });
    return true;
  }
  // An included file may carry front matter of its own; only its body is text.
  const split = splitFrontMatter(target.rel, target.text, env.log);
  const params = new Map(frame.params);
  for (const [k, v] of args.params) params.set(k, v);
  resolveInto(out, split.body, split.bodyLine, env, { ...frame, file: target.rel, params, stack: [...frame.stack, target.rel] });
  env.log.note(frame.page, "converted", `{% include ${args.path} %} pulled in`);
  return true;
}

function leaveAsWritten(
  token: LiquidToken, text: string, at: (o: number) => { line: number; col: number },
  env: LiquidEnv, frame: Frame, why?: string,
): void {
  const { line, col } = at(token.start);
  const shown = text.slice(token.start, token.end).replace(/\s+/g, " ");
  env.log.warn({
    file: frame.file, line, col,
    message: `Liquid ${shown} was left in the text as written${why ? `: ${why}` : ""}`,
    hint: "Folio runs no templates: replace it with the text or link it produced, or delete it",
  });
  env.log.note(frame.page, "left as written", `Liquid ${shown} (${frame.file}:${line})`);
}

export function longestRun(text: string, ch: string): number {
  let best = 0;
  let run = 0;
  for (const c of text) {
    run = c === ch ? run + 1 : 0;
    best = Math.max(best, run);
  }
  return best;
}
