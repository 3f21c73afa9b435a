// The prerendered widget (src/render/page.rs, written by `make build` into
// pkg/prerender/ and pkg/raad/; the demo server includes it in its pages):
// the figures without JavaScript, the same text as the live view, and axe
// clean before the wasm has taken over.
import { test, assert, axe, none, shadowOutline, widgetsReady, COUNCIL_IDS } from './lib.mjs';

/** A context whose pages get an empty widget module: the prerendered markup stays as it is. */
async function withoutModule(t) {
  const ctx = await t.context();
  await ctx.route('**/pkg/sundhedsraad.js', (route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript', body: 'export {};' }));
  return ctx;
}

test('without JavaScript the demo shows the council\'s tables and sources, and links to every council', async (t) => {
  const ctx = await t.context({ javaScriptEnabled: false });
  const page = await t.open('/', { ctx, wait: false });
  const w = page.locator('#beregner');
  assert.equal((await w.locator('h2#title-h').textContent()).trim(), 'Sundhedsråd Fyn');
  assert.equal((await w.locator('dd[data-fact="members"]').textContent()).trim(), '20');
  assert.ok(await w.locator('.votes table').isVisible(), 'the votes table is shown');
  assert.ok(await w.locator('.money-out table.matrix').isVisible(), 'the money table is shown');
  assert.ok((await w.locator('.sr-foot').textContent()).includes('Udspil 2024'), 'the sources are named');
  assert.ok(!(await w.locator('select#raad').isVisible()), 'the chooser, which needs the wasm, makes way');
  const links = w.locator('nav.nojs a');
  assert.equal(await links.count(), COUNCIL_IDS.length, 'a link to every council');
  assert.ok(await links.first().isVisible(), 'the links are shown');

  // The links lead to each council on the same page (the widget reads the same parameter).
  await w.locator('nav.nojs a', { hasText: 'Aarhus' }).click();
  await page.waitForURL(/\?raad=aarhus$/);
  assert.equal((await page.locator('#beregner h2#title-h').textContent()).trim(), 'Sundhedsråd Aarhus');
  assert.equal((await page.locator('#beregner dd[data-fact="members"]').textContent()).trim(), '6');
  // The second widget has its own parameter and council.
  assert.equal((await page.locator('#beregner2 h2#title-h').textContent()).trim(), 'Health council Hovedstaden');

  // Every council has a page of its own, in both languages, linking to the others.
  const own = await t.open('/pkg/raad/vendsyssel.en.html', { ctx, wait: false });
  assert.equal((await own.locator('sundhedsraad-beregner h2#title-h').textContent()).trim(), 'Health council Vendsyssel');
  await own.locator('sundhedsraad-beregner nav.nojs a', { hasText: 'Fyn' }).click();
  await own.waitForURL(/\/pkg\/raad\/fyn\.en\.html$/);
  assert.equal((await own.locator('sundhedsraad-beregner dd[data-fact="members"]').textContent()).trim(), '20');
  // Its tables as CSV beside it (the live view makes the file; this page has it ready).
  const csv = own.locator('sundhedsraad-beregner a.csv');
  assert.ok(await csv.isVisible(), 'the CSV link is shown on a council\'s own page');
  const file = await own.request.get(new URL(await csv.getAttribute('href'), own.url()).href);
  assert.equal(file.status(), 200);
  assert.match(await file.text(), /Fyn/);
  assert.ok(!(await w.locator('a.csv').isVisible()), 'on the demo the CSV link, which needs the wasm, makes way');
  await own.locator('a[lang="da"]').click();
  await own.waitForURL(/\/pkg\/raad\/fyn\.da\.html$/);
  assert.equal((await own.locator('sundhedsraad-beregner h2#title-h').textContent()).trim(), 'Sundhedsråd Fyn');
});

test('the prerendered markup and the live view are the same text and elements', async (t) => {
  const still = await withoutModule(t);
  for (const [raad, id] of [['fyn', 'beregner'], ['aarhus', 'beregner'], ['oestsjaelland-og-oeerne', 'beregner'], ['fyn', 'beregner2']]) {
    const path = id === 'beregner' ? `/?raad=${raad}` : `/?raad2=${raad}`;
    const pre = await t.open(path, { ctx: still, wait: false });
    const before = await pre.evaluate(shadowOutline, id);
    assert.ok(await pre.evaluate((id) => !!document.getElementById(id).shadowRoot.querySelector('[data-prerendered]'), id));
    const live = await t.open(path);
    const after = await live.evaluate(shadowOutline, id);
    assert.ok(before.text.length > 1000, `${raad}: prerendered text`);
    assert.equal(before.text, after.text, `${raad} (#${id}): the same text`);
    assert.deepEqual(before.elements, after.elements, `${raad} (#${id}): the same elements`);
  }
});

test('the live view takes over the prerendered markup where it stood, and keeps working', async (t) => {
  const page = await t.open('/', { wait: false });
  await widgetsReady(page);
  const shown = await page.evaluate(() => {
    const root = document.getElementById('beregner').shadowRoot;
    return { styles: root.querySelectorAll('style').length, nav: root.querySelectorAll('.nojs').length, adopted: root.adoptedStyleSheets.length };
  });
  // The widget's sheet; the explore module adds its own when it has loaded
  // by then (a race this test does not decide).
  assert.ok(shown.adopted >= 1 && shown.adopted <= 2, `adopted sheets: ${shown.adopted}`);
  assert.deepEqual({ ...shown, adopted: 1 }, { styles: 0, nav: 0, adopted: 1 }, 'the prerendered stylesheet and links are gone, the adopted sheet is in force');
  await page.locator('#beregner select#raad').selectOption('aarhus');
  await page.waitForFunction(() => document.getElementById('beregner').shadowRoot.querySelector('dd[data-fact="members"]')?.textContent.trim() === '6');
});

test('axe: no violations in the prerendered widget, Danish and English', async (t) => {
  const still = await withoutModule(t);
  const page = await t.open('/', { ctx: still, wait: false });
  none(await axe(page, '#beregner'), 'the prerendered widget (da)');
  none(await axe(page, '#beregner2'), 'the prerendered widget (en)');
});
