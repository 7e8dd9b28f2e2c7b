// The dev server runs for hours. Each rebuild leaves garbage behind (page
// HTML, the handbook's print page, Eleventy's data for every template), and
// V8 collects its old heap only when that nears a limit which grows with the
// heap: the server's memory climbed with every edit (1.7 GB after nine full
// rebuilds at 1000 sections) although what it keeps stays the same (about
// 350 MB, measured after a forced collection). So once the server has been
// idle for a moment after a rebuild, it collects its garbage then, when
// nobody waits for it. A collection that is due anyway is not an extra cost.
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

const IDLE_MS = 1000;
let collect: (() => void) | undefined;
let timer: NodeJS.Timeout | undefined;

/** After a rebuild: collect garbage unless another rebuild starts within IDLE_MS. */
export function collectWhenIdle(): void {
  clearTimeout(timer);
  timer = setTimeout(() => garbageCollector()(), IDLE_MS);
  timer.unref();
}

/** A rebuild is starting: no collection in its way. */
export function cancelIdleCollection(): void {
  clearTimeout(timer);
}

function garbageCollector(): () => void {
  if (!collect) {
    // `gc` exists only with --expose-gc; set now, a fresh context gets it.
    setFlagsFromString("--expose-gc");
    collect = runInNewContext("gc") as () => void;
  }
  return collect;
}
