// The map of the 17 councils (a chooser in the council view), the overview of
// all 17 (view="oversigt"), the regions (view="region") and voting power: the
// parts drawn by the explore module (js/explore.js, pkg/explore/).
import { test, assert, widget, widgetsReady, waitFact, fact, upToDate, axe, none, MEMBERS, COUNCIL_IDS } from './lib.mjs';

/** Waits until the map in widget `id` is drawn (17 council controls). */
async function mapDrawn(page, id = 'beregner') {
  await widgetsReady(page);
  await page.waitForFunction((id) =>
    document.getElementById(id)?.shadowRoot?.querySelectorAll('.map-slot path[data-raad]').length === 17, id, { timeout: 10_000 });
}

/** Clicks the control for `selector` on the map at its label point, as a mouse does. */
async function clickOnMap(page, selector, id = 'beregner') {
  const point = await page.evaluate(([id, selector]) => {
    const el = document.getElementById(id).shadowRoot.querySelector('.map-slot ' + selector);
    el.scrollIntoView({ block: 'center' });
    const m = el.ownerSVGElement.getScreenCTM();
    const p = new DOMPoint(Number(el.dataset.x), Number(el.dataset.y)).matrixTransform(m);
    return { x: p.x, y: p.y };
  }, [id, selector]);
  await page.mouse.click(point.x, point.y);
}

/** The map control that has focus (its data-raad or data-kommune), or null. */
async function focused(page, id = 'beregner') {
  return page.evaluate((id) => {
    const a = document.getElementById(id).shadowRoot.activeElement;
    return a ? a.dataset.raad || (a.dataset.kommune && 'kommune:' + a.dataset.kommune) || null : null;
  }, id);
}

test('choosing each of the 17 councils on the map with the mouse shows it and follows the deep link (17/17)', async (t) => {
  const page = await t.open('/');
  await mapDrawn(page);
  for (const raad of COUNCIL_IDS) {
    await clickOnMap(page, `path[data-raad="${raad}"]`);
    await waitFact(page, 'beregner', MEMBERS[raad]);
    assert.equal(await widget(page).locator('select#raad').inputValue(), raad);
    assert.equal(new URL(page.url()).searchParams.get('raad'), raad);
    await page.waitForFunction((raad) => document.getElementById('beregner').shadowRoot
      .querySelector(`.map-slot path[data-raad="${raad}"]`)?.getAttribute('aria-pressed') === 'true', raad);
  }
});

test('the map is one tab stop; the arrow keys reach all 17 councils and Enter chooses each (17/17)', async (t) => {
  const page = await t.open('/');
  await mapDrawn(page);
  // Tab from the search field lands on the map, on the chosen council.
  await widget(page).locator('#find').focus();
  await page.keyboard.press('Tab');
  assert.equal(await focused(page), 'fyn');
  assert.equal(await page.evaluate(() => document.getElementById('beregner').shadowRoot
    .querySelectorAll('.map-slot [tabindex="0"]').length), 1, 'one tab stop');
  // What the arrow keys reach from Fyn (each step a real key press): the
  // councils, and Fyn's municipalities on the way ("kommune:" + kommunekode).
  const selector = (c) => c.startsWith('kommune:') ? `[data-kommune="${c.slice(8)}"]` : `[data-raad="${c}"]`;
  const reached = new Set(['fyn']);
  const queue = ['fyn'];
  while (queue.length) {
    const from = queue.shift();
    for (const key of ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight']) {
      await widget(page).locator(`.map-slot path${selector(from)}`).focus();
      await page.keyboard.press(key);
      const to = await focused(page);
      if (to && !reached.has(to)) { reached.add(to); queue.push(to); }
    }
  }
  const councils = [...reached].filter((c) => !c.startsWith('kommune:')).sort();
  assert.deepEqual(councils, [...COUNCIL_IDS].sort(), 'every council is reachable with the arrow keys');
  for (const raad of COUNCIL_IDS) {
    await widget(page).locator(`.map-slot path[data-raad="${raad}"]`).focus();
    await page.keyboard.press(raad.length % 2 ? 'Enter' : ' ');
    await waitFact(page, 'beregner', MEMBERS[raad]);
    assert.equal(await focused(page), raad, 'focus stays on the chosen council');
  }
}, { timeout: 90_000 });

test('the chosen council\'s municipalities are drawn with their votes; choosing one opens its view', async (t) => {
  const page = await t.open('/');
  await mapDrawn(page);
  // The votes table's municipalities and votes (a column found by its header).
  const table = await page.evaluate(() => {
    const t = document.getElementById('beregner').shadowRoot.querySelector('section.votes table');
    const col = [...t.querySelectorAll('thead th')].findIndex((th) => th.textContent.trim() === 'Stemmer');
    return [...t.querySelectorAll('tbody tr:not(.regional)')].map((tr) => [tr.children[0].textContent.trim(), Number(tr.children[col].textContent)]);
  });
  const muni = widget(page).locator('.map-slot path[data-kommune]');
  assert.equal(await muni.count(), table.length, 'each of Fyn\'s municipalities');
  const labels = await muni.evaluateAll((ps) => ps.map((p) => p.getAttribute('aria-label')));
  assert.deepEqual(labels.sort(), table.map(([name, v]) => `${name}: ${v} ${v === 1 ? 'stemme' : 'stemmer'}`).sort());
  assert.equal(await widget(page).locator('.map-slot path.v2').count(), table.filter(([, v]) => v === 2).length, 'two-vote municipalities by pattern (class v2)');
  assert.ok(table.some(([name, v]) => name === 'Odense' && v === 2));
  await clickOnMap(page, 'path[data-kommune="461"]');
  await page.waitForFunction(() => document.getElementById('beregner').getAttribute('kommune') === '461');
});

test('the map\'s box is reserved before it is drawn: nothing below it moves', async (t) => {
  const page = await t.open('/');
  // The prerendered (or just mounted) slot, before the explore module draws into it.
  const before = await page.evaluate(() => {
    const s = document.getElementById('beregner').shadowRoot.querySelector('.map-slot');
    return s && s.getBoundingClientRect().height;
  });
  assert.ok(before > 100, `the slot has its height before the map: ${before}`);
  await mapDrawn(page);
  const after = await page.evaluate(() => document.getElementById('beregner').shadowRoot.querySelector('.map-slot').getBoundingClientRect().height);
  assert.ok(Math.abs(after - before) < 1, `slot ${before} px before, ${after} px after`);
});

test('the map keeps its box and its controls at 320 px and 200 % text; axe finds nothing, Danish and English', async (t) => {
  const ctx = await t.context({ viewport: { width: 320, height: 800 } });
  const page = await ctx.newPage();
  await page.goto(t.base + '/');
  await mapDrawn(page);
  await mapDrawn(page, 'beregner2');
  none(await axe(page, '#beregner'), 'map, Danish, 320 px');
  none(await axe(page, '#beregner2'), 'map, English, 320 px');
  const wide = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(wide <= 320, `no sideways scroll of the page: ${wide}`);
  await page.evaluate(() => { document.documentElement.style.fontSize = '200%'; });
  await upToDate(page);
  none(await axe(page, '#beregner'), 'map, Danish, 200 % text');
});

// ---- view="oversigt" and view="region" -------------------------------------------

/** The overview's rows: council id and the cells' text by column id. */
async function rows(page, id = 'oversigt') {
  return page.evaluate((id) => {
    const table = document.getElementById(id).shadowRoot.querySelector('section.overview table');
    const cols = [...table.querySelectorAll('thead th')].map((th) => th.querySelector('[data-sort]')?.dataset.sort || '');
    return [...table.querySelectorAll('tbody tr')].filter((tr) => tr.querySelector('a[data-raad]')).map((tr) => {
      const cells = [...tr.children].map((c) => c.textContent.trim());
      return { raad: tr.querySelector('a[data-raad]').dataset.raad, cells: Object.fromEntries(cols.map((c, i) => [c, cells[i]])) };
    });
  }, id);
}

async function overviewDrawn(page, id = 'oversigt') {
  await page.waitForFunction((id) =>
    document.getElementById(id)?.shadowRoot?.querySelectorAll('section.overview a[data-raad]').length === 17, id, { timeout: 10_000 });
}

/** A Danish or English number cell as a number ("1.234,5" or "1,234.5"; "–" as null). */
function num(text, lang = 'da') {
  const t = text.replace(/\s|kr\.|%/g, '');
  if (t === '' || t === '–') return null;
  return Number(lang === 'da' ? t.replace(/\./g, '').replace(',', '.') : t.replace(/,/g, ''));
}

test('view="oversigt": 17 rows, each equal to its council view (members, votes, municipalities) (17/17)', async (t) => {
  const page = await t.open('/oversigt.html');
  await overviewDrawn(page);
  const table = await rows(page);
  assert.equal(table.length, 17);
  for (const row of table) {
    assert.equal(num(row.cells.members), MEMBERS[row.raad], `${row.raad}: members as Figur 9`);
    // The council view of the same council, in the same element.
    await widget(page, 'oversigt').locator(`section.overview a[data-raad="${row.raad}"]`).click();
    await waitFact(page, 'oversigt', num(row.cells.members));
    assert.equal(await fact(page, 'oversigt', 'votes'), String(num(row.cells.weighted_votes)), `${row.raad}: weighted votes`);
    assert.equal(await fact(page, 'oversigt', 'regional'), String(num(row.cells.regional_members)), `${row.raad}: regional members`);
    const munis = await widget(page, 'oversigt').locator('section.votes tbody tr:not(.regional)').count();
    assert.equal(munis, num(row.cells.municipalities), `${row.raad}: municipalities`);
    await page.evaluate(() => document.getElementById('oversigt').setAttribute('view', 'oversigt'));
    await overviewDrawn(page);
  }
}, { timeout: 120_000 });

test('view="oversigt": sorting by each column orders the rows, with aria-sort on that column only', async (t) => {
  const page = await t.open('/oversigt.html');
  await overviewDrawn(page);
  const columns = await widget(page, 'oversigt').locator('section.overview [data-sort]').evaluateAll((bs) => bs.map((b) => b.dataset.sort));
  assert.ok(columns.length >= 10, `sortable columns: ${columns}`);
  for (const column of columns) {
    if (column === 'name') continue;
    const button = widget(page, 'oversigt').locator(`section.overview [data-sort="${column}"]`);
    await button.click(); // first click: descending for figures
    await upToDate(page);
    for (const dir of ['descending', 'ascending']) {
      assert.equal(await button.evaluate((b) => b.closest('th').getAttribute('aria-sort')), dir, `${column} ${dir}`);
      assert.equal(await widget(page, 'oversigt').locator('section.overview th[aria-sort]').count(), 1);
      const values = (await rows(page)).map((r) => num(r.cells[column])).filter((v) => v !== null);
      assert.ok(values.length > 0, column);
      for (let i = 1; i < values.length; i++) {
        assert.ok(dir === 'descending' ? values[i - 1] >= values[i] : values[i - 1] <= values[i], `${column} ${dir}: ${values}`);
      }
      if (dir === 'descending') {
        await page.keyboard.press('Enter'); // the button keeps focus: the keyboard sorts too
        await upToDate(page);
      }
    }
  }
}, { timeout: 120_000 });

test('view="oversigt": choosing a council on the shaded map opens it; the measure picker shades by another measure', async (t) => {
  const page = await t.open('/oversigt.html');
  await overviewDrawn(page);
  await mapDrawn(page, 'oversigt');
  assert.equal(await widget(page, 'oversigt').locator('.map-slot path.council.q1, .map-slot path.council.q4').count() > 0, true);
  const legend = () => widget(page, 'oversigt').locator('.map-slot .legend text').first().textContent();
  assert.equal(await legend(), 'Medlemmer');
  await widget(page, 'oversigt').locator('select[data-control="measure"]').selectOption('anlaeg');
  await page.waitForFunction(() => document.getElementById('oversigt').shadowRoot.querySelector('.map-slot .legend text')?.textContent.startsWith('Anlæg'));
  await clickOnMap(page, 'path[data-raad="aarhus"]', 'oversigt');
  await waitFact(page, 'oversigt', MEMBERS.aarhus);
});

test('view="region": the seats each region\'s councils need against the regionsråd, and the note on Østdanmark', async (t) => {
  const page = await t.open('/oversigt.html');
  await page.waitForFunction(() => document.getElementById('regioner-beregner')?.shadowRoot?.querySelector('section.regions table'));
  const text = await widget(page, 'regioner-beregner').locator('section.regions').textContent();
  for (const [region, seats] of [['Nordjylland', 14], ['Midtjylland', 30], ['Syddanmark', 30], ['Østdanmark', 57]]) {
    assert.match(text, new RegExp(`${region}[\\s\\S]*?${seats}`), region);
  }
  assert.match(text, /mere end ét sundhedsråd|flere end ét sundhedsråd|mere end et sundhedsråd/);
  assert.equal(await widget(page, 'regioner-beregner').locator('section.overview').count(), 0);
  // The Forårsaftale's GP-coverage support, five regions of the time under the four, with its source.
  const gp = widget(page, 'regioner-beregner').locator('table.gp-support');
  assert.equal(await gp.locator('tbody tr').count(), 5);
  assert.deepEqual((await gp.locator('tfoot td.num').allTextContents()).map((c) => c.trim()), ['281', '100 %']);
  assert.match(text, /Forårsaftale 2025, dias 'Bedre lægedækning'/);
});

test('overview and regions: axe finds nothing, Danish and English, 320 px and 200 % text', async (t) => {
  const ctx = await t.context({ viewport: { width: 320, height: 900 } });
  const page = await ctx.newPage();
  await page.goto(t.base + '/oversigt.html');
  await overviewDrawn(page);
  await mapDrawn(page, 'oversigt');
  none(await axe(page, '#oversigt'), 'overview, Danish, 320 px');
  none(await axe(page, '#regioner-beregner'), 'regions, Danish, 320 px');
  await widget(page, 'oversigt').locator('button[data-lang="en"]').click();
  await page.waitForFunction(() => document.getElementById('oversigt').shadowRoot.querySelector('h2')?.textContent === 'All 17 health councils');
  await mapDrawn(page, 'oversigt');
  none(await axe(page, '#oversigt'), 'overview, English, 320 px');
  await page.evaluate(() => { document.documentElement.style.fontSize = '200%'; });
  none(await axe(page, '#oversigt'), 'overview, English, 200 % text');
});

test('overview() gives all 17 councils and the 4 regions as plain objects', async (t) => {
  const page = await t.open('/');
  const o = await page.evaluate(async () => {
    const m = await import('/pkg/sundhedsraad.js');
    return m.overview();
  });
  assert.equal(o.councils.length, 17);
  for (const c of o.councils) assert.equal(c.members, MEMBERS[c.id], c.id);
  assert.deepEqual(o.regions.map((r) => r.regionalSeatsNeeded), [14, 30, 30, 57]);
  assert.equal(typeof o.councils[0].anlaegMioKr, 'string', 'money as exact decimal strings');
});

// ---- voting power ------------------------------------------------------------------

test('voting power: a table beside the votes; with the region as one bloc the municipalities have none', async (t) => {
  const page = await t.open('/');
  await widgetsReady(page);
  const power = widget(page).locator('section.power-slot');
  await power.scrollIntoViewIfNeeded();
  await page.waitForFunction(() => document.getElementById('beregner').shadowRoot.querySelector('.power-slot table'));
  const rowsEach = await power.locator('tbody tr').count();
  assert.ok(rowsEach >= 10, 'a row per municipality and the region');
  await power.locator('button[data-power-mode="bloc"]').click();
  await page.waitForFunction(() => document.getElementById('beregner').shadowRoot.querySelector('.power-slot button[data-power-mode="bloc"]')?.getAttribute('aria-pressed') === 'true');
  const odense = await power.locator('tbody tr', { hasText: 'Odense' }).locator('td').allTextContents();
  assert.ok(odense.some((c) => /^0(,0+)? %$/.test(c.trim())), `Odense has no power against the bloc: ${odense}`);
  // Another council redraws it.
  await widget(page).locator('select#raad').selectOption('aarhus');
  await waitFact(page, 'beregner', MEMBERS.aarhus);
  await page.waitForFunction(() => document.getElementById('beregner').shadowRoot.querySelector('.power-slot')?.textContent.includes('Aarhus'));
  none(await axe(page, '#beregner'), 'council view with voting power');
});
