// Checks the structure of the packages with the TypeScript compiler:
// - no import cycles inside any package, type-only imports and `import('…')` types included;
// - no name exported by the main entry of two packages (each shape and function has one home).
// Usage: node scripts/ci/structure.mjs   (exits 1 and lists every problem when one is found)
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const packagesDir = join(root, 'packages');
const packages = readdirSync(packagesDir)
  .filter((name) => existsSync(join(packagesDir, name, 'src', 'index.ts')))
  .sort();

const options = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  customConditions: ['@gebiedsgericht/source'],
  resolveJsonModule: true,
  allowJs: false,
  skipLibCheck: true,
  noEmit: true,
  types: [],
};

/** Every module specifier a file names: imports, re-exports and `import('…')` types. */
function specifiersOf(sourceFile) {
  const found = [];
  const visit = (node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) {
      found.push(node.moduleSpecifier.text);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      found.push(node.argument.literal.text);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      found.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}

/** The files of one package's `src` and the edges between them. */
function importGraph(pkg) {
  const srcDir = join(packagesDir, pkg, 'src');
  const graph = new Map();
  const queue = [join(srcDir, 'index.ts')];
  const host = ts.createCompilerHost(options);
  const moreEntries = (dir) =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory()
        ? moreEntries(join(dir, entry.name))
        : /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')
          ? [join(dir, entry.name)]
          : [],
    );
  queue.push(...moreEntries(srcDir));
  while (queue.length > 0) {
    const file = queue.pop();
    if (graph.has(file)) continue;
    const text = ts.sys.readFile(file) ?? '';
    const sourceFile = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
    const targets = new Set();
    for (const specifier of specifiersOf(sourceFile)) {
      const resolved = ts.resolveModuleName(specifier, file, options, host).resolvedModule;
      if (!resolved || resolved.isExternalLibraryImport) continue;
      const target = resolve(resolved.resolvedFileName);
      if (target.startsWith(srcDir) && !target.endsWith('.d.ts')) {
        targets.add(target);
        queue.push(target);
      }
    }
    graph.set(file, targets);
  }
  return graph;
}

/** Strongly connected components with more than one file, or a file that imports itself. */
function cyclesOf(graph) {
  let index = 0;
  const indices = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const cycles = [];
  const connect = (v) => {
    indices.set(v, index);
    low.set(v, index);
    index += 1;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!indices.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v), indices.get(w)));
      }
    }
    if (low.get(v) === indices.get(v)) {
      const component = [];
      let w;
      do {
        w = stack.pop();
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || graph.get(v)?.has(v)) cycles.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!indices.has(v)) connect(v);
  return cycles;
}

/** The names exported by each package's main entry (values and types). */
function exportedNames() {
  const entries = packages.map((pkg) => join(packagesDir, pkg, 'src', 'index.ts'));
  const program = ts.createProgram(entries, options);
  const checker = program.getTypeChecker();
  const names = new Map();
  for (const [i, pkg] of packages.entries()) {
    const sourceFile = program.getSourceFile(entries[i]);
    const symbol = sourceFile && checker.getSymbolAtLocation(sourceFile);
    names.set(pkg, symbol ? checker.getExportsOfModule(symbol).map((s) => s.getName()) : []);
  }
  return names;
}

const problems = [];
for (const pkg of packages) {
  for (const cycle of cyclesOf(importGraph(pkg))) {
    problems.push(`import cycle in ${pkg}: ${cycle.map((f) => relative(root, f)).join(' ↔ ')}`);
  }
}
const owners = new Map();
for (const [pkg, names] of exportedNames()) {
  for (const name of names) owners.set(name, [...(owners.get(name) ?? []), pkg]);
}
for (const [name, pkgs] of [...owners].sort(([a], [b]) => a.localeCompare(b))) {
  if (pkgs.length > 1) problems.push(`${name} is exported by ${pkgs.join(' and ')}`);
}
if (problems.length > 0) {
  for (const problem of problems) console.error(problem);
  console.error(`\n${problems.length} structure problem(s).`);
  process.exit(1);
}
console.log(`structure: ${packages.length} packages, no import cycles, no name exported by two packages.`);
