// Privacy: after a reader's interactions no cookie, no storage, no IndexedDB,
// no cache, no service worker, and no request but the widget's own files.
import { test, assert, widget, waitFact, chooseCouncil, upToDate } from './lib.mjs';

test('no cookies, storage, databases or third-party requests after interactions', async (t) => {
  const ctx = await t.context();
  const requests = [];
  ctx.on('request', (r) => requests.push(new URL(r.url()).pathname + ' ' + r.resourceType()));
  const page = await t.open('/', { ctx });
  // The first view, then the explore module (the map) after it.
  await page.waitForFunction(() => document.getElementById('beregner').shadowRoot.querySelectorAll('.map-slot path[data-raad]').length === 17);
  await page.waitForLoadState('networkidle');
  const initial = requests.length;
  const w = widget(page);
  await chooseCouncil(page, 'beregner', 'horsens');
  await waitFact(page, 'beregner', 10);
  await w.getByRole('button', { name: 'English' }).click();
  await w.getByLabel('Find council or municipality').fill('Odense');
  await w.getByLabel('Find council or municipality').press('Enter');
  await waitFact(page, 'beregner', 20);
  await w.locator('#pop').fill('150000');
  await w.locator('#pop').press('Tab');
  await w.locator('input[name=key][value=anlaeg]').check();
  await w.locator('select#edition').selectOption('foraarsaftale-2025');
  // The money tables below the screen follow the edition when the browser is idle.
  await upToDate(page);
  for (const s of await w.locator('details.pool summary').all()) await s.click();
  await w.locator('.table-wrap').first().focus();
  await page.keyboard.press('ArrowRight');
  await chooseCouncil(page, 'beregner2', 'aarhus');
  await waitFact(page, 'beregner2', 6);
  const [dl] = await Promise.all([page.waitForEvent('download'), w.locator('a.csv').click()]);
  assert.match(dl.url(), /^data:text\/csv/, 'the CSV download is a data: URL, not a request');
  await page.evaluate(async () => { const m = await import('/pkg/sundhedsraad.js'); m.calculate('fyn', {}); });

  const store = await page.evaluate(async () => ({
    cookie: document.cookie,
    local: localStorage.length,
    session: sessionStorage.length,
    idb: (await indexedDB.databases()).map((d) => d.name),
    caches: self.caches ? await caches.keys() : [],
    sw: navigator.serviceWorker ? (await navigator.serviceWorker.getRegistrations()).length : 0,
  }));
  assert.deepEqual(store, { cookie: '', local: 0, session: 0, idb: [], caches: [], sw: 0 });
  assert.deepEqual(await ctx.cookies(), []);
  const state = await ctx.storageState();
  assert.deepEqual(state.origins.filter((o) => o.localStorage.length), []);
  // Only the page and the widget's own files, each once; nothing after the first render.
  assert.deepEqual(requests.slice(0, initial).sort(), [
    '/ document', '/demo.css stylesheet', '/pkg/sundhedsraad.js script',
    '/pkg/sundhedsraad_beregner.js script', '/pkg/sundhedsraad_beregner_bg.wasm fetch',
    '/pkg/explore.js script', '/pkg/explore/explore_wasm.js script', '/pkg/explore/explore_wasm_bg.wasm fetch',
  ].sort());
  assert.deepEqual(requests.slice(initial), [], 'no requests caused by interaction');
  for (const u of t.requests) assert.equal(new URL(u).origin, t.origin);
});
