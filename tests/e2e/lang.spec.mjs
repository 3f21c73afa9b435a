// Language: the Dansk/English buttons and the element's lang attribute.
import { test, assert, widget, title, fact } from './lib.mjs';

test('clicking English switches the texts, Dansk switches back', async (t) => {
  const page = await t.open('/');
  const w = widget(page);
  assert.equal(await title(page), 'Sundhedsråd Fyn');
  await w.getByRole('button', { name: 'English' }).click();
  await w.getByLabel('Choose health council').waitFor();
  assert.equal(await title(page), 'Health council Fyn');
  assert.equal(await w.getByRole('button', { name: 'English' }).getAttribute('aria-pressed'), 'true');
  assert.equal(await w.getByRole('button', { name: 'Dansk' }).getAttribute('aria-pressed'), 'false');
  assert.equal(await w.locator('.sr').getAttribute('lang'), 'en');
  assert.equal(await w.getByRole('group', { name: /language/i }).count(), 1);
  // Texts in the sections are English too, numbers unchanged.
  const text = await w.locator('section.seats').textContent();
  assert.match(text, /Members/i);
  assert.doesNotMatch(text, /Medlemmer i alt|Regionen har/);
  assert.equal(await fact(page, 'beregner'), '20');
  await w.getByLabel('Choose municipality').selectOption('461');
  assert.match(await w.locator('.result p[data-result="votes"]').textContent(), /^Odense has 2 votes of the council's 21 weighted votes/);

  await w.getByRole('button', { name: 'Dansk' }).click();
  await w.getByLabel('Vælg sundhedsråd').waitFor();
  assert.equal(await title(page), 'Sundhedsråd Fyn');
  assert.equal(await w.locator('.sr').getAttribute('lang'), 'da');
  // The other widget stays English.
  assert.equal(await title(page, 'beregner2'), 'Health council Hovedstaden');
});

test('changing the lang attribute switches the language', async (t) => {
  const page = await t.open('/');
  const w = widget(page);
  await page.evaluate(() => document.getElementById('beregner').setAttribute('lang', 'en'));
  await w.getByLabel('Choose health council').waitFor();
  assert.equal(await title(page), 'Health council Fyn');
  assert.equal(await w.getByRole('button', { name: 'English' }).getAttribute('aria-pressed'), 'true');
  await page.evaluate(() => document.getElementById('beregner2').setAttribute('lang', 'da'));
  await widget(page, 'beregner2').getByLabel('Vælg sundhedsråd').waitFor();
  assert.equal(await title(page, 'beregner2'), 'Sundhedsråd Hovedstaden');
  await page.evaluate(() => document.getElementById('beregner').setAttribute('lang', 'da-DK'));
  await w.getByLabel('Vælg sundhedsråd').waitFor();
  await page.evaluate(() => document.getElementById('beregner').setAttribute('lang', 'en-GB'));
  await w.getByLabel('Choose health council').waitFor();
  await page.evaluate(() => document.getElementById('beregner').removeAttribute('lang'));
  await w.getByLabel('Vælg sundhedsråd').waitFor();
  assert.equal(await w.locator('.error').count(), 0);
});

test('the latest word counts: a lang attribute set after a click on a language button switches the language (README, issue 12)', async (t) => {
  const page = await t.open('/');
  const w = widget(page);
  await w.getByRole('button', { name: 'English' }).click();
  await w.getByLabel('Choose health council').waitFor();
  // The page sets lang after the reader's click: the page wins.
  await page.evaluate(() => document.getElementById('beregner').setAttribute('lang', 'da'));
  await w.getByLabel('Vælg sundhedsråd').waitFor();
  assert.equal(await title(page), 'Sundhedsråd Fyn');
  assert.equal(await w.getByRole('button', { name: 'Dansk' }).getAttribute('aria-pressed'), 'true');
  // And a click after that wins again.
  await w.getByRole('button', { name: 'English' }).click();
  await w.getByLabel('Choose health council').waitFor();
  assert.equal(await page.evaluate(() => document.getElementById('beregner').getAttribute('lang')), 'da', 'the click leaves the attribute alone');
  assert.equal(await title(page), 'Health council Fyn');
  // The README says so.
  const { readFileSync } = await import('node:fs');
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  assert.match(readme, /A `lang` set by the page wins over an earlier click on the widget's\s+language buttons \(the latest word counts\)/);
});
