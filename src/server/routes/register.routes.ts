import { createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pipeline } from "node:stream/promises";
import fastifyMultipart from "@fastify/multipart";
import { z } from "zod";
import { DomainError } from "../../domain/errors.ts";
import { importRegisterBatch } from "../../usecases/register/import-register-batch.ts";
import { actorOf } from "../access.ts";
import type { App, AppContext } from "../context.ts";

/** Per uploaded file (a national batch's benefits file is some gigabytes); env UDSYN_REGISTER_UPLOAD_MAX_BYTES. */
export const REGISTER_UPLOAD_MAX_BYTES = Number(process.env.UDSYN_REGISTER_UPLOAD_MAX_BYTES ?? 4 * 1024 ** 3);
/** The layout has nine files; a few more are allowed so that a wrong file is named, not cut off. */
const MAX_FILES = 20;
const FILE_NAME = /^[a-z_]{1,40}\.(csv|parquet)$/i;

const registerFileOutcome = z.object({
  format: z.enum(["csv", "parquet"]),
  bytes: z.number(),
  rows: z.number(),
  encoding: z.enum(["utf-8", "latin-1"]).optional(),
  delimiter: z.enum([",", ";"]).optional(),
});

const importOutcome = z.object({
  status: z.enum(["imported", "unchanged"]),
  batchId: z.number(),
  name: z.string(),
  contentHash: z.string(),
  rowCounts: z.record(z.string(), z.number()),
  files: z.record(z.string(), registerFileOutcome).optional(),
  bulkPath: z.enum(["copy", "insert"]).optional(),
  loaded: z
    .enum(["direct", "staged"])
    .optional()
    .describe(
      "Kun ved status imported: direct, når rækkerne gik direkte i registertabellerne (intet var galt); staged, når de gik gennem mellemtabellerne (insert-vejen, Parquet, eller en direkte indlæsning der blev opgivet)",
    ),
});

const truthy = (value: string) => ["1", "true", "on", "ja"].includes(value.trim().toLowerCase());

/**
 * Register microdata upload: the files of one batch as multipart/form-data, streamed to a
 * temporary folder (never held in memory) and imported by the same use case as `udsyn import`.
 */
export function registerRoutes(app: App, { useCases }: AppContext): void {
  app.register(async (scope) => {
    await scope.register(fastifyMultipart, {
      limits: {
        fileSize: REGISTER_UPLOAD_MAX_BYTES,
        files: MAX_FILES,
        fields: 10,
        fieldSize: 1000,
        parts: 40,
      },
    });
    scope.post(
      "/api/register/batches",
      {
        config: { access: importRegisterBatch.access },
        schema: {
          summary: "Indlæs en batch registerdata (multipart: filerne, feltet batch og evt. pseudonymise)",
          description: `multipart/form-data med én fil pr. tabel i formatet i docs/REGISTER.md (areas.csv … person_years.csv, eller de samme navne med .parquet), feltet \`batch\` (batchens navn) og evt. \`pseudonymise\` (true): CPR-lignende identifikatorer erstattes da af en nøglet hash med serverens nøgle (UDSYN_PSEUDONYM_KEY). Alt eller intet; fejl meldes med fil, række og kolonne (de første 100, og antal pr. slags). Samme indhold indlæst igen ændrer intet (status unchanged); et navn, der er brugt til andet indhold, giver 409. Højst ${REGISTER_UPLOAD_MAX_BYTES} bytes pr. fil.`,
          tags: ["registerdata"],
          consumes: ["multipart/form-data"],
          response: { 200: importOutcome },
        },
      },
      async (request) => {
        if (!request.isMultipart())
          throw new DomainError(
            "invalid_input",
            { da: "Send filerne som multipart/form-data", en: "Send the files as multipart/form-data" },
            [
              {
                field: "body",
                message: "forventede multipart/form-data",
                en: "expected multipart/form-data",
              },
            ],
          );
        const folder = await mkdtemp(join(tmpdir(), "udsyn-register-upload-"));
        try {
          const files: { fileName: string; path: string }[] = [];
          let batch: string | undefined;
          let pseudonymise = false;
          try {
            for await (const part of request.parts()) {
              if (part.type === "field") {
                const value = typeof part.value === "string" ? part.value : "";
                if (part.fieldname === "batch") batch = value;
                else if (part.fieldname === "pseudonymise") pseudonymise = truthy(value);
                else
                  throw new DomainError(
                    "invalid_input",
                    { da: `Ukendt felt »${part.fieldname}«`, en: `Unknown field "${part.fieldname}"` },
                    [
                      {
                        field: part.fieldname,
                        message: "ukendt felt; brug batch og pseudonymise",
                        en: "unknown field; use batch and pseudonymise",
                      },
                    ],
                  );
                continue;
              }
              const fileName = part.filename.split(/[\\/]/).at(-1) ?? "";
              if (!FILE_NAME.test(fileName) || files.some((f) => f.fileName === fileName))
                throw new DomainError(
                  "invalid_input",
                  {
                    da: `Filnavnet »${fileName}« kan ikke bruges`,
                    en: `The file name "${fileName}" cannot be used`,
                  },
                  [
                    {
                      source: fileName,
                      message: "forventede areas.csv … person_years.csv (eller .parquet), hver én gang",
                      en: "expected areas.csv … person_years.csv (or .parquet), each once",
                    },
                  ],
                );
              const path = join(folder, fileName);
              await pipeline(part.file, createWriteStream(path));
              if (part.file.truncated)
                throw new DomainError(
                  "invalid_input",
                  { da: `${fileName} er for stor`, en: `${fileName} is too large` },
                  [
                    {
                      source: fileName,
                      message: `højst ${REGISTER_UPLOAD_MAX_BYTES} bytes pr. fil`,
                      en: `at most ${REGISTER_UPLOAD_MAX_BYTES} bytes per file`,
                    },
                  ],
                );
              files.push({ fileName, path });
            }
          } catch (error) {
            if (error instanceof DomainError) throw error;
            const code = (error as { code?: string }).code ?? "";
            throw new DomainError(
              "invalid_input",
              { da: "Uploaden kunne ikke læses", en: "The upload could not be read" },
              [
                {
                  field: "body",
                  message: code.startsWith("FST_")
                    ? `${code}: ${(error as Error).message}`
                    : "afbrudt eller ugyldig multipart",
                  en: code.startsWith("FST_")
                    ? `${code}: ${(error as Error).message}`
                    : "interrupted or invalid multipart",
                },
              ],
            );
          }
          if (batch === undefined || batch.trim() === "")
            throw new DomainError(
              "invalid_input",
              {
                da: "Feltet batch (batchens navn) mangler",
                en: "The field batch (the batch's name) is missing",
              },
              [{ field: "batch", message: "påkrævet", en: "required" }],
            );
          return await importRegisterBatch(useCases, actorOf(request), {
            name: batch,
            files,
            pseudonymise,
            pseudonymKey: process.env.UDSYN_PSEUDONYM_KEY,
          });
        } finally {
          await rm(folder, { recursive: true, force: true });
        }
      },
    );
  });
}
