import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/**
 * "English means English" for refusals, as a scan of the source: every `new DomainError(` in src/
 * (and the constructor of a class extending it) is given its message as `{ da, en }` (or a value
 * that already is one), never a Danish string alone; and every issue written inline in its details
 * with a literal message carries `en` too. An English reader otherwise gets the code's generic
 * sentence and the Danish text.
 */

const ROOT = resolve(import.meta.dirname, "..");

/** Subclasses whose `super(…)` is exempt, and why. */
const EXEMPT_SUBCLASSES: Readonly<Record<string, string>> = {
  // The rules loader refuses a parameter file at start-up, to the operator; the files are Danish law.
  ParameterFileError: "src/rules/parameter-file-error.ts",
};

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") ? [path] : [];
  });
}

const WORD = /\p{L}{2}/u;

/**
 * A text written as a literal with words in it: a string or a template (not a value alone, such
 * as `${from}-${to}`), or a choice or concatenation of them.
 */
function isLiteralText(node: ts.Expression): boolean {
  if (ts.isParenthesizedExpression(node)) return isLiteralText(node.expression);
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return WORD.test(node.text);
  if (ts.isTemplateExpression(node))
    return WORD.test([node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(" "));
  if (ts.isConditionalExpression(node)) return isLiteralText(node.whenTrue) || isLiteralText(node.whenFalse);
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken)
    return isLiteralText(node.left) || isLiteralText(node.right);
  return false;
}

function property(object: ts.ObjectLiteralExpression, name: string): ts.ObjectLiteralElementLike | undefined {
  return object.properties.find((p) => p.name !== undefined && p.name.getText() === name);
}

/** The problems of one constructor call: `message` and `details` as its arguments 2 and 3. */
function problemsOf(args: readonly ts.Expression[], where: string): string[] {
  const [, message, details] = args;
  const problems: string[] = [];
  if (message !== undefined && isLiteralText(message))
    problems.push(`${where}: the message is Danish only; give it as { da, en }`);
  if (details !== undefined && ts.isArrayLiteralExpression(details)) {
    for (const element of details.elements) {
      if (!ts.isObjectLiteralExpression(element)) continue;
      const text = property(element, "message");
      const literal = text !== undefined && ts.isPropertyAssignment(text) && isLiteralText(text.initializer);
      if (literal && property(element, "en") === undefined)
        problems.push(`${where}: the detail "${text.getText().slice(0, 60)}" has no en`);
    }
  }
  return problems;
}

function scan(file: string): string[] {
  const text = readFileSync(file, "utf8");
  if (!text.includes("DomainError")) return [];
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const at = (node: ts.Node) =>
    `${relative(ROOT, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const problems: string[] = [];
  const visit = (node: ts.Node, subclass: string | undefined): void => {
    if (ts.isNewExpression(node) && node.expression.getText() === "DomainError")
      problems.push(...problemsOf(node.arguments ?? [], at(node)));
    if (
      subclass !== undefined &&
      !(subclass in EXEMPT_SUBCLASSES) &&
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.SuperKeyword
    )
      problems.push(...problemsOf(node.arguments, at(node)));
    const extendsDomainError =
      ts.isClassDeclaration(node) &&
      node.heritageClauses?.some((h) => h.types.some((t) => t.expression.getText() === "DomainError"));
    const inner = ts.isClassDeclaration(node) ? (extendsDomainError ? node.name?.text : undefined) : subclass;
    ts.forEachChild(node, (child) => visit(child, inner));
  };
  visit(source, undefined);
  return problems;
}

describe("every refusal has an English text", () => {
  const files = sourceFiles(join(ROOT, "src"));

  it("no DomainError in src/ is given a Danish string alone, nor an inline detail without en", () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files.flatMap(scan)).toEqual([]);
  });

  it("the scan finds what it must refuse", () => {
    // A Danish-only message and a detail without en, as a thrower would write them.
    const code = [
      'new DomainError("x", "Område a findes ikke", [',
      '  { field: "a", message: "ukendt" },',
      '  { message: "b", en: "b" },',
      "]);",
    ].join("\n");
    const statement = ts.createSourceFile("x.ts", code, ts.ScriptTarget.Latest, true).statements[0];
    const call = (statement as ts.ExpressionStatement).expression as ts.NewExpression;
    expect(problemsOf(call.arguments ?? [], "x.ts:1")).toEqual([
      "x.ts:1: the message is Danish only; give it as { da, en }",
      'x.ts:1: the detail "message: "ukendt"" has no en',
    ]);
  });

  it("the exempt subclasses exist where they are said to be", () => {
    for (const file of Object.values(EXEMPT_SUBCLASSES))
      expect(readFileSync(join(ROOT, file), "utf8")).toContain("extends DomainError");
  });
});
