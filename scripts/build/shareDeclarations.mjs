// Makes emitted declarations name the schemas they are built from. `tsc` writes the inferred type of
// a composed zod schema in full, so a schema that embeds another repeats that one's whole type
// (core's arrangement repeats every document it holds, process's reflection input repeats core's
// documents again). A consumer that type-checks the declarations (`skipLibCheck: false`) pays for
// every repetition. This pass replaces each written-out type that is exactly the declared type of an
// exported schema (of this package, or of a `@gebiedsgericht/*` package it imports) with
// `typeof ThatSchema`: the same type, written once.
//
// Matching is on the token text of the type, so it only replaces a type by one that TypeScript
// reads identically: a candidate may use no names but zod's `z` namespace (checked in both files),
// built-in keywords, literals and `import("…")` types.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** Types shorter than this (in tokens) are left as written: `z.ZodString` reads better than a name. */
const minTokens = 12;

/** The type's tokens without whitespace or comments, joined by one space. */
function tokenText(text) {
  text = text.replace(/\bimport\("zod\/v4\/core"\)\./g, 'z.core.').replace(/\bimport\("zod"\)\./g, 'z.');
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, ts.LanguageVariant.Standard, text);
  const tokens = [];
  for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
    tokens.push(scanner.getTokenText());
  }
  return tokens;
}

/** Whether every name in the type is `z.…`, a keyword, a property key or an `import("…")` type. */
function usesOnlyZod(node, allowTypeof = false, zBound = true) {
  let ok = true;
  const visit = (n) => {
    if (!ok) return;
    if (ts.isImportTypeNode(n)) {
      const spec =
        ts.isLiteralTypeNode(n.argument) && ts.isStringLiteral(n.argument.literal) && n.argument.literal.text;
      if (spec !== 'zod' && spec !== 'zod/v4/core') ok = false;
      for (const arg of n.typeArguments ?? []) visit(arg);
      return;
    }
    if (ts.isTypeReferenceNode(n) || ts.isExpressionWithTypeArguments(n)) {
      const name = ts.isTypeReferenceNode(n) ? n.typeName : n.expression;
      let root = name;
      while (ts.isQualifiedName(root)) root = root.left;
      while (ts.isPropertyAccessExpression(root)) root = root.expression;
      if (!(ts.isIdentifier(root) && root.text === 'z' && zBound)) ok = false;
      for (const arg of n.typeArguments ?? []) visit(arg);
      return;
    }
    if (ts.isTypeQueryNode(n)) {
      if (!allowTypeof) ok = false;
      return;
    }
    ts.forEachChild(n, visit);
  };
  visit(node);
  return ok;
}

/** Whether the file binds `z` to zod's namespace. */
function importsZod(source) {
  return source.statements.some(
    (s) =>
      ts.isImportDeclaration(s) &&
      ts.isStringLiteral(s.moduleSpecifier) &&
      s.moduleSpecifier.text === 'zod' &&
      s.importClause?.namedBindings &&
      ((ts.isNamespaceImport(s.importClause.namedBindings) && s.importClause.namedBindings.name.text === 'z') ||
        (ts.isNamedImports(s.importClause.namedBindings) &&
          s.importClause.namedBindings.elements.some((e) => e.name.text === 'z' && !e.propertyName))),
  );
}

function parse(file, text = readFileSync(file, 'utf8')) {
  return ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
}

function isExported(statement) {
  return statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword) ?? false;
}

/**
 * Exported `declare const X: T` of the given declaration files, keyed by the token text of T with
 * every `typeof Y` written out again (a package built earlier has already been through
 * `shareTypes`). `names`, when given, limits them to the names a package exports from its entry
 * point; `external(specifier, name)` gives the written-out type of another package's schema.
 * Returns the schemas by key and the written-out text of each by name.
 */
export function collectSchemas(files, { names, specifier, external = () => undefined } = {}) {
  const declared = new Map();
  const sources = new Map();
  for (const file of [...files].sort()) {
    const source = parse(file);
    sources.set(file, source);
    for (const statement of source.statements) {
      if (!ts.isVariableStatement(statement) || !isExported(statement)) continue;
      for (const decl of statement.declarationList.declarations) {
        if (ts.isIdentifier(decl.name) && decl.type) declared.set(`${file}\0${decl.name.text}`, { file, decl });
      }
    }
  }
  const expanded = new Map();
  const resolve = (file, local) => {
    const source = sources.get(file);
    if (declared.has(`${file}\0${local}`)) return expand(file, local);
    for (const s of source?.statements ?? []) {
      if (!ts.isImportDeclaration(s) || !s.importClause?.namedBindings) continue;
      if (!ts.isNamedImports(s.importClause.namedBindings)) continue;
      const element = s.importClause.namedBindings.elements.find((e) => e.name.text === local);
      if (!element) continue;
      const imported = (element.propertyName ?? element.name).text;
      const spec = s.moduleSpecifier.text;
      if (!spec.startsWith('.')) return external(spec, imported);
      const target = path.resolve(path.dirname(file), spec.replace(/\.(c|m)?js$/, ''));
      return expand(`${target}.d.ts`, imported) ?? expand(path.join(target, 'index.d.ts'), imported);
    }
    return undefined;
  };
  function expand(file, name) {
    const id = `${file}\0${name}`;
    if (expanded.has(id)) return expanded.get(id);
    expanded.set(id, undefined);
    const entry = declared.get(id);
    let result;
    if (entry && usesOnlyZod(entry.decl.type, true, importsZod(sources.get(file)))) {
      const source = sources.get(file);
      const type = entry.decl.type;
      const start = type.getStart(source);
      const edits = [];
      let ok = true;
      const visit = (n) => {
        if (ts.isTypeQueryNode(n)) {
          const text = ts.isIdentifier(n.exprName) ? resolve(file, n.exprName.text) : undefined;
          if (text === undefined) ok = false;
          else edits.push({ start: n.getStart(source) - start, end: n.getEnd() - start, text });
          return;
        }
        ts.forEachChild(n, visit);
      };
      visit(type);
      if (ok) {
        let text = type.getText(source);
        for (const e of edits.sort((a, b) => b.start - a.start))
          text = text.slice(0, e.start) + e.text + text.slice(e.end);
        result = text;
      }
    }
    expanded.set(id, result);
    return result;
  }
  const found = new Map();
  const byName = new Map();
  for (const { file, decl } of declared.values()) {
    const name = decl.name.text;
    if (names && !names.has(name)) continue;
    const text = expand(file, name);
    if (text === undefined) continue;
    byName.set(name, text);
    const tokens = tokenText(text);
    if (tokens.length < minTokens) continue;
    const key = tokens.join(' ');
    if (!found.has(key)) found.set(key, { name, file, specifier });
  }
  return { schemas: found, byName };
}

/** Names a package exports from the declaration file `entry`, following `export … from` chains. */
export function exportedNames(entry, seen = new Set()) {
  const names = new Set();
  if (seen.has(entry)) return names;
  seen.add(entry);
  const source = parse(entry);
  const target = (spec) => {
    const base = path.resolve(path.dirname(entry), spec.replace(/\.(c|m)?js$/, ''));
    return [`${base}.d.ts`, path.join(base, 'index.d.ts')].find((f) => ts.sys.fileExists(f));
  };
  for (const s of source.statements) {
    if (!ts.isExportDeclaration(s) || s.isTypeOnly) continue;
    if (s.exportClause && ts.isNamedExports(s.exportClause)) {
      for (const e of s.exportClause.elements) if (!e.isTypeOnly) names.add(e.name.text);
    } else if (!s.exportClause && s.moduleSpecifier && ts.isStringLiteral(s.moduleSpecifier)) {
      const file = target(s.moduleSpecifier.text);
      if (file) for (const n of exportedNames(file, seen)) names.add(n);
    }
  }
  return names;
}

/**
 * Rewrites one declaration file: every type node (other than a schema's own declared type) whose
 * token text is a known schema's type becomes `typeof` that schema, imported type-only.
 * Returns the new text; relative import specifiers carry no extension (the caller adds it).
 */
export function shareTypes(file, text, schemas) {
  const source = parse(file, text);
  const zBound = importsZod(source);
  const edits = [];
  const imports = new Map();
  const taken = new Set(text.match(/[A-Za-z_$][\w$]*/g));
  const nameFor = (schema) => {
    if (schema.file === file) return schema.name;
    const from = schema.specifier ?? relative(file, schema.file);
    const id = `${from}\0${schema.name}`;
    if (!imports.has(id)) {
      let local = schema.name;
      for (let i = 2; taken.has(local); i++) local = `${schema.name}_${i}`;
      taken.add(local);
      imports.set(id, { from, name: schema.name, local });
    }
    return imports.get(id).local;
  };
  const visit = (node, own) => {
    if (ts.isTypeNode(node) && node !== own && usesOnlyZod(node, false, zBound)) {
      const tokens = tokenText(node.getText(source));
      const schema = tokens.length >= minTokens && schemas.get(tokens.join(' '));
      if (schema) {
        edits.push({ start: node.getStart(source), end: node.getEnd(), text: `typeof ${nameFor(schema)}` });
        return;
      }
    }
    ts.forEachChild(node, (child) => visit(child, own));
  };
  for (const statement of source.statements) {
    let own;
    if (ts.isVariableStatement(statement)) {
      for (const decl of statement.declarationList.declarations) {
        const schema =
          decl.type && ts.isIdentifier(decl.name) && schemas.get(tokenText(decl.type.getText(source)).join(' '));
        if (schema && schema.file === file && schema.name === decl.name.text) own = decl.type;
      }
    }
    visit(statement, own);
  }
  if (edits.length === 0) return text;
  let out = text;
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  }
  const lines = [...imports.values()].map(
    (i) => `import type { ${i.name === i.local ? i.name : `${i.name} as ${i.local}`} } from '${i.from}';`,
  );
  return `${lines.join('\n')}\n${out}`;
}

function relative(fromFile, toFile) {
  let spec = path
    .relative(path.dirname(fromFile), toFile.replace(/\.d\.ts$/, ''))
    .split(path.sep)
    .join('/');
  if (!spec.startsWith('.')) spec = `./${spec}`;
  return spec;
}
