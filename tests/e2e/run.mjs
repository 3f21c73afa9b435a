#!/usr/bin/env node
// End-to-end suite: serves the demo with tools/serve.py on a free port,
// launches Chromium once, runs every tests/e2e/*.spec.mjs in order.
//
//   node tests/e2e/run.mjs [filter]   (filter: substring of file or test name)
//
// Prints one line per test and ends with "N passed, M failed"; exits 1 on any
// failure. Every page of every test is guarded (see lib.mjs): console errors,
// page errors, CSP violations, HTTP errors and requests to another origin fail
// the test.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { registry, setCurrentFile, Fixture, CHROMIUM_ARGS } from './lib.mjs';
import { startServer } from '../../tools/server.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const filter = process.argv[2] || '';
const started = performance.now();


function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`${what}: timed out after ${ms} ms`)), ms); }),
  ]).finally(() => clearTimeout(timer));
}

const specs = readdirSync(here).filter((f) => f.endsWith('.spec.mjs')).sort();
for (const f of specs) {
  setCurrentFile(f.replace(/\.spec\.mjs$/, ''));
  await import(pathToFileURL(path.join(here, f)).href);
}
const selected = registry.filter((t) => !filter || t.file.includes(filter) || t.name.includes(filter));

const { child: server, base } = await startServer();
const stopServer = () => { if (server.exitCode === null) server.kill('SIGTERM'); };
process.on('exit', stopServer);
process.on('SIGINT', () => { stopServer(); process.exit(130); });

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: CHROMIUM_ARGS });
console.log(`e2e: ${selected.length} tests from ${specs.length} files against ${base} (Chromium ${browser.version()})`);

let passed = 0, failed = 0;
for (const t of selected) {
  const fx = new Fixture(browser, base, t.opts);
  const t0 = performance.now();
  let error = null;
  try {
    await withTimeout(t.fn(fx), t.opts.timeout || 30_000, t.name);
  } catch (e) {
    error = e;
  }
  try {
    await withTimeout(fx.finish(), 10_000, 'closing contexts');
  } catch (e) {
    error = error ? new Error(`${error.message}\n    ${e.message}`, { cause: error }) : e;
  }
  const ms = Math.round(performance.now() - t0);
  if (error) {
    failed++;
    console.log(`FAIL  ${t.file} › ${t.name} (${ms} ms)`);
    const msg = String(error.stack || error.message || error).split('\n').filter((l) => !/node_modules|node:internal/.test(l)).slice(0, 14).join('\n      ');
    console.log('      ' + msg);
  } else {
    passed++;
    console.log(`ok    ${t.file} › ${t.name} (${ms} ms)`);
  }
}

await browser.close();
stopServer();
console.log(`total ${((performance.now() - started) / 1000).toFixed(1)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
