// pkg/ as an npm package: packed, installed into a throwaway site with no
// network, and run from node_modules in the browser.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, assert, widget, waitFact } from './lib.mjs';
import { startServer } from '../../tools/server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

test('npm pack, install the tarball offline into a site, the widget runs from node_modules', async (t) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sr-pkg-'));
  try {
    const npm = (args, cwd) => execFileSync('npm', args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } });
    const packed = JSON.parse(npm(['pack', '--json', '--pack-destination', dir], path.join(root, 'pkg')));
    const files = packed[0].files.map((f) => f.path).sort();
    const fallbacks = files.filter((f) => f.startsWith('prerender/'));
    assert.deepEqual(files.filter((f) => !f.startsWith('prerender/')), ['README.md', 'explore.js', 'explore/explore_wasm.js', 'explore/explore_wasm_bg.wasm', 'package.json', 'sundhedsraad.d.ts', 'sundhedsraad.js', 'sundhedsraad_beregner.js', 'sundhedsraad_beregner_bg.wasm']);
    // The prerendered fallback of every council in both languages, and the CSP hash of its stylesheet.
    assert.equal(fallbacks.length, 17 * 2 + 1, fallbacks.join(' '));
    assert.ok(fallbacks.includes('prerender/fyn.da.html') && fallbacks.includes('prerender/style-hash.txt'));
    const site = path.join(dir, 'site');
    execFileSync('mkdir', ['-p', site]);
    writeFileSync(path.join(site, 'package.json'), JSON.stringify({ name: 'site', private: true }));
    npm(['install', '--offline', '--no-audit', '--no-fund', path.join(dir, packed[0].filename)], site);
    const installed = path.join(site, 'node_modules', 'sundhedsraad-beregner');
    const manifest = JSON.parse(readFileSync(path.join(installed, 'package.json'), 'utf8'));
    assert.equal(manifest.type, 'module');
    assert.equal(manifest.exports['.'].types, './sundhedsraad.d.ts');
    assert.ok(readdirSync(installed).includes('sundhedsraad_beregner_bg.wasm'));
    writeFileSync(path.join(site, 'index.html'), `<!doctype html>
<html lang="da"><head><meta charset="utf-8"><title>Site</title><link rel="icon" href="data:,">
<script type="module" src="node_modules/sundhedsraad-beregner/sundhedsraad.js"></script></head>
<body><main><sundhedsraad-beregner id="beregner" raad="midt" url-param="none"></sundhedsraad-beregner></main></body></html>`);
    const { child, base } = await startServer({ site });
    try {
      t.allowOrigin(base);
      const page = await (await t.context()).newPage();
      await page.goto(base + '/');
      await waitFact(page, 'beregner', 9);
      assert.match(await widget(page).locator('h2').textContent(), /Midt/);
    } finally {
      child.kill('SIGTERM');
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, { timeout: 120_000 });
