#!/usr/bin/env node
// Browser benchmark of the widget, with targets (run by `make bench` after a
// release build). Prints the figures and a summary; exits 1 when a target is
// broken.
//
//   node bench/bench.mjs            RUNS (cold loads, default 15), CHANGES (default 200),
//                                   CPU (throttling rate, default 4) override the defaults.
//   BENCH_NATIVE_OUTPUT=file|text   also print the native benchmark's output.
//
// What it measures:
//   1. the size of every file the widget loads (found from the request log of
//      www/bench.html), raw, gzip -9 and brotli q11; the code of the first
//      view (wasm with its CSS, JS) has a budget of 150 KiB brotli, and the
//      size before the typed-state rework is printed beside it;
//   2. cold loads under CPU throttling, each in a fresh browser context: time
//      from navigation start to the widget's first complete render, against a
//      static page with the same HTML and CSS (made at bench time from the
//      rendered widget, served from www/_bench_tmp/, removed afterwards);
//      the worst layout shift (CLS) of the widget's loads, target ≤ 0.02;
//   3. changes under CPU throttling (council, key, rule, language; 200 each),
//      each measured to the frame that shows it (style, layout and paint
//      done), against a one-text change on the same page measured the same
//      way: target p95 ≤ 1.5× the one-text change's p95; and, as floors
//      (no target), the seats' figures, and every text of the view, written
//      straight into their text nodes, and the next council's title and seats
//      section (from its prerendered page, parsed in advance) written over
//      the view's;
//   4. memory after 10, 100, 1,000 and 2,000 council changes (forced GC): JS
//      heap, wasm linear memory, DOM nodes (judged over the second thousand,
//      after their warm-up) and event listeners (CDP Memory.getDOMCounters);
//      target no growth beyond tolerance.
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import { chromium } from 'playwright-core';
import { startServer } from '../tools/server.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const RUNS = Number(process.env.RUNS || 15);
const CHANGES = Number(process.env.CHANGES || 200);
const CPU = Number(process.env.CPU || 4);
const LEAK_CHANGES = 1000;
const BROTLI_BUDGET = 150 * 1024;
/** The later module's own budget (the issue sets only the first view's). It
 * began at the first view's 150 KB when it held the map, the overview and
 * power; it now also holds the rule panel, the populations file, moves and
 * observers, the simulator, the pools' sums and the municipality's money
 * (issues 9 and 12). Loaded after the first view, it delays no figure. */
const LATER_BUDGET = 200 * 1024;
/** The first view's brotli bytes at the end of stop 5 (string-valued state, hand-written JS boundary). */
const BROTLI_BEFORE_TYPED_STATE = 120_573;
/** A change reaches the screen within this many times a one-text change (p95s). */
const CHANGE_RATIO = 1.5;
/** The widget's first frame with its figures, against a static page of the same content (medians). */
const FIRST_FRAME_RATIO = 1.1;
/** Cumulative layout shift while the widget loads. */
const CLS_MAX = 0.02;
const HEAP_TOLERANCE = { bytes: 1024 * 1024, fraction: 0.10 };
const TMP_DIR = path.join(root, 'www', '_bench_tmp');
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--enable-precise-memory-info'];

const COUNCILS = [
  ['vendsyssel', 'Vendsyssel', 9], ['limfjorden', 'Limfjorden', 16], ['kronjylland', 'Kronjylland', 10],
  ['horsens', 'Horsens', 10], ['aarhus', 'Aarhus', 6], ['vestjylland', 'Vestjylland', 14], ['midt', 'Midt', 9],
  ['fyn', 'Fyn', 20], ['trekantsomraadet', 'Trekantsområdet', 11], ['sydvestjylland', 'Sydvestjylland', 12],
  ['soenderjylland', 'Sønderjylland', 9], ['hovedstaden', 'Hovedstaden', 9],
  ['hovedstaden-syd-og-vest', 'Hovedstaden Syd og Vest', 19], ['hovedstaden-nord', 'Hovedstaden Nord', 19],
  ['nordsjaelland', 'Nordsjælland', 17], ['oestsjaelland-og-oeerne', 'Østsjælland og øerne', 20],
  ['midt-og-vestsjaelland', 'Midt- og Vestsjælland', 19],
];

// ---------------------------------------------------------------- helpers
const kb = (n) => (n / 1024).toFixed(1).padStart(7) + ' KiB';
const ms = (n) => (n == null || Number.isNaN(n) ? '   n/a' : n.toFixed(1).padStart(6)) + ' ms';
const mib = (n) => (n / 1048576).toFixed(2) + ' MiB';
function quantile(xs, q) {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return NaN;
  const i = Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1)); // nearest rank
  return s[i];
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};


/** Injected before any page script: records when the widget's content is complete and the next frame. */
const RENDER_PROBE = `(() => {
  // dom: the members figure and the money table are in the DOM;
  // frame: the next animation frame starts; painted: the main thread has
  // produced that frame (a message posted from the rAF callback runs after it).
  const b = window.__bench = { dom: null, frame: null, painted: null, cls: 0 };
  // Layout shift (CLS without input): the widget must not move the page as it fills in.
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) b.cls += e.value;
  }).observe({ type: 'layout-shift', buffered: true });
  const done = (root) => {
    if (b.dom !== null) return true;
    const dd = root.querySelector && root.querySelector('dd[data-fact="members"]');
    const money = root.querySelector && root.querySelector('table.matrix');
    if (!dd || !money) return false;
    b.dom = performance.now();
    requestAnimationFrame(() => {
      b.frame = performance.now();
      const ch = new MessageChannel();
      ch.port1.onmessage = () => { b.painted = performance.now(); };
      ch.port2.postMessage(0);
    });
    return true;
  };
  // live: the wasm's view has taken over (the prerendered markup is marked data-prerendered).
  b.live = null;
  const roots = new Set();
  const check = () => {
    for (const r of roots) {
      done(r);
      if (b.live === null && r.querySelector('div:not([data-prerendered]) > .sr')) b.live = performance.now();
    }
  };
  const watch = (root) => {
    if (roots.has(root)) return;
    roots.add(root);
    new MutationObserver(check).observe(root, { childList: true, subtree: true });
    check();
  };
  // The widget: its shadow root is declarative (the prerendered markup, parsed with
  // the page) or made by attachShadow.
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) { const r = attach.call(this, init); watch(r); return r; };
  const hosts = () => { for (const el of document.querySelectorAll('sundhedsraad-beregner')) if (el.shadowRoot) watch(el.shadowRoot); };
  // The static page: its HTML is the document.
  new MutationObserver(() => { hosts(); done(document); }).observe(document, { childList: true, subtree: true });
})();`;

/** Waits until the wasm's view has taken over the prerendered markup. */
async function liveView(page) {
  await page.waitForFunction(() =>
    document.getElementById('beregner')?.shadowRoot?.querySelector('div:not([data-prerendered]) > .sr dd[data-fact="members"]'));
}

async function coldLoad(browser, url) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    await ctx.addInitScript(RENDER_PROBE);
    const page = await ctx.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    const cdp = await ctx.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU });
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__bench && window.__bench.painted !== null, null, { timeout: 30_000 });
    // The widget's page: until the wasm has taken over, so shifts on the way count.
    if (!url.includes('static')) await page.waitForFunction(() => window.__bench.live !== null, null, { timeout: 30_000 });
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, null, { timeout: 10_000 }).catch(() => {});
    await page.waitForLoadState('load');
    // Shifts can come after the first render (fonts, late sections): a second more.
    await page.waitForTimeout(1000);
    const r = await page.evaluate(() => ({
      cls: window.__bench.cls,
      dom: window.__bench.dom, frame: window.__bench.frame, painted: window.__bench.painted, live: window.__bench.live,
      response: performance.getEntriesByType('navigation')[0].responseEnd,
      load: performance.getEntriesByType('navigation')[0].loadEventStart,
      wasm: performance.getEntriesByType('resource').find((e) => e.name.endsWith('.wasm'))?.responseEnd ?? null,
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    }));
    if (errors.length) throw new Error(`errors on ${url}: ${errors.join('; ')}`);
    return r;
  } finally {
    await ctx.close();
  }
}

// ---------------------------------------------------------------- main
const results = [];   // { name, value, target, pass }
const started = performance.now();
const { child: server, base } = await startServer();
const cleanup = () => {
  // KEEP_STATIC=1 leaves the static twin in www/_bench_tmp/ to look at.
  if (!process.env.KEEP_STATIC) rmSync(TMP_DIR, { recursive: true, force: true });
  if (server.exitCode === null) server.kill('SIGTERM');
};
process.on('exit', cleanup);
process.on('SIGINT', () => { cleanup(); process.exit(130); });

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ARGS });
console.log(`Sundhedsråd-beregneren browser benchmark · Chromium ${browser.version()} · CPU throttling ${CPU}× · ${RUNS} cold loads · ${CHANGES} changes`);
const wasmPath = path.join(root, 'pkg', 'sundhedsraad_beregner_bg.wasm');
if (existsSync(wasmPath)) console.log(`pkg built ${statSync(wasmPath).mtime.toISOString()}`);

// 1. Sizes, from what the page actually requests.
let staticTables = 0;
{
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  const requested = [];
  page.on('request', (r) => requested.push(r.url()));
  // When the map is first on the screen: looked for in every frame from the
  // first, and timed once the first frame that holds all 17 councils' shapes
  // has been rendered.
  await page.addInitScript(() => {
    const poll = () => {
      const n = document.getElementById('beregner')?.shadowRoot?.querySelectorAll('.map-slot path[data-raad]').length;
      if (n === 17) setTimeout(() => { globalThis.mapShownAt = performance.now(); }, 0);
      else requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
  });
  await page.goto(base + '/bench.html');
  await liveView(page);
  await page.waitForLoadState('networkidle');
  const files = [...new Set(requested)]
    .map((u) => new URL(u))
    .filter((u) => u.origin === base && u.pathname !== '/bench.html')
    .map((u) => u.pathname);
  const foreign = requested.filter((u) => !u.startsWith(base) && !u.startsWith('data:'));
  console.log('\n1. What the widget loads (found from the request log of /bench.html)');
  console.log('   file                                   raw         gzip -9     brotli q11');
  const tot = { raw: 0, gz: 0, br: 0 };
  // Loaded after the first view: the explore module (map, overview, regions, power, CSV).
  const later = { raw: 0, gz: 0, br: 0 };
  const isLater = (p) => p === '/pkg/explore.js' || p.startsWith('/pkg/explore/');
  for (const p of files) {
    const disk = p.startsWith('/pkg/') ? path.join(root, 'pkg', p.slice(5)) : path.join(root, 'www', p.slice(1));
    const buf = readFileSync(disk);
    const gz = zlib.gzipSync(buf, { level: 9 }).length;
    const br = zlib.brotliCompressSync(buf, { params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: buf.length,
      [zlib.constants.BROTLI_PARAM_MODE]: p.endsWith('.wasm') ? zlib.constants.BROTLI_MODE_GENERIC : zlib.constants.BROTLI_MODE_TEXT,
    } }).length;
    const sum = isLater(p) ? later : tot;
    sum.raw += buf.length; sum.gz += gz; sum.br += br;
    console.log(`   ${p.padEnd(36)} ${kb(buf.length)} ${kb(gz)} ${kb(br)}${isLater(p) ? '   (later)' : ''}`);
  }
  console.log(`   ${'first view'.padEnd(36)} ${kb(tot.raw)} ${kb(tot.gz)} ${kb(tot.br)}   (${tot.br.toLocaleString('en')} bytes brotli)`);
  console.log(`   ${'later (explore module)'.padEnd(36)} ${kb(later.raw)} ${kb(later.gz)} ${kb(later.br)}   (${later.br.toLocaleString('en')} bytes brotli)`);
  // The map's geometry, as compiled into the explore wasm (its own budget: 30 KB brotli).
  const geo = readFileSync(path.join(root, 'data', 'map', 'map.json'));
  const geoBr = zlib.brotliCompressSync(geo, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: geo.length } }).length;
  console.log(`   map geometry (data/map/map.json, inside the explore wasm): ${kb(geo.length)} raw, ${geoBr.toLocaleString('en')} B brotli`);
  results.push({ name: 'map geometry, brotli', value: `${geoBr.toLocaleString('en')} B`, target: '≤ 30,000 B', pass: geoBr <= 30_000 });
  results.push({ name: 'later: explore module (map, overview, power, what-if, simulator), brotli', value: `${later.br.toLocaleString('en')} B`, target: `≤ ${LATER_BUDGET.toLocaleString('en')} B (own budget)`, pass: later.br > 0 && later.br <= LATER_BUDGET });
  // When the map was first on the screen (the init script above).
  const mapShownAt = await (await page.waitForFunction(() => globalThis.mapShownAt)).jsonValue();
  const draws = await page.evaluate(() => performance.getEntriesByName('sundhedsraad:map').map((e) => e.duration));
  console.log(`   map on the screen ${mapShownAt.toFixed(0)} ms after navigation start (no throttling); drawing it took ${draws.map((d) => d.toFixed(1) + ' ms').join(', ')} of script`);
  const delta = tot.br - BROTLI_BEFORE_TYPED_STATE;
  console.log(`   before the typed state and serde boundary: ${BROTLI_BEFORE_TYPED_STATE.toLocaleString('en')} B brotli; now ${tot.br.toLocaleString('en')} B (${delta >= 0 ? '+' : ''}${delta.toLocaleString('en')} B)`);
  if (foreign.length) console.log(`   requests to other origins: ${foreign.join(', ')}`);
  results.push({ name: 'first view (wasm, CSS, JS), brotli q11', value: `${tot.br.toLocaleString('en')} B`, target: `≤ ${BROTLI_BUDGET.toLocaleString('en')} B`, pass: tot.br <= BROTLI_BUDGET });
  results.push({ name: 'requests to other origins', value: String(foreign.length), target: '0', pass: foreign.length === 0 });

  // The static twin: the rendered shadow DOM's HTML and the adopted CSS, in light DOM.
  const snap = await page.evaluate(() => {
    const r = document.getElementById('beregner').shadowRoot;
    // The first view's content: the map and voting power come later, into reserved slots.
    const copy = document.createElement('div');
    copy.innerHTML = r.innerHTML;
    for (const slot of copy.querySelectorAll('.map-slot, .power-slot')) slot.replaceChildren();
    return {
      html: copy.innerHTML,
      css: r.adoptedStyleSheets.map((s) => [...s.cssRules].map((x) => x.cssText).join('\n')).join('\n'),
      tables: copy.querySelectorAll('table').length,
    };
  });
  const css = snap.css.replace(/:host\(([^)]*)\)/g, '.sr-host$1').replace(/:host\b/g, '.sr-host');
  mkdirSync(TMP_DIR, { recursive: true });
  writeFileSync(path.join(TMP_DIR, 'static.css'), css);
  writeFileSync(path.join(TMP_DIR, 'static.html'), `<!doctype html>
<html lang="da">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Benchmark (static twin) – Sundhedsråd-beregneren</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="static.css">
</head>
<body>
<div class="sr-host" id="beregner">${snap.html}</div>
</body>
</html>
`);
  staticTables = snap.tables;
  await ctx.close();
}

// 2. Cold loads.
{
  const widget = [], stat = [];
  // One warm-up of each, not counted (server, disk cache of the OS).
  await coldLoad(browser, base + '/bench.html');
  await coldLoad(browser, base + '/_bench_tmp/static.html');
  const check = await browser.newContext();
  const cp = await check.newPage();
  await cp.goto(base + '/_bench_tmp/static.html');
  const twinTables = await cp.evaluate(() => document.querySelectorAll('table').length);
  await check.close();
  for (let i = 0; i < RUNS; i++) {
    widget.push(await coldLoad(browser, base + '/bench.html'));
    stat.push(await coldLoad(browser, base + '/_bench_tmp/static.html'));
  }
  const row = (label, xs, key) => {
    const v = xs.map((x) => x[key]).filter((x) => x != null);
    return `   ${label.padEnd(44)} median ${ms(median(v))}   p95 ${ms(quantile(v, 0.95))}`;
  };
  console.log(`\n2. Cold load to first complete render (${RUNS} loads each, fresh context, CPU ${CPU}×; time from navigation start)`);
  console.log(`   static twin: ${twinTables} tables (widget: ${staticTables}), same HTML and CSS, no script`);
  console.log(row('widget: page response complete', widget, 'response'));
  console.log(row('widget: .wasm downloaded', widget, 'wasm'));
  console.log(row('widget: content complete in the DOM', widget, 'dom'));
  console.log(row('widget: next frame starts', widget, 'frame'));
  console.log(row('widget: that frame produced (rendered)', widget, 'painted'));
  console.log(row('widget: first contentful paint', widget, 'fcp'));
  console.log(row('widget: the wasm\'s view took over', widget, 'live'));
  console.log(row('widget: load event', widget, 'load'));
  console.log(row('static: page response complete', stat, 'response'));
  console.log(row('static: content complete in the DOM', stat, 'dom'));
  console.log(row('static: next frame starts', stat, 'frame'));
  console.log(row('static: that frame produced (rendered)', stat, 'painted'));
  console.log(row('static: first contentful paint', stat, 'fcp'));
  console.log(row('static: load event', stat, 'load'));
  const clsMax = Math.max(...widget.map((x) => x.cls));
  console.log(`   widget: layout shift (CLS, worst of ${RUNS} loads)   ${clsMax.toFixed(4)}`);
  results.push({ name: 'layout shift while the widget loads (worst load)', value: clsMax.toFixed(4), target: `≤ ${CLS_MAX}`, pass: clsMax <= CLS_MAX });
  const wm = median(widget.map((x) => x.painted)), sm = median(stat.map((x) => x.painted));
  const wp = quantile(widget.map((x) => x.painted), 0.95), sp = quantile(stat.map((x) => x.painted), 0.95);
  console.log(`   ratio widget / static (rendered): median ${(wm / sm).toFixed(2)}×, p95 ${(wp / sp).toFixed(2)}×`);
  results.push({ name: `first frame with the figures, widget vs static (median, ${CPU}× CPU)`, value: `${wm.toFixed(0)} vs ${sm.toFixed(0)} ms (${(wm / sm).toFixed(2)}×)`, target: `≤ ${FIRST_FRAME_RATIO}×`, pass: wm / sm <= FIRST_FRAME_RATIO });
  if (twinTables !== staticTables || staticTables === 0) {
    results.push({ name: 'static twin has the same tables', value: `${twinTables} vs ${staticTables}`, target: 'equal', pass: false });
  }
}

// 3. Changes, measured to the frame that shows them.
//
// Each change starts just after a frame was produced; its time ends when the
// next frame that contains it has been produced: requestAnimationFrame, then
// a task posted at the highest priority (scheduler.postTask, 'user-blocking'),
// which runs after that frame's style, layout and paint and before tasks that
// are no part of the frame. The widget's changes (council,
// key, rule, language) are set against a one-text change on the same page
// (a <p> added beside the widget gets a new number), measured the same way;
// the target is the ratio of the p95s, ≤ CHANGE_RATIO.
{
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await ctx.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(base + '/bench.html');
  await liveView(page);
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU });
  const times = await page.evaluate(async ([councils, n]) => {
    const host = document.getElementById('beregner');
    const root = host.shadowRoot;
    const probe = document.createElement('p');
    probe.textContent = '0';
    host.before(probe);
    // After a frame has been produced (the start of every change).
    const settled = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    // The time the next frame has been produced (style, layout, paint done):
    // a task posted from its animation frame callback runs once the frame's
    // rendering is done. Posted at the highest priority, it runs before other
    // tasks that wait by then, which are no part of the frame: the browser's
    // own bookkeeping of a changed form control (autofill's, about 10 ms at
    // 4× CPU after a change of the council select) or idle work.
    const afterFrameTask = (f) => {
      if (globalThis.scheduler?.postTask) return void scheduler.postTask(f, { priority: 'user-blocking' });
      const ch = new MessageChannel();
      ch.port1.onmessage = f;
      ch.port2.postMessage(0);
    };
    const nextFrame = () => new Promise((r) => requestAnimationFrame(() => afterFrameTask(() => r(performance.now()))));
    const text = (sel) => root.querySelector(sel)?.textContent || '';
    let at = councils.findIndex(([id]) => id === root.querySelector('select#raad').value);
    // A floor's change: the texts under `scope` that `picked` accepts, turned
    // by `turn` on odd changes and back on even ones, by this script alone.
    const writtenDirectly = (scope, picked, turn) => {
      let texts = null;
      return (i) => {
        if (!texts) {
          texts = [];
          const walk = document.createTreeWalker(root.querySelector(scope), NodeFilter.SHOW_TEXT);
          while (walk.nextNode()) if (picked(walk.currentNode.nodeValue)) texts.push([walk.currentNode, walk.currentNode.nodeValue]);
        }
        for (const [node, was] of texts) node.nodeValue = i % 2 ? turn(was) : was;
        const [first, was] = texts.find(([, t]) => turn(t) !== t);
        return () => first.nodeValue === (i % 2 ? turn(was) : was);
      };
    };
    // Each council's title and seats section as its prerendered page has
    // them (pkg/raad/, made by `make build`), parsed before any change is
    // timed: the council floor's content.
    const lang = root.querySelector('.sr').getAttribute('lang') || 'da';
    const prerendered = new Map(await Promise.all(councils.map(async ([id]) => {
      const page = await fetch(`pkg/raad/${id}.${lang}.html`);
      if (!page.ok) throw new Error(`pkg/raad/${id}.${lang}.html: ${page.status} (run make build)`);
      const view = new DOMParser().parseFromString(await page.text(), 'text/html').querySelector('template[shadowrootmode]').content;
      return [id, { title: view.querySelector('h2').textContent, seats: view.querySelector('section.seats') }];
    })));
    // Brings `live` to `fresh` with the least work: texts and attributes
    // where the nodes match, new nodes only where they differ.
    const writeOver = (live, fresh) => {
      let o = live.firstChild;
      for (const n of fresh.childNodes) {
        if (o && o.nodeName === n.nodeName) {
          if (o.nodeType === 1) {
            for (const a of n.attributes) if (o.getAttribute(a.name) !== a.value) o.setAttribute(a.name, a.value);
            writeOver(o, n);
          } else if (o.nodeValue !== n.nodeValue) o.nodeValue = n.nodeValue;
          o = o.nextSibling;
        } else {
          const next = o?.nextSibling ?? null;
          if (o) o.replaceWith(n.cloneNode(true));
          else live.append(n.cloneNode(true));
          o = next;
        }
      }
      while (o) { const next = o.nextSibling; o.remove(); o = next; }
    };
    const kinds = {
      text: (i) => { probe.textContent = String(i); return () => probe.textContent === String(i); },
      council: () => {
        at = (at + 1) % councils.length;
        const c = councils[at];
        const sel = root.querySelector('select#raad');
        sel.value = c[0];
        sel.dispatchEvent(new Event('change', { bubbles: true }));
        return () => text('h2').endsWith(c[1]) && text('dd[data-fact="members"]').trim() === String(c[2])
          && text('table.seat-table caption').includes(c[1]);
      },
      key: (i) => {
        const want = i % 2 ? 'anlaeg' : 'population';
        const input = root.querySelector(`input[name=key][value=${want}]`);
        const before = text('.money-section');
        input.checked = true;
        input.dispatchEvent(new Event('change', { bubbles: true }));
        return () => root.querySelector('input[name=key]:checked')?.value === want && text('.money-section') !== before;
      },
      rule: (i) => {
        const before = text('section.seats');
        if (i % 2) host.setAttribute('overrides', '{"rule":{"votesAtOrAbove":3}}');
        else host.removeAttribute('overrides');
        return () => text('section.seats') !== before;
      },
      language: (i) => {
        const want = i % 2 ? 'en' : 'da';
        root.querySelector(`.lang button[lang=${want}]`).click();
        return () => root.querySelector('.sr')?.getAttribute('lang') === want;
      },
      // The floor: every figure on the screen (the seats section: facts,
      // chart, table, sentences) written straight into its text node by this
      // script, with no widget code, no parse and no new nodes. No update of
      // the same figures can reach the screen sooner; a static page showing
      // the same change would pay this.
      floor: writtenDirectly('section.seats', (t) => /\d/.test(t), (t) => t.replace(/\d/g, (d) => String((Number(d) + 3) % 10))),
      // The language's floor: every text of the view written in place (its
      // words in reverse order: new words, new line breaks, as a translation
      // brings), again with no widget code and no new nodes. A language
      // change alters every text, so none can reach the screen sooner.
      languageFloor: writtenDirectly('.sr', (t) => t.trim() !== '', (t) => t.split(' ').reverse().join(' ')),
      // The council's floor: the reader picks the next council in the list,
      // and its title and seats section, parsed in advance from its
      // prerendered page, are written over the view's (texts and attributes
      // where the markup matches, new nodes where it differs) by this script
      // alone: no widget code, no calculation, no parse. A static page that
      // had every council's markup at hand would pay this to show the change.
      // (Last of all: it leaves the view out of step with the widget's state.)
      councilFloor: () => {
        const sel = root.querySelector('select#raad');
        const next = councils[(councils.findIndex(([id]) => id === sel.value) + 1) % councils.length];
        const { title, seats } = prerendered.get(next[0]);
        sel.value = next[0];
        root.querySelector('h2').textContent = title;
        writeOver(root.querySelector('section.seats'), seats);
        return () => text('h2').endsWith(next[1]) && text('dd[data-fact="members"]').trim() === String(next[2]);
      },
    };
    const out = {};
    for (const [name, change] of Object.entries(kinds)) {
      out[name] = [];
      // Where the reader looks while making the change: at the key's radios in the
      // money section, else at the top of the widget. (Output far from the screen is
      // brought up to date after the frame, so what is measured is what is seen.)
      if (name === 'key') root.querySelector('input[name=key]').scrollIntoView({ block: 'center' });
      else window.scrollTo(0, 0);
      await settled();
      if (name === 'rule') {
        // Fyn, where the rule changes votes (not every council has a municipality of 80,000 or more).
        const sel = root.querySelector('select#raad');
        sel.value = 'fyn';
        sel.dispatchEvent(new Event('change', { bubbles: true }));
        await settled();
      }
      for (let i = 1; i <= n; i++) {
        await settled();
        const t0 = performance.now();
        const shown = change(i);
        const t1 = await nextFrame();
        if (!shown()) throw new Error(`${name} change ${i} not in the DOM by the next frame`);
        out[name].push(t1 - t0);
      }
    }
    return out;
  }, [COUNCILS, CHANGES]);
  await ctx.close();
  if (errors.length) throw new Error('errors during changes: ' + errors.join('; '));
  console.log(`\n3. Changes to the frame that shows them (${CHANGES} of each, CPU ${CPU}×; from the change until that frame's style, layout and paint are done)`);
  const base95 = quantile(times.text, 0.95);
  for (const [name, xs] of Object.entries(times)) {
    const label = {
      text: 'one-text change beside the widget',
      floor: 'floor: the seats\' figures written directly',
      languageFloor: 'language floor: every text written directly',
      councilFloor: 'council floor: next council\'s markup written',
    }[name] || name;
    const p95 = quantile(xs, 0.95);
    const ratio = name === 'text' ? '' : `   ${(p95 / base95).toFixed(2)}× the one-text change`;
    console.log(`   ${label.padEnd(44)} median ${ms(median(xs))}   p95 ${ms(p95)}   max ${ms(Math.max(...xs))}${ratio}`);
    if (name === 'floor') {
      console.log(`   (the floor is no target: it is the least any update of the figures on the screen costs on this machine;`);
      console.log(`    the council change is ${(quantile(times.council, 0.95) / p95).toFixed(2)}× the floor at p95)`);
    } else if (name === 'languageFloor') {
      console.log(`   (no target either: the least a change of every text costs here; the language change is ${(quantile(times.language, 0.95) / p95).toFixed(2)}× it at p95)`);
    } else if (name === 'councilFloor') {
      console.log(`   (no target: the least showing the next council costs here; the council change is ${(quantile(times.council, 0.95) / p95).toFixed(2)}× it at p95)`);
    } else if (name !== 'text') {
      results.push({ name: `${name} change to the frame, p95 vs one-text change (${CPU}× CPU)`, value: `${p95.toFixed(1)} vs ${base95.toFixed(1)} ms (${(p95 / base95).toFixed(2)}×)`, target: `≤ ${CHANGE_RATIO}×`, pass: p95 / base95 <= CHANGE_RATIO });
    }
  }
}

// 4. Memory after 10 and after 1,000 changes.
{
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await page.goto(base + '/bench.html');
  await liveView(page);
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  const change = (n) => page.evaluate(async ([councils, n]) => {
    const root = document.getElementById('beregner').shadowRoot;
    const sel = () => root.querySelector('select#raad');
    let at = councils.findIndex(([id]) => id === sel().value);
    for (let i = 0; i < n; i++) {
      at = (at + 1) % councils.length;
      sel().value = councils[at][0];
      sel().dispatchEvent(new Event('change', { bubbles: true }));
      await new Promise((r) => setTimeout(r, 0));
      if (i % 25 === 24) await new Promise((r) => requestAnimationFrame(r));
    }
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    return root.querySelector('dd[data-fact="members"]').textContent;
  }, [COUNCILS, n]);
  const measure = async () => {
    // The parts drawn when the browser is idle (rule panel, power, the pools'
    // sums) are drawn before counting: counted half-drawn, the nodes of the
    // first measure were fewer for that reason alone.
    await page.evaluate(async () => {
      await new Promise((r) => setTimeout(r, 500));
      for (let i = 0; i < 8; i++) await new Promise((r) => requestIdleCallback(r, { timeout: 3000 }));
    });
    for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    const dom = await cdp.send('Memory.getDOMCounters').catch(() => null);
    const page_ = await page.evaluate(async () => {
      const glue = await import('/pkg/sundhedsraad_beregner.js');
      const exports = await glue.default(); // already initialised: returns the instance's exports
      return {
        used: performance.memory ? performance.memory.usedJSHeapSize : null,
        wasm: exports && exports.memory ? exports.memory.buffer.byteLength : null,
        nodes: document.getElementById('beregner').shadowRoot.querySelectorAll('*').length,
      };
    });
    return { heap: heap.usedSize, perfHeap: page_.used, wasm: page_.wasm, shadowNodes: page_.nodes, dom };
  };
  // Each measure is taken on the same council (the changes cycle through all
  // 17, and 10, 100 and 1,000 changes end on different ones): a council with
  // more municipalities has more rows, which is no growth.
  let done = 0;
  const upTo = async (n) => {
    const total = Math.ceil(n / COUNCILS.length) * COUNCILS.length;
    await change(total - done);
    done = total;
  };
  await upTo(10);
  const a = await measure();
  await upTo(100);
  const mid = await measure();
  await upTo(LEAK_CHANGES);
  const b = await measure();
  // 1,000 changes more, for the DOM nodes after their warm-up (below).
  await upTo(2 * LEAK_CHANGES);
  const c = await measure();
  await ctx.close();
  const line = (label, f, fmt) => console.log(`   ${label.padEnd(38)} ${[a, mid, b, c].map((x) => String(fmt(f(x))).padStart(12)).join(' ')}`);
  const after = (n) => (Math.ceil(n / COUNCILS.length) * COUNCILS.length).toLocaleString('en');
  console.log(`\n4. Memory after forced GC (no throttling)        after ${after(10)}     after ${after(100)}  after ${after(LEAK_CHANGES)}  after ${after(2 * LEAK_CHANGES)} changes`);
  line('JS heap used (CDP Runtime.getHeapUsage)', (x) => x.heap, mib);
  line('performance.memory.usedJSHeapSize', (x) => x.perfHeap, (v) => (v == null ? 'n/a' : mib(v)));
  line('wasm linear memory', (x) => x.wasm, (v) => (v == null ? 'n/a' : mib(v)));
  line('elements in the shadow root', (x) => x.shadowNodes, String);
  if (a.dom) {
    line('DOM nodes (Memory.getDOMCounters)', (x) => x.dom.nodes, String);
    line('JS event listeners', (x) => x.dom.jsEventListeners, String);
  }
  const growth = b.heap - a.heap;
  const allowed = Math.max(HEAP_TOLERANCE.bytes, HEAP_TOLERANCE.fraction * a.heap);
  results.push({ name: `JS heap growth, 10 → ${LEAK_CHANGES.toLocaleString('en')} changes`, value: `${(growth / 1024).toFixed(0)} KiB`, target: `≤ ${(allowed / 1024).toFixed(0)} KiB`, pass: growth <= allowed });
  if (a.wasm == null) {
    results.push({ name: 'wasm memory', value: 'not measurable', target: 'no growth', pass: null });
  } else {
    results.push({ name: `wasm memory growth, 100 → ${LEAK_CHANGES.toLocaleString('en')} changes`, value: `${((b.wasm - mid.wasm) / 1024).toFixed(0)} KiB (${mib(b.wasm)})`, target: '0 after warm-up', pass: b.wasm <= mid.wasm });
  }
  if (a.dom) {
    // DOM nodes live in Blink's heap, not V8's: a leak of detached nodes does
    // not show in the JS heap figure, only here.
    // Measured after warm-up, as the wasm memory is: Blink's count of nodes
    // includes nodes it keeps for reuse, which rises for a while and then
    // stays while the shadow root holds the same 1,046 elements. Stop 16 saw
    // it rise in the first 100 changes (2,694 → 3,252, then 3,234 after
    // 1,000); since stop 17 a change parses less (unchanged sections are
    // skipped, far ones wait), and the rise lasts longer (2,855 after 102,
    // 3,000 after 1,003, 3,004 after 1,904). So the 1,000 changes judged are
    // the second thousand; a leak grows in both.
    const allowedNodes = Math.max(200, Math.round(0.10 * b.dom.nodes));
    results.push({ name: `DOM nodes, ${after(LEAK_CHANGES)} → ${after(2 * LEAK_CHANGES)} changes (after warm-up; ${a.dom.nodes} after 10, ${mid.dom.nodes} after 100)`, value: `${b.dom.nodes} → ${c.dom.nodes}`, target: `≤ +${allowedNodes}`, pass: c.dom.nodes - b.dom.nodes <= allowedNodes });
    results.push({ name: `event listeners, 10 → ${LEAK_CHANGES.toLocaleString('en')} changes`, value: `${a.dom.jsEventListeners} → ${b.dom.jsEventListeners}`, target: 'no growth', pass: b.dom.jsEventListeners <= a.dom.jsEventListeners });
  }
}

await browser.close();
cleanup();

// Native figures, when the lead's native benchmark output is handed over.
if (process.env.BENCH_NATIVE_OUTPUT) {
  const v = process.env.BENCH_NATIVE_OUTPUT;
  const text = existsSync(v) ? readFileSync(v, 'utf8') : v;
  console.log('\nNative (target/release/bench-native):');
  for (const l of text.trim().split('\n')) console.log('   ' + l);
}

console.log('\nSummary');
console.log(`   ${'measure'.padEnd(48)} ${'value'.padEnd(28)} ${'target'.padEnd(18)} result`);
for (const r of results) {
  console.log(`   ${r.name.padEnd(48)} ${r.value.padEnd(28)} ${r.target.padEnd(18)} ${r.pass === null ? 'info' : r.pass ? 'PASS' : 'FAIL'}`);
}
const failed = results.filter((r) => r.pass === false);
console.log(`bench: ${((performance.now() - started) / 1000).toFixed(0)} s, ${failed.length ? failed.length + ' target(s) broken' : 'all targets met'}`);
process.exitCode = failed.length ? 1 : 0;
