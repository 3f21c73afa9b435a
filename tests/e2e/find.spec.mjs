// Finding a council by its name or a municipality's name.
import { test, assert, widget, waitFact, axe, none } from './lib.mjs';

test('search by municipality or council name, case-insensitive; unknown names get a status message', async (t) => {
  const page = await t.open('/');
  const w = widget(page);
  const find = w.getByLabel('Find sundhedsråd eller kommune');
  assert.equal(await find.getAttribute('type'), 'search');
  assert.equal(await w.locator('datalist#find-list option').count(), 17 + 98 - 2, '17 councils and 98 municipalities (Horsens and Aarhus once each)');

  await find.fill('Odense');
  await find.press('Enter');
  await waitFact(page, 'beregner', 20);
  assert.equal(await w.locator('select#muni').inputValue(), '461', 'the municipality is chosen too');
  assert.match(await w.locator('.result p[data-result="votes"]').textContent(), /^Odense har 2 stemmer/);
  assert.equal(await w.locator('table.vote-table tr[aria-current="true"] th').textContent(), 'Odense');

  await find.fill('  sØNDERBORG ');
  await find.press('Enter');
  await waitFact(page, 'beregner', 9);
  assert.equal(await w.locator('select#raad').inputValue(), 'soenderjylland');

  await find.fill('hovedstaden nord');
  await find.press('Enter');
  await waitFact(page, 'beregner', 19);
  assert.equal(await w.locator('select#raad').inputValue(), 'hovedstaden-nord');
  assert.equal(await w.locator('select#muni').inputValue(), '');
  assert.equal((await w.locator('#find-msg').textContent()).trim(), '');

  await find.fill('Atlantis');
  await find.press('Enter');
  await page.waitForFunction(() => document.getElementById('beregner').shadowRoot.querySelector('#find-msg').textContent.trim() !== '');
  assert.equal(await w.locator('#find-msg').getAttribute('role'), 'status');
  assert.match(await w.locator('#find-msg').textContent(), /Intet sundhedsråd eller ingen kommune/);
  assert.equal(await w.locator('select#raad').inputValue(), 'hovedstaden-nord', 'an unknown name changes nothing');
  assert.match(await find.getAttribute('aria-describedby'), /find-msg/);
});

test('forgiving search: the start of a name, "Kommune", without Danish letters or the hyphen, English names; the status says what was found', async (t) => {
  const page = await t.open('/');
  const w = widget(page);
  // The forgiving matcher comes with the explore module, after the first view.
  await page.waitForFunction(() => document.getElementById('beregner').shadowRoot.querySelector('#find[data-forgiving]'));
  const find = w.getByLabel('Find sundhedsråd eller kommune');
  const cases = [
    ['Slag', 'midt-og-vestsjaelland', '330', 'Fundet: Slagelse Kommune, i Sundhedsråd Midt- og Vestsjælland.'],
    ['Slagelse Kommune', 'midt-og-vestsjaelland', '330', null],
    ['Århus', 'aarhus', '751', 'Fundet: Aarhus Kommune, i Sundhedsråd Aarhus.'],
    ['Kobenhavn', 'hovedstaden', '101', null],
    ['Copenhagen', 'hovedstaden', '101', 'Fundet: København Kommune, i Sundhedsråd Hovedstaden.'],
    ['Høje Taastrup', null, '169', null],
    ['Aarhus', 'aarhus', '751', null], // a name that is both: council and municipality, as Slagelse
  ];
  for (const [text, raad, kommune, said] of cases) {
    await find.fill(text);
    await find.press('Enter');
    await page.waitForFunction((k) => document.getElementById('beregner').shadowRoot.querySelector('select#muni')?.value === k, kommune)
      .catch(() => assert.fail(`${text}: municipality ${kommune} not chosen`));
    if (raad) assert.equal(await w.locator('select#raad').inputValue(), raad, text);
    if (said) assert.equal((await w.locator('#find-found').textContent()).trim(), said, text);
    assert.equal((await w.locator('#find-msg').textContent()).trim(), '', `${text}: no "not found"`);
  }
  await find.fill('Atlantis');
  await find.press('Enter');
  await page.waitForFunction(() => document.getElementById('beregner').shadowRoot.querySelector('#find-msg').textContent.trim() !== '');
  assert.equal((await w.locator('#find-found').textContent()).trim(), '', 'nothing said found');
});

test('live suggestions as the reader types: forgiving, labelled, chosen by click or keyboard', async (t) => {
  const page = await t.open('/');
  const w = widget(page);
  await page.waitForFunction(() => document.getElementById('beregner').shadowRoot.querySelector('#find[data-forgiving]'));
  const find = w.getByLabel('Find sundhedsråd eller kommune');
  await find.pressSequentially('kobenh');
  const suggestion = w.locator('#find-found .suggest button', { hasText: 'København (kommune)' });
  await suggestion.waitFor();
  // Without Danish letters, the start of a name: the suggestion is the name as the data writes it.
  await find.fill('');
  await find.pressSequentially('slag');
  const slagelse = w.locator('#find-found .suggest button', { hasText: 'Slagelse (kommune)' });
  await slagelse.waitFor();
  none(await axe(page, '#beregner'), 'live suggestions shown');
  await slagelse.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.getElementById('beregner').shadowRoot.querySelector('select#muni')?.value === '330');
  assert.equal(await w.locator('select#raad').inputValue(), 'midt-og-vestsjaelland');
  assert.equal(await w.locator('#find-found .suggest button').count(), 0, 'the suggestions go once one is chosen');
  assert.match(await w.locator('#find-found').textContent(), /Fundet: Slagelse Kommune/);
});

test('at 375 px a found name is said next to the field and the reader is taken to it (issue 12)', async (t) => {
  const ctx = await t.context({ viewport: { width: 375, height: 700 } });
  const page = await t.open('/', { ctx });
  const w = widget(page);
  await page.waitForFunction(() => document.getElementById('beregner').shadowRoot.querySelector('#find[data-forgiving]'));
  const find = w.getByLabel('Find sundhedsråd eller kommune');
  await find.scrollIntoViewIfNeeded();
  await find.fill('slagelse kommune');
  await find.press('Enter');
  await page.waitForFunction(() => document.getElementById('beregner').shadowRoot.querySelector('select#muni')?.value === '330');
  // Said next to the field, in its status region.
  const found = w.locator('#find-found');
  assert.equal((await found.textContent()).trim(), 'Fundet: Slagelse Kommune, i Sundhedsråd Midt- og Vestsjælland.');
  assert.ok(await page.evaluate(() => {
    const root = document.getElementById('beregner').shadowRoot;
    const status = root.querySelector('#find-found');
    return !!status.closest('[role=status], [aria-live]') || status.getAttribute('role') === 'status';
  }), 'what was found is in a live region');
  // Taken to it: the municipality's result is on the screen.
  await page.waitForFunction(() => {
    const m = document.getElementById('beregner').shadowRoot.querySelector('.muni .result p[data-result="votes"]');
    if (!m) return false;
    const r = m.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= innerHeight;
  }, null, { timeout: 5_000 }).catch(async () => {
    const r = await page.evaluate(() => document.getElementById('beregner').shadowRoot.querySelector('.muni .result p')?.getBoundingClientRect().toJSON());
    assert.fail(`the municipality's result is not in view at 375 px: ${JSON.stringify(r)}`);
  });
  assert.match(await w.locator('.muni .result p[data-result="votes"]').textContent(), /^Slagelse har 2 stemmer/);
  none(await axe(page, '#beregner'), 'found at 375 px');
  // A council's name: its seats are on the screen.
  await page.evaluate(() => scrollTo(0, 0));
  await find.fill('fyn');
  await find.press('Enter');
  await waitFact(page, 'beregner', 20);
  await page.waitForFunction(() => {
    const s = document.getElementById('beregner').shadowRoot.querySelector('section.seats').getBoundingClientRect();
    return s.top < innerHeight && s.bottom > 0;
  }, null, { timeout: 5_000 }).catch(() => assert.fail('the council\'s seats are not in view after finding Fyn'));
});
