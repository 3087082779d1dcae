import { readFileSync } from "node:fs";
import { SourceMap } from "node:module";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const FRAME = /(file:\/\/[^\s()]+?\.js|\/[^\s()]+?\.js):(\d+):(\d+)/g;

/**
 * A stack trace from the bundle (build/*.js, bin/build-server.js) with each frame moved to its
 * source file, line and column. The bundle runs without Node's source-map support, which reads
 * and parses every loaded file's map when it loads (start-up time every call would pay for a
 * trace few calls print), so the maps are read here, when a trace is printed. A frame without a
 * map (a package, the sources run through tsx) stays as it is.
 */
export function sourceMappedStack(stack: string): string {
  const maps = new Map<string, SourceMap | undefined>();
  const mapOf = (file: string) => {
    if (!maps.has(file)) {
      try {
        maps.set(file, new SourceMap(JSON.parse(readFileSync(`${file}.map`, "utf8"))));
      } catch {
        maps.set(file, undefined);
      }
    }
    return maps.get(file);
  };
  return stack.replace(FRAME, (frame, url: string, line: string, column: string) => {
    const file = url.startsWith("file:") ? fileURLToPath(url) : url;
    const entry = mapOf(file)?.findEntry(Number(line) - 1, Number(column) - 1);
    if (entry === undefined || !("originalSource" in entry)) return frame;
    return `${resolve(dirname(file), entry.originalSource)}:${entry.originalLine + 1}:${entry.originalColumn + 1}`;
  });
}
