// "My municipality's money" (issue 12): with a population typed for the
// chosen municipality, its illustrative part of every envelope and year, in a
// table labelled as an illustration, and in the CSV. Expected values are
// computed here from calculate()'s council amounts: amount × population /
// the council's population (Figur 9), to the krone.
import { test, assert, widget, widgetsReady, upToDate } from './lib.mjs';

test('municipality money: a table per year and pool after a population is typed, and the CSV carries it', async (t) => {
  const page = await t.open('/');
  await widgetsReady(page);
  const w = widget(page);
  await w.locator('select#muni').selectOption('461');
  const pop = w.locator('#pop');
  await pop.fill('210.000');
  await pop.press('Tab');
  await page.waitForFunction(() => document.getElementById('beregner').shadowRoot.querySelector('.muni-money-slot table'));
  await upToDate(page);
  const slot = w.locator('section.muni-money-slot');
  assert.match(await slot.locator('h3').textContent(), /^Odense: andel år for år \(illustration\)$/);
  assert.match(await slot.textContent(), /illustration, ikke kommunens midler/);
  const expected = await page.evaluate(async () => {
    const m = await import('/pkg/sundhedsraad.js');
    const r = m.calculate('fyn', { populations: { 461: 210000 } });
    const councilPop = BigInt(r.council.populationThousands) * 1000n;
    return r.envelopes.filter((e) => e.years.some((y) => y.council != null)).map((e) => ({
      pool: e.pool,
      years: e.years.map((y) => {
        if (y.council == null) return null;
        const [int, frac = ''] = y.council.split('.');
        const kroner = BigInt(int) * 1000000n + BigInt((frac + '000000').slice(0, 6));
        return Number(kroner * 210000n / councilPop) / 1e6; // mio. kr., to the krone
      }),
    }));
  });
  assert.ok(expected.length > 0);
  for (const row of expected) {
    const cells = await slot.locator(`tr[data-pool="${row.pool}"] td`).allTextContents();
    assert.equal(cells.length, 5, row.pool);
    row.years.forEach((v, i) => {
      if (v === null) return assert.equal(cells[i].trim(), '–');
      const shown = Number(cells[i].trim().replace(/\./g, '').replace(',', '.'));
      assert.ok(Math.abs(shown - v) <= 0.05 + 1e-9, `${row.pool} year ${i}: ${cells[i]} vs ${v}`);
    });
  }
  // The CSV has the illustration rows, labelled as such.
  const a = w.getByRole('link', { name: /CSV/ });
  await Promise.all([page.waitForEvent('download'), a.click()]);
  const href = await a.getAttribute('href');
  const body = decodeURIComponent(href.slice(href.indexOf(',') + 1));
  const rows = body.split('\n').filter((l) => l.startsWith('illustration:461 Odense;'));
  assert.equal(rows.length, expected.length * 5);
  assert.ok(rows.every((l) => l.includes(';illustration: rådets beløb × 210000 / ')), rows[0]);
  // Another municipality without a population: no table.
  await w.locator('select#muni').selectOption('420');
  await page.waitForFunction(() => !document.getElementById('beregner').shadowRoot.querySelector('.muni-money-slot table'));
});
