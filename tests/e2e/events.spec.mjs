// Events for the host page: ready, change (with what changed) and error, as
// CustomEvents that bubble out of the shadow root; the reader's council and
// municipality reflected in the element's attributes.
import { test, assert, widget, waitFact } from './lib.mjs';

test('the element tells the page what the reader does, and reflects raad and kommune', async (t) => {
  const ctx = await t.context();
  // Listening on the document from before any page script: the events bubble out of the shadow root.
  await ctx.addInitScript(() => {
    window.__events = [];
    for (const type of ['sundhedsraad-ready', 'sundhedsraad-change', 'sundhedsraad-error']) {
      document.addEventListener(type, (e) => window.__events.push({ type, id: e.target.id, detail: e.detail }));
    }
  });
  const page = await t.open('/', { ctx });
  await waitFact(page, 'beregner', 20);
  await page.waitForFunction(() => window.__events.filter((e) => e.type === 'sundhedsraad-ready').length === 2);
  const ready = await page.evaluate(() => window.__events.find((e) => e.id === 'beregner').detail);
  assert.deepEqual(
    { raad: ready.raad, kommune: ready.kommune, lang: ready.lang, key: ready.key, edition: ready.edition, error: ready.error },
    { raad: 'fyn', kommune: null, lang: 'da', key: 'population', edition: 'latest', error: null },
  );
  assert.deepEqual(ready.rule, {
    tiers: [{ from: 0, votes: 1 }, { from: 80000, votes: 2 }], regionalWeight: 1, majority: 'headsAndVotes',
  });

  const w = widget(page);
  const last = () => page.evaluate(() => window.__events.filter((e) => e.id === 'beregner').at(-1));
  await w.getByLabel('Vælg sundhedsråd').selectOption('aarhus');
  await waitFact(page, 'beregner', 6);
  let e = await last();
  assert.equal(e.type, 'sundhedsraad-change');
  assert.deepEqual(e.detail.changed, ['raad']);
  assert.equal(e.detail.raad, 'aarhus');
  assert.equal(await page.locator('#beregner').getAttribute('raad'), 'aarhus', 'the reader\'s council is reflected');

  await w.locator('select#muni').selectOption('741');
  await page.waitForFunction(() => window.__events.filter((e) => e.id === 'beregner').at(-1).detail.kommune === 741);
  e = await last();
  assert.deepEqual(e.detail.changed, ['kommune']);
  assert.equal(await page.locator('#beregner').getAttribute('kommune'), '741');

  await w.getByRole('button', { name: 'English' }).click();
  await page.waitForFunction(() => window.__events.filter((e) => e.id === 'beregner').at(-1).detail.lang === 'en');
  assert.deepEqual((await last()).detail.changed, ['lang']);

  // A population the reader types is in the detail, by kommunekode.
  await w.locator('#pop').fill('345000');
  await w.locator('#pop').press('Tab');
  await page.waitForFunction(() => window.__events.filter((e) => e.id === 'beregner').at(-1).detail.populations?.['741'] === 345000);
  assert.deepEqual((await last()).detail.changed, ['populations']);

  await page.evaluate(() => { document.getElementById('beregner').overrides = { populations: { 9999: 1 } }; });
  await page.waitForFunction(() => window.__events.filter((e) => e.id === 'beregner').at(-1).type === 'sundhedsraad-error');
  assert.match((await last()).detail.error, /9999/);
  const second = await page.evaluate(() => window.__events.filter((e) => e.id === 'beregner2').length);
  assert.equal(second, 1, 'the other widget only said it was ready');
});
