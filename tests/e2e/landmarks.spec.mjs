// Landmarks that behave on any host page: one named region per widget, and
// two widgets with the same council and language named apart.
import { AxeBuilder } from '@axe-core/playwright';
import { test, assert, waitFact, widgetsReady } from './lib.mjs';

async function violations(page) {
  const r = await new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ['violations'] }).analyze();
  return r.violations.flatMap((v) => v.nodes.map((n) => `${v.id} ${JSON.stringify(n.target)}`));
}

test('a bare page with two identical widgets (and a third): axe finds no landmark problem; each widget is one named region', async (t) => {
  const page = await t.open('/', { wait: false });
  await page.setContent(`<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Bar side</title>
    <link rel="icon" href="data:,"><script type="module" src="${t.base}/pkg/sundhedsraad.js"></script></head>
    <body><main><h1>To ens beregnere</h1></main>
    <sundhedsraad-beregner id="a" raad="fyn" lang="da" url-param="none"></sundhedsraad-beregner>
    <sundhedsraad-beregner id="b" raad="fyn" lang="da" url-param="none"></sundhedsraad-beregner>
    <sundhedsraad-beregner id="c" raad="aarhus" lang="da" url-param="none" aria-label="Aarhus-beregneren"></sundhedsraad-beregner>
    </body></html>`);
  await widgetsReady(page);
  await waitFact(page, 'a', 20);
  await waitFact(page, 'b', 20);
  const names = await page.evaluate(() => ['a', 'b', 'c'].map((id) => [document.getElementById(id).getAttribute('role'), document.getElementById(id).getAttribute('aria-label')]));
  assert.deepEqual(names, [
    ['region', 'Sundhedsråd-beregneren: Sundhedsråd Fyn'],
    ['region', 'Sundhedsråd-beregneren: Sundhedsråd Fyn (2)'],
    ['region', 'Aarhus-beregneren'],
  ], 'the page\'s own name is kept');
  assert.deepEqual(await violations(page), []);
  // Choosing another council renames.
  await page.evaluate(() => {
    const s = document.getElementById('b').shadowRoot.querySelector('select#raad');
    s.value = 'midt';
    s.dispatchEvent(new Event('change'));
  });
  await waitFact(page, 'b', 9);
  await page.waitForFunction(() => document.getElementById('b').getAttribute('aria-label') === 'Sundhedsråd-beregneren: Sundhedsråd Midt');
  assert.equal(await page.locator('#a').getAttribute('aria-label'), 'Sundhedsråd-beregneren: Sundhedsråd Fyn');
});
