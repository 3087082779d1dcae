import { once } from "node:events";
import { createWriteStream, mkdirSync, type WriteStream } from "node:fs";
import { join } from "node:path";
import { finished } from "node:stream/promises";
import { type RegisterFileName, registerFileNames } from "../../domain/register/codes.ts";
import type { SynthChunk, SynthSummary } from "../../domain/register/synth/synthesise.ts";

/**
 * Writes a synthetic population (`synthesiseRows`) into `dir` as it is generated, one file per
 * table: a piece is written before the next is generated, and generation waits while a file's
 * stream is full, so memory stays bounded by one department's rows whatever the population.
 */
export async function writeSynthFolder(
  dir: string,
  chunks: Generator<SynthChunk, SynthSummary, undefined>,
): Promise<SynthSummary> {
  mkdirSync(dir, { recursive: true });
  const streams = new Map<RegisterFileName, WriteStream>(
    registerFileNames.map((file) => [file, createWriteStream(join(dir, file))]),
  );
  // A write error (disk full) is raised here, not left as an unhandled 'error' event.
  let failed: Error | undefined;
  for (const stream of streams.values())
    stream.on("error", (error) => {
      failed ??= error;
    });
  try {
    for (let next = chunks.next(); ; next = chunks.next()) {
      if (failed !== undefined) throw failed;
      if (next.done) return next.value;
      const stream = streams.get(next.value.file) as WriteStream;
      if (!stream.write(next.value.text)) await once(stream, "drain");
    }
  } finally {
    for (const stream of streams.values()) stream.end();
    await Promise.all([...streams.values()].map((stream) => finished(stream)));
  }
}
