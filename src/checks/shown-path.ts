// Paths as an author wants to read them: relative when inside the working
// folder, absolute when outside it ("../../tmp/x" helps nobody).
import path from "node:path";

export function shownPath(p: string): string {
  const rel = path.relative(process.cwd(), p);
  return rel === "" ? "." : rel.startsWith("..") || path.isAbsolute(rel) ? p : rel;
}
