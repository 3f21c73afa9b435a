// After `wasm-pack build` (Makefile `build`), before terser: removes the
// `IntoUnderlying{ByteSource,Sink,Source}` classes from pkg/.
//
// They come from `wasm-streams`, which Leptos pulls in through `server_fn`
// even in a client-only build. They are `#[wasm_bindgen]` exports, so the
// linker keeps them and their code although nothing calls them: the widget
// has no server functions and no streams. This drops the exports from the
// wasm (binaryen's wasm-metadce, every other export kept as a root) and the
// classes from the JS glue, and fails the build when the glue's shape changes
// (a wasm-bindgen upgrade) so nothing is half-removed silently.
//
// Measured (stop 7): wasm 451,071 → 446,495 B raw; first view −0.7 KB brotli.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const pkg = path.join(root, 'pkg');
const wasmFile = path.join(pkg, 'sundhedsraad_beregner_bg.wasm');
const glueFile = path.join(pkg, 'sundhedsraad_beregner.js');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const UNUSED = /intounderlying/i;

// 1. The wasm: every export but the streams' is a root; the rest is dead code.
const exports = WebAssembly.Module.exports(new WebAssembly.Module(readFileSync(wasmFile))).map((e) => e.name);
const dropped = exports.filter((n) => UNUSED.test(n));
const tmp = mkdtempSync(path.join(tmpdir(), 'strip-'));
try {
  const graph = path.join(tmp, 'graph.json');
  writeFileSync(graph, JSON.stringify(exports.filter((n) => !UNUSED.test(n)).map((n) => ({ name: 'export:' + n, export: n, root: true }))));
  const features = ['--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--enable-reference-types', '--enable-sign-ext', '--enable-mutable-globals'];
  const out = path.join(tmp, 'out.wasm');
  execFileSync(bin('wasm-metadce'), [wasmFile, '--graph-file', graph, '-o', out, ...features], { stdio: ['ignore', 'ignore', 'inherit'] });
  execFileSync(bin('wasm-opt'), [out, '-Oz', '-o', wasmFile, ...features], { stdio: 'inherit' });
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

// 2. The glue: the three classes, their dispose hooks and finalization registries.
let glue = readFileSync(glueFile, 'utf8');
const before = glue.length;
glue = glue
  .replace(/export class IntoUnderlying\w+ \{[\s\S]*?\n\}\nif \(Symbol\.dispose\) IntoUnderlying\w+\.prototype\[Symbol\.dispose\] = IntoUnderlying\w+\.prototype\.free;\n/g, '')
  .replace(/const IntoUnderlying\w+Finalization = \(typeof FinalizationRegistry === 'undefined'\)\n[^\n]*\n[^\n]*\n/g, '');
if (UNUSED.test(glue)) {
  throw new Error('tools/strip-streams.mjs: the glue still names IntoUnderlying* after stripping (did wasm-bindgen change its output?)');
}
writeFileSync(glueFile, glue);
console.log(`pkg/: dropped ${dropped.length} unused wasm-streams exports; glue ${before.toLocaleString('en')} → ${glue.length.toLocaleString('en')} chars`);
