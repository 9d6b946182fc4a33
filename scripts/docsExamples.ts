/**
 * Type-checks and runs every TypeScript code block in README.md, docs/*.md and the packages' and
 * examples' README.md files, so that what the documentation shows compiles and works.
 *
 * Each ```ts or ```typescript block becomes one module under node_modules/.cache/docs-examples/,
 * importing the workspace packages from their sources. All modules are type-checked in one
 * TypeScript program with the repository's compiler settings (tsconfig.base.json, strict); then the
 * runnable ones are imported one after the other in this process, each in its own empty working
 * directory, with a time limit. Output of a block is shown only when it fails (or with --verbose).
 *
 * Markers (documented in CONTRIBUTING.md, "Code blocks in the documentation"):
 * - ```ts check-only: type-checked, not run (needs PostgreSQL, a network service or a secret).
 * - ```ts fragment: neither checked nor run; for the rare block that cannot be a module.
 * - <!-- prelude: name, other --> right before a block: prepend scripts/docsPreludes/<name>.ts.
 * - <!-- prelude
 *   …code…
 *   --> right before a block: prepend that code (hidden in rendered Markdown).
 *
 * Usage: tsx --conditions=@gebiedsgericht/source scripts/docsExamples.ts [--verbose] [file.md …]
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const work = join(root, 'node_modules', '.cache', 'docs-examples');
const preludeDir = join(root, 'scripts', 'docsPreludes');
const timeoutMs = 20_000;
const verbose = process.argv.includes('--verbose');

/** One piece of a generated module and where its lines come from. */
interface Segment {
  /** First line (0-based) of this piece in the generated module. */
  moduleLine: number;
  lines: number;
  /** Repository-relative file and 1-based line of the piece's first line there. */
  file: string;
  fileLine: number;
}

interface Block {
  name: string;
  where: string;
  mode: 'run' | 'check-only' | 'fragment';
  path: string;
  segments: Segment[];
}

function markdownFiles(): string[] {
  const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  if (args.length > 0) return args.map((a) => relative(root, resolve(a)));
  const files = ['README.md'];
  const listed = (dir: string, pick: (entry: string) => string | undefined) => {
    if (!existsSync(join(root, dir))) return;
    for (const entry of readdirSync(join(root, dir)).sort()) {
      const file = pick(entry);
      if (file && existsSync(join(root, file))) files.push(file);
    }
  };
  listed('docs', (e) => (e.endsWith('.md') ? `docs/${e}` : undefined));
  listed('packages', (e) => `packages/${e}/README.md`);
  listed('examples', (e) => `examples/${e}/README.md`);
  return files;
}

const fence = /^(\s*)```(ts|typescript)\b(.*)$/;
const preludeLine = /^<!--\s*prelude:\s*([\w\-, ]+?)\s*-->$/;

/** The hidden preludes written directly above line `at` (0-based), nearest last. */
function preludesAbove(file: string, lines: string[], at: number): (Segment & { text: string })[] {
  const found: (Segment & { text: string })[] = [];
  let i = at - 1;
  while (i >= 0) {
    const line = (lines[i] ?? '').trim();
    if (line === '') {
      i -= 1;
      continue;
    }
    const named = preludeLine.exec(line);
    if (named) {
      for (const name of (named[1] ?? '')
        .split(',')
        .map((n) => n.trim())
        .reverse()) {
        const preludeFile = join(preludeDir, `${name}.ts`);
        if (!existsSync(preludeFile)) throw new Error(`${file}:${i + 1}: no prelude ${relative(root, preludeFile)}`);
        const text = readFileSync(preludeFile, 'utf8').replace(/\n$/, '');
        found.unshift({ text, moduleLine: 0, lines: 0, file: relative(root, preludeFile), fileLine: 1 });
      }
      i -= 1;
      continue;
    }
    if (line === '-->') {
      let start = i - 1;
      while (start >= 0 && (lines[start] ?? '').trim() !== '<!-- prelude') start -= 1;
      if (start < 0) break;
      const text = lines.slice(start + 1, i).join('\n');
      found.unshift({ text, moduleLine: 0, lines: 0, file, fileLine: start + 2 });
      i = start - 1;
      continue;
    }
    break;
  }
  return found;
}

function extract(files: string[]): Block[] {
  const blocks: Block[] = [];
  for (const file of files) {
    const lines = readFileSync(join(root, file), 'utf8').split('\n');
    for (let i = 0; i < lines.length; i += 1) {
      const open = fence.exec(lines[i] ?? '');
      if (!open) continue;
      const indent = open[1] ?? '';
      const flags = (open[3] ?? '').trim().split(/\s+/).filter(Boolean);
      const unknown = flags.filter((f) => f !== 'check-only' && f !== 'fragment');
      if (unknown.length > 0) throw new Error(`${file}:${i + 1}: unknown code block marker ${unknown.join(' ')}`);
      const mode = flags.includes('fragment') ? 'fragment' : flags.includes('check-only') ? 'check-only' : 'run';
      const body: string[] = [];
      let j = i + 1;
      while (j < lines.length && !/^\s*```\s*$/.test(lines[j] ?? '')) {
        body.push((lines[j] ?? '').startsWith(indent) ? (lines[j] ?? '').slice(indent.length) : (lines[j] ?? ''));
        j += 1;
      }
      if (j >= lines.length) throw new Error(`${file}:${i + 1}: code block is not closed`);
      const pieces = [...preludesAbove(file, lines, i), { text: body.join('\n'), file, fileLine: i + 2 }];
      const name = `${file.replace(/[^\w]+/g, '_')}_${i + 1}`;
      const segments: Segment[] = [];
      let moduleLine = 0;
      const text: string[] = [];
      const imports = new Set<string>();
      for (const piece of pieces) {
        // Two preludes may import the same module under the same name: keep the first import (the
        // line stays, empty, so that line numbers still map back).
        const pieceLines = piece.text.split('\n').map((line) => {
          if (!line.startsWith('import ')) return line;
          if (imports.has(line)) return '';
          imports.add(line);
          return line;
        });
        const count = pieceLines.length;
        segments.push({ moduleLine, lines: count, file: piece.file, fileLine: piece.fileLine });
        text.push(pieceLines.join('\n'));
        moduleLine += count;
      }
      // `export {}` makes every block a module, so top-level await works and names stay local.
      text.push('export {};', '');
      blocks.push({ name, where: `${file}:${i + 1}`, mode, path: join(work, `${name}.mts`), segments });
      if (mode !== 'fragment') writeFileSync(join(work, `${name}.mts`), text.join('\n'));
      i = j;
    }
  }
  return blocks;
}

/** Where line `line` (0-based) of a generated module comes from, as file:line. */
function origin(block: Block, line: number): string {
  for (const s of block.segments) {
    if (line >= s.moduleLine && line < s.moduleLine + s.lines) return `${s.file}:${s.fileLine + line - s.moduleLine}`;
  }
  return block.where;
}

function typecheck(blocks: Block[]): number {
  const config = ts.readConfigFile(join(root, 'tsconfig.base.json'), ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
  const options: ts.CompilerOptions = { ...parsed.options, noEmit: true, declaration: false };
  const checked = blocks.filter((b) => b.mode !== 'fragment');
  const program = ts.createProgram(
    checked.map((b) => b.path),
    options,
  );
  let errors = 0;
  const global = program.getOptionsDiagnostics();
  for (const d of global) console.error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  errors += global.length;
  for (const block of checked) {
    const source = program.getSourceFile(block.path);
    if (!source) throw new Error(`${block.where}: not in the program`);
    const diagnostics = [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)];
    for (const d of diagnostics) {
      const line = d.start === undefined ? 0 : source.getLineAndCharacterOfPosition(d.start).line;
      console.error(
        `${origin(block, line)}: TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')} (block at ${block.where})`,
      );
      errors += 1;
    }
  }
  return errors;
}

type ConsoleMethod = 'log' | 'info' | 'warn' | 'error' | 'debug' | 'table' | 'dir';
const consoleMethods: ConsoleMethod[] = ['log', 'info', 'warn', 'error', 'debug', 'table', 'dir'];

async function run(block: Block): Promise<string | undefined> {
  const dir = join(work, 'cwd', block.name);
  mkdirSync(dir, { recursive: true });
  const output: string[] = [];
  const saved = consoleMethods.map((m) => [m, console[m]] as const);
  for (const m of consoleMethods) {
    console[m] = (...args: unknown[]) => {
      output.push(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' '));
    };
  }
  const writes = [process.stdout.write, process.stderr.write] as const;
  const capture = (chunk: unknown): boolean => {
    output.push(String(chunk).replace(/\n$/, ''));
    return true;
  };
  process.stdout.write = capture as typeof process.stdout.write;
  process.stderr.write = capture as typeof process.stderr.write;
  const cwd = process.cwd();
  process.chdir(dir);
  let failure: string | undefined;
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      import(pathToFileURL(block.path).href),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`did not finish within ${timeoutMs / 1000} s`)), timeoutMs);
      }),
    ]);
  } catch (e) {
    const text = e instanceof Error ? (e.stack ?? e.message) : String(e);
    // Point the stack at the Markdown line rather than the generated module.
    failure = text.replaceAll(
      new RegExp(`(?:file://)?${block.path.replaceAll('.', '\\.')}:(\\d+)(?::\\d+)?`, 'g'),
      (_, line) => origin(block, Number(line) - 1),
    );
  } finally {
    clearTimeout(timer);
    process.chdir(cwd);
    for (const [m, f] of saved) console[m] = f as never;
    [process.stdout.write, process.stderr.write] = writes;
  }
  if (failure || verbose) {
    const text = output.map((l) => `    ${l.length > 300 ? `${l.slice(0, 300)} …` : l}`).join('\n');
    if (text) console.log(text);
  }
  return failure;
}

async function main() {
  const started = performance.now();
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const blocks = extract(markdownFiles());
  const extracted = performance.now();
  const typeErrors = typecheck(blocks);
  const checkedAt = performance.now();
  const count = (mode: Block['mode']) => blocks.filter((b) => b.mode === mode).length;
  console.log(
    `docs examples: ${blocks.length} blocks (${count('run')} run, ${count('check-only')} check-only, ${count('fragment')} fragments); type-check ${((checkedAt - extracted) / 1000).toFixed(1)} s, ${typeErrors} errors`,
  );
  if (typeErrors > 0) process.exit(1);
  let failed = 0;
  for (const block of blocks.filter((b) => b.mode === 'run')) {
    const t = performance.now();
    const failure = await run(block);
    const ms = performance.now() - t;
    if (failure) {
      failed += 1;
      console.error(`✗ ${block.where} (${ms.toFixed(0)} ms)\n${failure}`);
    } else if (verbose) console.log(`✓ ${block.where} (${ms.toFixed(0)} ms)`);
  }
  const total = (performance.now() - started) / 1000;
  console.log(`docs examples: ran ${count('run') - failed}/${count('run')} blocks; total ${total.toFixed(1)} s`);
  process.exit(failed > 0 ? 1 : 0);
}

process.on('unhandledRejection', (reason) => {
  console.error('unhandled rejection in a docs example:', reason);
  process.exitCode = 1;
});

await main();
