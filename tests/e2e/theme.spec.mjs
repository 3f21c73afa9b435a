// Theming: ::part() names, custom properties that restyle everything, and a
// dark scheme that follows the reader's system when the page asks for it.
import { AxeBuilder } from '@axe-core/playwright';
import { test, assert, waitFact, widgetsReady, upToDate } from './lib.mjs';

async function contrast(page, selector) {
  await upToDate(page); // the parts drawn when the browser is idle are in place
  const r = await new AxeBuilder({ page }).setLegacyMode(true).include(selector).withRules(['color-contrast'])
    .options({ resultTypes: ['violations'] }).analyze();
  return r.violations.flatMap((v) => v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary.replace(/\s+/g, ' ').slice(0, 160)}`));
}

async function addWidget(page, id, attrs) {
  await page.evaluate(([id, attrs]) => {
    const el = document.createElement('sundhedsraad-beregner');
    el.id = id;
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    document.querySelector('main').prepend(el);
  }, [id, attrs]);
  await widgetsReady(page);
}

const bg = (page, id, sel) => page.evaluate(([id, sel]) => {
  const root = document.getElementById(id);
  const el = sel ? root.shadowRoot.querySelector(sel) : root;
  return getComputedStyle(el).backgroundColor;
}, [id, sel]);

test('theme="auto" follows a dark system scheme with AA contrast everywhere; without it the widget stays light', async (t) => {
  const ctx = await t.context({ colorScheme: 'dark' });
  const page = await t.open('/', { ctx });
  await addWidget(page, 'dark', { raad: 'fyn', theme: 'auto', 'url-param': 'none', overrides: '{"populations":{"9999":1}}' });
  await addWidget(page, 'light', { raad: 'fyn', 'url-param': 'none' });
  assert.equal(await bg(page, 'dark'), 'rgb(18, 18, 18)');
  assert.equal(await bg(page, 'light'), 'rgb(255, 255, 255)', 'no theme attribute: light as before');
  // The parts that had hard-coded light backgrounds: error box, highlighted row, inputs, vote outcome.
  assert.equal(await bg(page, 'dark', '.error'), 'rgb(43, 20, 22)');
  await page.evaluate(() => {
    const s = document.getElementById('dark').shadowRoot.querySelector('select#muni');
    s.value = '461';
    s.dispatchEvent(new Event('change'));
  });
  await page.waitForFunction(() => document.getElementById('dark').shadowRoot.querySelector('tr.current'));
  assert.equal(await bg(page, 'dark', 'tr.current th'), 'rgb(29, 43, 59)');
  assert.equal(await bg(page, 'dark', 'select#raad'), 'rgb(30, 30, 30)');
  await page.evaluate(() => { document.getElementById('dark').shadowRoot.querySelector('.motion details').open = true; });
  await page.waitForFunction(() => document.getElementById('dark').shadowRoot.querySelector('.outcome')?.textContent.length > 0);
  assert.equal(await bg(page, 'dark', '.outcome'), 'rgb(23, 33, 44)');
  assert.deepEqual(await contrast(page, '#dark'), [], 'dark scheme');
  assert.deepEqual(await contrast(page, '#light'), [], 'light scheme');
});

test('a page restyles the widget with custom properties and ::part()', async (t) => {
  const page = await t.open('/');
  await page.addStyleTag({ content: `
    #beregner { --sr-accent: rgb(0, 90, 40); --sr-font: Georgia, serif; }
    #beregner::part(header) { border-bottom: 4px solid rgb(200, 0, 0); }
    #beregner::part(table) { font-size: 14px; }
    #beregner::part(seat-chart) { outline: 2px solid rgb(0, 0, 200); }
  ` });
  await waitFact(page, 'beregner', 20);
  const s = await page.evaluate(() => {
    const r = document.getElementById('beregner').shadowRoot;
    const cs = (sel) => getComputedStyle(r.querySelector(sel));
    return {
      header: cs('.sr-head').borderBottomColor,
      button: cs('.lang button[aria-pressed="false"]').color,
      font: cs('.sr').fontFamily,
      table: cs('table.vote-table').fontSize,
      chart: cs('figure.chart').outlineColor,
      parts: [...r.querySelectorAll('[part]')].map((e) => e.getAttribute('part')),
    };
  });
  assert.equal(s.header, 'rgb(200, 0, 0)');
  assert.equal(s.button, 'rgb(0, 90, 40)');
  assert.match(s.font, /Georgia/);
  assert.equal(s.table, '14px');
  assert.equal(s.chart, 'rgb(0, 0, 200)');
  for (const p of ['header', 'chooser', 'seats', 'votes', 'municipality', 'motion', 'money', 'footer', 'table', 'seat-chart', 'chart']) {
    assert.ok(s.parts.includes(p), `part ${p}`);
  }
});
