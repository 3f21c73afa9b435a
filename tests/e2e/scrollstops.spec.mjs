// Table regions are tab stops only when they scroll sideways.
import { test, assert, waitFact, upToDate } from './lib.mjs';

const stops = (page) => page.evaluate(() => [...document.getElementById('beregner').shadowRoot.querySelectorAll('.table-wrap')].map((w) => ({
  scrolls: w.scrollWidth > w.clientWidth + 1, tab: w.getAttribute('tabindex'), role: w.getAttribute('role'), label: w.getAttribute('aria-label'),
})));

test('a table region is a tab stop and a named region exactly when it scrolls, at 1280 and at 320 px', async (t) => {
  for (const width of [1280, 320]) {
    const ctx = await t.context({ viewport: { width, height: 900 } });
    const page = await t.open('/', { ctx });
    await waitFact(page, 'beregner', 20);
    // The parts drawn by the later module (the pools' sums is the last), then the
    // scroll stops, which are marked when the browser is idle after them.
    await page.waitForFunction(() => document.getElementById('beregner').shadowRoot.querySelector('.money-check-slot table'), null, { timeout: 10_000 });
    await upToDate(page);
    const s = await stops(page);
    assert.ok(s.length >= 4, `${width}px: ${s.length} table regions`);
    for (const w of s) {
      if (w.scrolls) assert.ok(w.tab === '0' && w.role === 'region' && w.label, `${width}px: a scrolling table is reachable: ${JSON.stringify(w)}`);
      else assert.ok(w.tab === null && w.role === null, `${width}px: a table that fits is no tab stop: ${JSON.stringify(w)}`);
    }
    if (width === 1280) assert.ok(s.some((w) => !w.scrolls), 'at 1280 px some tables fit');
    if (width === 320) assert.ok(s.some((w) => w.scrolls), 'at 320 px some tables scroll');
  }
});
