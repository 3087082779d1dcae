import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadParameters, readParameterFiles } from "./load-parameters.ts";
import { ParameterFileError } from "./parameter-file-error.ts";
import { decodeSnapshot, encodeSnapshot, snapshotKey } from "./parameter-snapshot.ts";
import { parseParameterFiles } from "./parse-parameter-files.ts";

const RULES = new URL("../../rules", import.meta.url).pathname;
const FILE = "omraader/mindste_antal_beboere.yaml";

describe("the rules snapshot the build writes", () => {
  let dir: string;
  let rules: string;
  let snapshot: string;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), "udsyn-rules-snapshot-"));
    rules = join(dir, "rules");
    cpSync(RULES, rules, { recursive: true });
    snapshot = join(dir, "rules-snapshot.json");
    const files = await readParameterFiles(rules);
    writeFileSync(snapshot, encodeSnapshot(snapshotKey(files), parseParameterFiles(files)));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("gives exactly the parameters parsing the YAML gives (bigint rationals, dates, sources)", async () => {
    const fresh = parseParameterFiles(await readParameterFiles(RULES));
    const decoded = decodeSnapshot(
      readFileSync(snapshot, "utf8"),
      snapshotKey(await readParameterFiles(rules)),
    );
    expect(decoded).toBeDefined();
    expect([...(decoded?.parameters.entries() ?? [])]).toEqual([...fresh.parameters.entries()]);
    expect(await loadParameters(rules, snapshot)).toEqual(fresh);
  });

  it("is what is read when it was made from exactly these files (no YAML parsed)", async () => {
    const files = await readParameterFiles(rules);
    const parsed = parseParameterFiles(files);
    const marked = new Map(parsed.parameters);
    const original = marked.get("omraader.mindste_antal_beboere");
    if (original === undefined) throw new Error("the shipped rules lack the parameter");
    marked.set(original.id, { ...original, description: "fra snapshottet" });
    writeFileSync(snapshot, encodeSnapshot(snapshotKey(files), { parameters: marked }));
    const loaded = await loadParameters(rules, snapshot);
    expect(loaded.parameters.get("omraader.mindste_antal_beboere")?.description).toBe("fra snapshottet");
  });

  it("is not used once a file is edited: the edited value is read", async () => {
    const path = join(rules, FILE);
    const before = await loadParameters(rules, snapshot);
    const text = readFileSync(path, "utf8");
    writeFileSync(path, text.replace(/description: .*/, "description: Ændret efter bygningen"));
    const after = await loadParameters(rules, snapshot);
    expect(after.parameters.get("omraader.mindste_antal_beboere")?.description).toBe(
      "Ændret efter bygningen",
    );
    expect(before.parameters.get("omraader.mindste_antal_beboere")?.description).not.toBe(
      "Ændret efter bygningen",
    );
  });

  it("does not hide a file broken after the build: the loader refuses it, naming the file", async () => {
    writeFileSync(join(rules, FILE), "id: omraader.mindste_antal_beboere\nvalues: [\n");
    const refusal = await loadParameters(rules, snapshot).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(ParameterFileError);
    expect((refusal as ParameterFileError).message).toContain(FILE);
  });

  it("is not used for a folder with a file added or removed", async () => {
    const files = await readParameterFiles(rules);
    const key = snapshotKey(files);
    expect(snapshotKey(files.slice(1))).not.toBe(key);
    expect(snapshotKey([...files, { fileName: "x/y.yaml", text: "" }])).not.toBe(key);
    expect(decodeSnapshot(readFileSync(snapshot, "utf8"), snapshotKey(files.slice(1)))).toBeUndefined();
  });

  it("a damaged snapshot file is ignored, not fatal", async () => {
    writeFileSync(snapshot, "{ not json");
    expect((await loadParameters(rules, snapshot)).parameters.size).toBeGreaterThan(40);
  });
});
