// The widget hosted once and embedded from another origin, as a ministry
// deploys it; pkg/ served as the README's "Hosting" section says.
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test, assert, widget, waitFact } from './lib.mjs';
import { startServer } from '../../tools/server.mjs';

test('pkg/ is served with CORS, precompressed when accepted, application/wasm and revalidation', async (t) => {
  const ctx = await t.context();
  const req = ctx.request;
  const wasm = await req.get(`${t.base}/pkg/sundhedsraad_beregner_bg.wasm`, { headers: { 'Accept-Encoding': 'br, gzip' } });
  const h = wasm.headers();
  assert.equal(wasm.status(), 200);
  assert.equal(h['content-type'], 'application/wasm');
  assert.equal(h['content-encoding'], 'br', 'the .br copy is served when brotli is accepted');
  assert.equal(h['access-control-allow-origin'], '*');
  assert.equal(h['cross-origin-resource-policy'], 'cross-origin');
  assert.match(h.vary, /Accept-Encoding/);
  assert.equal(h['cache-control'], 'no-cache');
  assert.ok(h.etag, 'an ETag to revalidate against');
  const body = await wasm.body();
  assert.deepEqual([...body.subarray(0, 4)], [0, 0x61, 0x73, 0x6d], 'the client sees the decoded wasm');
  const again = await req.get(`${t.base}/pkg/sundhedsraad_beregner_bg.wasm`, { headers: { 'Accept-Encoding': 'br', 'If-None-Match': h.etag } });
  assert.equal(again.status(), 304, 'unchanged: 304, no body');
  const gz = await req.get(`${t.base}/pkg/sundhedsraad.js`, { headers: { 'Accept-Encoding': 'gzip' } });
  assert.equal(gz.headers()['content-encoding'], 'gzip');
  assert.equal(gz.headers()['content-type'], 'text/javascript');
  const plain = await req.get(`${t.base}/pkg/sundhedsraad.js`, { headers: { 'Accept-Encoding': 'identity' } });
  assert.equal(plain.headers()['content-encoding'], undefined);
  assert.match(await plain.text(), /sundhedsraad-beregner/);
});

test('a page on another origin embeds the widget from this one and it works', async (t) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sr-cross-'));
  const { child, base } = await startServer({ site: dir });
  try {
    t.allowOrigin(base);
    writeFileSync(path.join(dir, 'index.html'), `<!doctype html>
<html lang="da"><head><meta charset="utf-8"><title>Anden side</title><link rel="icon" href="data:,">
<script type="module" src="${t.base}/pkg/sundhedsraad.js"></script></head>
<body><main><h1>En kommunes side</h1>
<sundhedsraad-beregner id="beregner" raad="aarhus" lang="da" url-param="none"></sundhedsraad-beregner></main></body></html>`);
    const ctx = await t.context();
    const page = await ctx.newPage();
    await page.goto(base + '/');
    assert.notEqual(new URL(base).origin, new URL(t.base).origin, 'two origins');
    await waitFact(page, 'beregner', 6);
    assert.match(await widget(page).locator('h2').textContent(), /Aarhus/);
    const members = await page.evaluate(async (src) => (await import(src)).calculate('fyn').members.total, `${t.base}/pkg/sundhedsraad.js`);
    assert.equal(members, 20, 'calculate() from the hosted module');
  } finally {
    child.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
});
