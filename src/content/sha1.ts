// The hex SHA-1 of a text: the address under which the build's caches keep
// what they made from it (rendered bodies, loaded files, coloured code, the
// search index's pages). Not for security.
import { createHash } from "node:crypto";

export function sha1(text: string): string {
  return createHash("sha1").update(text).digest("hex");
}
