/**
 * Vite (and so Vitest) replaces `import.meta.glob(…, { eager: true })` with the files' contents
 * at transform time. Only `rules.test-support.ts` uses it, so tests in the domain core can read
 * the shipped rules without importing file I/O.
 */
interface ImportMeta {
  glob(
    pattern: string,
    options: { readonly query: "?raw"; readonly import: "default"; readonly eager: true },
  ): Record<string, string>;
}
