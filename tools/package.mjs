#!/usr/bin/env node
// After `wasm-pack build` and terser (Makefile `build`): makes pkg/ a complete
// npm package and a ready-to-host folder.
//   - pkg/package.json (version from Cargo.toml) and pkg/README.md (js/README.package.md);
//   - precompressed copies of the module files for hosts that serve them
//     (`.br` at quality 11, `.gz` at level 9), left out of the npm package.
import { readFileSync, writeFileSync, copyFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import { createHash } from 'node:crypto';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkg = path.join(root, 'pkg');
const version = readFileSync(path.join(root, 'Cargo.toml'), 'utf8').match(/^version = "([^"]+)"/m)[1];

// What the package holds: the module a page loads, its glue, the wasm and the types.
const FILES = ['sundhedsraad.js', 'sundhedsraad.d.ts', 'sundhedsraad_beregner.js', 'sundhedsraad_beregner_bg.wasm'];
// Loaded after the first view (map, overview, regions, power): budgeted apart.
const LATER = ['explore.js', 'explore/explore_wasm.js', 'explore/explore_wasm_bg.wasm'];

const manifest = {
  name: 'sundhedsraad-beregner',
  version,
  description: 'Sundhedsråd-beregneren: seats, weighted votes and funding envelopes of the 17 Danish sundhedsråd, as a web component (<sundhedsraad-beregner>) and calculate(raad, options).',
  license: 'MIT',
  type: 'module',
  main: './sundhedsraad.js',
  module: './sundhedsraad.js',
  types: './sundhedsraad.d.ts',
  exports: {
    '.': { types: './sundhedsraad.d.ts', default: './sundhedsraad.js' },
    './sundhedsraad_beregner_bg.wasm': './sundhedsraad_beregner_bg.wasm',
    './explore.js': './explore.js',
    './explore/explore_wasm_bg.wasm': './explore/explore_wasm_bg.wasm',
    './package.json': './package.json',
  },
  // prerender/: the fallback a page puts inside the element (README, "Prerendered first paint").
  files: [...FILES, ...LATER, 'README.md', 'prerender/'],
  // Importing the module defines the custom element: a side effect bundlers must keep.
  sideEffects: ['./sundhedsraad.js'],
  keywords: ['sundhedsråd', 'sundhedsreform', 'web-component', 'custom-element', 'wasm', 'denmark'],
};
writeFileSync(path.join(pkg, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');
copyFileSync(path.join(root, 'js', 'README.package.md'), path.join(pkg, 'README.md'));
rmSync(path.join(pkg, '.gitignore'), { force: true });

for (const f of ['sundhedsraad.js', 'sundhedsraad_beregner.js', 'sundhedsraad_beregner_bg.wasm', ...LATER]) {
  const buf = readFileSync(path.join(pkg, f));
  const br = zlib.brotliCompressSync(buf, { params: {
    [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
    [zlib.constants.BROTLI_PARAM_SIZE_HINT]: buf.length,
    [zlib.constants.BROTLI_PARAM_MODE]: f.endsWith('.wasm') ? zlib.constants.BROTLI_MODE_GENERIC : zlib.constants.BROTLI_MODE_TEXT,
  } });
  writeFileSync(path.join(pkg, f + '.br'), br);
  writeFileSync(path.join(pkg, f + '.gz'), zlib.gzipSync(buf, { level: 9 }));
}
// The CSP source of the prerendered fallback's inline stylesheet, for pages whose
// style-src refuses inline styles: the same stylesheet in every fragment.
const fragment = readFileSync(path.join(pkg, 'prerender', 'fyn.da.html'), 'utf8');
const style = fragment.match(/<style>([^<]*)<\/style>/)[1];
const hash = `'sha256-${createHash('sha256').update(style).digest('base64')}'`;
writeFileSync(path.join(pkg, 'prerender', 'style-hash.txt'), hash + '\n');
console.log(`pkg/prerender: style-src ${hash}`);
console.log(`pkg/: package sundhedsraad-beregner@${version}, precompressed .br and .gz`);
