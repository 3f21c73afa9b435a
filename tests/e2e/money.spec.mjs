// The money section: years 2027–2031 per pool, key and edition choices,
// official amounts from the page, the CSV download.
import { test, assert, widget, waitFact, upToDate } from './lib.mjs';

function matrix(page, id = 'beregner') {
  return page.evaluate((id) => {
    const r = document.getElementById(id).shadowRoot;
    const t = r.querySelector('.money-out table.matrix');
    return {
      years: [...t.querySelectorAll('thead th.num')].map((th) => th.textContent.trim()),
      rows: Object.fromEntries([...t.querySelectorAll('tr[data-pool]')].map((tr) => [tr.dataset.pool, [...tr.querySelectorAll('td')].map((td) => td.textContent.trim())])),
      caption: t.querySelector('caption').textContent,
      details: r.querySelectorAll('.money-national details.pool').length,
    };
  }, id);
}

test('the matrix has 2027–2031 per pool; key and edition change the amounts', async (t) => {
  const page = await t.open('/');
  const w = widget(page);
  const m = await matrix(page);
  assert.deepEqual(m.years, ['2027', '2028', '2029', '2030', '2031']);
  assert.ok(m.rows.sundhedsraad_total, 'a row for the council total');
  assert.ok(Object.keys(m.rows).length >= 3);
  for (const [pool, cells] of Object.entries(m.rows)) {
    assert.equal(cells.length, 5, pool);
    for (const c of cells) assert.match(c, /^(\d{1,3}(\.\d{3})*,\d|–)$/, `${pool}: cell ${c}`);
  }
  assert.equal(m.details, Object.keys(m.rows).length, 'one <details> per pool');
  assert.match(m.caption, /Fyn/);
  assert.equal(await w.locator('input[name=key][value=population]').isChecked(), true);

  await w.getByLabel('Andel af anlægspuljen (Figur 20)').check();
  await page.waitForFunction(() => document.getElementById('beregner').shadowRoot.querySelector('input[name=key][value=anlaeg]').checked);
  const byAnlaeg = await matrix(page);
  assert.notDeepEqual(byAnlaeg.rows.sundhedsraad_total, m.rows.sundhedsraad_total);

  await w.getByLabel('Udgave af tallene').selectOption('udspil-2024');
  const udspil = await matrix(page);
  assert.deepEqual(udspil.years, ['2027', '2028', '2029', '2030', '2031']);
  // A pool's details: national figures with their source.
  const d = w.locator('details.pool').first();
  await d.locator('summary').click();
  assert.equal(await d.getAttribute('open'), '');
  assert.ok(await d.locator('td.src').count() >= 1);
  // Changing council keeps the chosen key.
  await w.getByLabel('Vælg sundhedsråd').selectOption('aarhus');
  await waitFact(page, 'beregner', 6);
  assert.equal(await w.locator('input[name=key][value=anlaeg]').isChecked(), true);
});

test('official amounts from the page replace the estimate', async (t) => {
  const page = await t.open('/');
  await page.evaluate(() => { document.getElementById('beregner').overrides = { official: { sundhedsraad_total: { 2027: '70.5' } } }; });
  await page.waitForFunction(() => /^70,5\b/.test(document.getElementById('beregner').shadowRoot.querySelector('tr[data-pool=sundhedsraad_total] td').textContent.trim()));
  const cell = widget(page).locator('tr[data-pool=sundhedsraad_total] td').first();
  assert.match(await cell.textContent(), /^70,5 \(officielt\)$/, 'the official amount is marked as such in text, not by colour alone');
  assert.equal(await widget(page).locator('.error').count(), 0);
});

test('the CSV link downloads the figures shown (made on click, as a data: URL)', async (t) => {
  const page = await t.open('/');
  const a = widget(page).getByRole('link', { name: /CSV/ });
  assert.equal(await a.getAttribute('download'), 'sundhedsraad-fyn.csv');
  const [dl] = await Promise.all([page.waitForEvent('download'), a.click()]);
  assert.equal(dl.suggestedFilename(), 'sundhedsraad-fyn.csv');
  const href = await a.getAttribute('href');
  assert.match(href, /^data:text\/csv;charset=utf-8,/);
  const body = decodeURIComponent(href.slice(href.indexOf(',') + 1));
  const lines = body.trim().split('\n');
  // A Danish spreadsheet: byte-order mark, Danish headers, ';' between fields, ',' as decimal point.
  assert.ok(body.startsWith('\uFEFF'), 'a UTF-8 byte-order mark first (trim() would drop it)');
  assert.equal(lines[0], 'sektion;post;år;værdi;enhed;grundlag;kilde');
  const exact = await page.evaluate(async () => {
    const m = await import('/pkg/sundhedsraad.js');
    return m.calculate('fyn').envelopes.find((e) => e.pool === 'sundhedsraad_total').years[0].council;
  });
  const row = lines.find((l) => l.startsWith('council:fyn;sundhedsraad_total;2027;'));
  assert.ok(row, 'the council total for 2027 has a row');
  const cell = row.split(';')[3];
  assert.equal(cell, exact.replace('.', ','), 'the amount is written with a decimal comma');
  assert.equal(Number(cell.replaceAll('.', '').replace(',', '.')), Number(exact), 'read as a Danish reader reads it');
  assert.ok(lines.some((l) => l.startsWith('seats;regional_members;;11;')));
  assert.ok(lines.every((l) => l.split(';').length === 7), 'every line has 7 fields');
  const fs = await import('node:fs/promises');
  const bytes = await fs.readFile(await dl.path());
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'the file starts with the byte-order mark');
  assert.equal(bytes.toString('utf8').trim(), body.trim(), 'the downloaded file is the link\'s data');
  await widget(page).getByLabel('Vælg sundhedsråd').selectOption('midt');
  await waitFact(page, 'beregner', 9);
  assert.equal(await a.getAttribute('download'), 'sundhedsraad-midt.csv');
  const [dl2] = await Promise.all([page.waitForEvent('download'), a.click()]);
  assert.match(await fs.readFile(await dl2.path(), 'utf8'), /seats;total_members;;9;/);
});

test('how the pools add up: the total against its two frames, with the difference said in words (issue 12)', async (t) => {
  const page = await t.open('/');
  const w = widget(page);
  await page.waitForFunction(() => document.getElementById('beregner').shadowRoot.querySelector('.money-check-slot table'));
  await upToDate(page);
  const check = w.locator('.money-check-slot');
  const cells = async (cls) => (await check.locator(`tr.${cls} td`).allTextContents()).map((c) => c.trim());
  const num = (c) => Number(c.replace(/\./g, '').replace(',', '.').replace('−', '-').replace('+', ''));
  const [total, parts, diff] = [await cells('total'), await cells('subtotal'), await cells('difference')];
  // Each difference is the total minus the frames (to the rounding of one decimal).
  total.forEach((c, i) => {
    if (c === '–' || parts[i] === '–') return assert.equal(diff[i], '–');
    assert.ok(Math.abs(num(c) - num(parts[i]) - num(diff[i])) <= 0.1 + 1e-9, `${i}: ${c} − ${parts[i]} vs ${diff[i]}`);
  });
  // The newest figure for each mixes documents: 2027 does not add up, and it is said why.
  const notes = await check.locator('.money-check-notes').textContent();
  assert.match(notes, /2027: rammerne og i alt er [\d,]+ mio\. kr\. fra hinanden; .*forskellige dokumenter .*Nationalt: rammerne 1\.090 mod i alt 1\.065 \(forskel 25\)/);
  assert.match(await check.textContent(), /Anlæg \(fysiske rammer\) ligger uden for/);
  // One document: 2027 adds up; Tabel 1's own 2029 is named (3.070 against 3.065).
  await w.getByLabel('Udgave af tallene').selectOption('udspil-2024');
  await page.waitForFunction(() => !/2027: rammerne/.test(document.getElementById('beregner').shadowRoot.querySelector('.money-check-slot')?.textContent));
  await upToDate(page);
  assert.match(await check.locator('.money-check-notes').textContent(), /2029: .*summer ikke i kilden\. Nationalt: rammerne 3\.070 mod i alt 3\.065 \(forskel 5\)/);
});
