// The embed-code builder (www/indlejr.html) and the accessibility statement
// (www/tilgaengelighed.html): what a web editor uses before embedding.
import { AxeBuilder } from '@axe-core/playwright';
import { test, assert, waitFact } from './lib.mjs';

async function violations(page) {
  const r = await new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ['violations'] }).analyze();
  return r.violations.flatMap((v) => v.nodes.map((n) => `${v.id} ${JSON.stringify(n.target)}`));
}

test('the builder: pick council, language and parameter, see it live, copy a snippet that is announced', async (t) => {
  const ctx = await t.context({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await t.open('/indlejr.html', { ctx });
  const code = page.locator('#snippet');
  assert.match(await code.textContent(), /<sundhedsraad-beregner raad="fyn" lang="da"><\/sundhedsraad-beregner>/);
  assert.match(await code.textContent(), new RegExp(`<script type="module" src="${t.base}/pkg/sundhedsraad.js"></script>`));
  assert.equal(await page.locator('#b-raad option').count(), 17);

  // Keyboard only: the council select, the language radios, the parameter field.
  await page.locator('#b-raad').focus();
  await page.keyboard.type('Aarhus');
  await page.locator('#b-raad').selectOption('aarhus');
  await page.getByLabel('Engelsk').check();
  await page.getByLabel('Parameter i sidens adresse').fill('raad2');
  assert.match(await code.textContent(), /<sundhedsraad-beregner raad="aarhus" lang="en" url-param="raad2"><\/sundhedsraad-beregner>/);
  // The prerendered fallback for the chosen council and language, ready to include.
  const fallback = page.locator('a#fallback');
  assert.equal(await fallback.getAttribute('href'), 'pkg/prerender/aarhus.en.html');
  const file = await page.request.get(new URL('pkg/prerender/aarhus.en.html', page.url()).href);
  assert.equal(file.status(), 200);
  assert.match(await file.text(), /^<template shadowrootmode="open">[\s\S]*Health council Aarhus/);
  await page.waitForFunction(() => document.querySelector('#preview sundhedsraad-beregner').shadowRoot?.querySelector('h2')?.textContent === 'Health council Aarhus');
  await page.locator('#preview sundhedsraad-beregner').evaluate((e) => { e.id = 'pv'; });
  await waitFact(page, 'pv', 6);

  await page.getByRole('button', { name: 'Kopiér koden' }).press('Enter');
  await page.waitForFunction(() => document.getElementById('copied').textContent.length > 0);
  assert.equal(await page.locator('#copied').getAttribute('role'), 'status', 'announced to screen readers');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await code.textContent());
  assert.deepEqual(await violations(page), []);
});

test('the builder: the overview and the regions as views, with no council and no fallback; back to one council', async (t) => {
  const page = await t.open('/indlejr.html');
  const code = page.locator('#snippet');
  const preview = page.locator('#preview sundhedsraad-beregner');
  await page.locator('#b-raad').selectOption('aarhus');
  await page.getByLabel('Alle 17 sundhedsråd: kort og tabel').check();
  assert.match(await code.textContent(), /<sundhedsraad-beregner view="oversigt" lang="da"><\/sundhedsraad-beregner>/);
  assert.equal(await page.locator('#b-raad').isDisabled(), true, 'the overview takes no council');
  assert.equal(await page.locator('#b-raad-hint').isVisible(), true);
  assert.equal(await page.locator('#fallback-p').isVisible(), false, 'no prerendered overview to offer');
  assert.equal(await page.locator('#no-fallback').isVisible(), true);
  await page.waitForFunction(() => document.querySelector('#preview sundhedsraad-beregner').shadowRoot
    ?.querySelectorAll('section.overview a[data-raad]').length === 17, null, { timeout: 10_000 });

  await page.getByLabel('De fire regioner').check();
  assert.match(await code.textContent(), /<sundhedsraad-beregner view="region" lang="da"><\/sundhedsraad-beregner>/);
  await page.waitForFunction(() => {
    const r = document.querySelector('#preview sundhedsraad-beregner').shadowRoot;
    return r?.querySelector('section.regions table') && !r.querySelector('section.overview');
  }, null, { timeout: 10_000 });

  await page.getByLabel('Ét sundhedsråd, med kortet som vælger').check();
  assert.match(await code.textContent(), /<sundhedsraad-beregner raad="aarhus" lang="da"><\/sundhedsraad-beregner>/);
  assert.equal(await page.locator('#b-raad').isDisabled(), false);
  assert.equal(await page.locator('a#fallback').getAttribute('href'), 'pkg/prerender/aarhus.da.html');
  assert.equal(await preview.getAttribute('view'), null);
  await page.waitForFunction(() => document.querySelector('#preview sundhedsraad-beregner').shadowRoot?.querySelector('h2')?.textContent === 'Sundhedsråd Aarhus');
  assert.deepEqual(await violations(page), []);
});

test('the accessibility statement says what was tested, the known gaps and how to report one; axe-clean', async (t) => {
  const page = await t.open('/tilgaengelighed.html', { wait: false });
  const text = await page.locator('main').innerText();
  for (const want of ['WCAG 2.1', 'Sådan er den testet', 'Kendte mangler', 'Fandt du en fejl?', '200 %', '320 px']) {
    assert.ok(text.includes(want), `«${want}»`);
  }
  assert.deepEqual(await violations(page), []);
});
