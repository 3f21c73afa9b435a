// Accessibility: axe-core with no violations in each state of the widget;
// reflow at 320 px and at 200 % text size; reduced motion.
//
// Widget states are checked with axe scoped to the widget element
// (.include('#beregner')) to keep the run short; the demo and strict pages
// are also checked whole, host page included.
import { test, assert, axe, none, widget, widgetsReady, waitFact, chooseCouncil, upToDate, COUNCIL_IDS, MEMBERS } from './lib.mjs';

/**
 * Right-edge overflow: page scroll width, and any element (through shadow roots) outside the
 * viewport, or outside an element that clips its paint (the widget's host: `contain: content`),
 * that is not inside a scroll container.
 */
async function overflow(page) {
  // Once the browser has been idle: the widget marks scrolling table regions
  // (after a resize or a patch) when it is.
  await upToDate(page);
  return page.evaluate(async () => {
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const vw = document.documentElement.clientWidth;
    const bad = [];
    const name = (el) => {
      const host = el.getRootNode().host;
      return `${host ? '#' + host.id + ' ' : ''}${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.classList.length ? '.' + [...el.classList].join('.') : ''}`;
    };
    const walk = (parent, clipped, right) => {
      for (const el of parent.children) {
        const cs = getComputedStyle(el);
        if (cs.display === 'none') continue;
        const r = el.getBoundingClientRect();
        if (!clipped && r.width > 0 && r.right > right + 1) bad.push(`${name(el)} right edge ${Math.round(r.right)} > ${Math.round(right)}`);
        const c = clipped || /auto|scroll|hidden|clip/.test(cs.overflowX);
        // What runs out of an element with paint containment is cut off: not seen, not reachable.
        const inner = /paint|content|strict/.test(cs.contain) ? Math.min(right, r.right) : right;
        if (el.shadowRoot) walk(el.shadowRoot, c, inner);
        if (el.tagName.toLowerCase() !== 'svg') walk(el, c, inner);
      }
    };
    walk(document.body, false, vw);
    return {
      viewport: vw,
      scrollWidth: document.documentElement.scrollWidth,
      bodyScrollWidth: document.body.scrollWidth,
      bad: bad.slice(0, 12),
      wraps: [...document.querySelectorAll('sundhedsraad-beregner')].flatMap((e) =>
        [...e.shadowRoot.querySelectorAll('.table-wrap')].filter((w) => w.scrollWidth > w.clientWidth)
          .map((w) => ({ focusable: w.tabIndex === 0, role: w.getAttribute('role'), name: w.getAttribute('aria-label') || w.getAttribute('aria-labelledby') }))),
    };
  });
}

function assertNoOverflow(o, state) {
  assert.ok(o.scrollWidth <= o.viewport, `${state}: the page scrolls horizontally (scrollWidth ${o.scrollWidth} > ${o.viewport})`);
  assert.deepEqual(o.bad, [], `${state}: elements outside the viewport`);
  for (const w of o.wraps) assert.ok(w.focusable && w.role === 'region' && w.name, `${state}: a scrolling table wrapper must be a focusable, named region: ${JSON.stringify(w)}`);
}

test('axe: the demo page as loaded, whole page', async (t) => {
  const page = await t.open('/');
  none(await axe(page), 'the demo page (whole page, both widgets)');
});

test('axe: each of the 17 councils (Danish)', async (t) => {
  const page = await t.open('/?raad=vendsyssel');
  const all = [];
  for (const id of COUNCIL_IDS) {
    await chooseCouncil(page, 'beregner', id);
    await waitFact(page, 'beregner', MEMBERS[id]);
    for (const line of await axe(page, '#beregner')) all.push(`[${id}] ${line}`);
  }
  // Group the same finding across councils.
  const by = new Map();
  for (const l of all) {
    const [, id, rest] = l.match(/^\[(.*?)\] (.*)$/);
    by.set(rest, [...(by.get(rest) || []), id]);
  }
  none([...by].map(([rest, ids]) => `${rest} — in ${ids.length === 17 ? 'all 17 councils' : ids.join(', ')}`), 'the councils');
}, { timeout: 90_000 });

test('axe: English, one council per region', async (t) => {
  const page = await t.open('/');
  await widget(page).getByRole('button', { name: 'English' }).click();
  await widget(page).getByLabel('Choose health council').waitFor();
  const lines = [];
  for (const id of ['limfjorden', 'aarhus', 'fyn', 'hovedstaden-nord']) {
    await chooseCouncil(page, 'beregner', id);
    await waitFact(page, 'beregner', MEMBERS[id]);
    lines.push(...(await axe(page, '#beregner')).map((l) => `[${id}] ${l}`));
  }
  none(lines, 'English');
}, { timeout: 60_000 });

test('axe: a municipality with a population, an invalid population, a search message, open details', async (t) => {
  const page = await t.open('/');
  const w = widget(page);
  await w.getByLabel('Vælg kommune').selectOption('420');
  await w.getByLabel('Indbyggertal (valgfrit)').fill('90000');
  await w.getByLabel('Indbyggertal (valgfrit)').press('Tab');
  await w.locator('.result p[data-result="population"]').waitFor();
  for (const s of await w.locator('details.pool summary').all()) await s.click();
  const lines = await axe(page, '#beregner');
  await w.getByLabel('Indbyggertal (valgfrit)').fill('abc');
  await w.getByLabel('Indbyggertal (valgfrit)').press('Tab');
  await page.waitForFunction(() => document.getElementById('beregner').shadowRoot.querySelector('#pop').getAttribute('aria-invalid') === 'true');
  await w.getByLabel('Find sundhedsråd eller kommune').fill('Atlantis');
  await w.getByLabel('Find sundhedsråd eller kommune').press('Enter');
  await page.waitForFunction(() => document.getElementById('beregner').shadowRoot.querySelector('#find-msg').textContent.trim() !== '');
  lines.push(...await axe(page, '#beregner'));
  none(lines, 'municipality, population and messages');
}, { timeout: 60_000 });

test('axe: error states (unknown council, rejected overrides, crash box)', async (t) => {
  const page = await t.open('/?raad=atlantis');
  await widget(page).locator('.error[role=alert]').waitFor();
  const lines = (await axe(page, '#beregner')).map((l) => `[unknown council] ${l}`);
  await page.evaluate(() => { document.getElementById('beregner2').overrides = { populations: { 461: -1 } }; });
  await widget(page, 'beregner2').locator('.error[role=alert]').waitFor();
  lines.push(...(await axe(page, '#beregner2')).map((l) => `[rejected overrides] ${l}`));
  await page.evaluate(async () => { try { (await import('/pkg/sundhedsraad_beregner.js')).__panicForTest(); } catch { /* expected */ } });
  await widget(page).locator('.crash[role=alert]').waitFor();
  lines.push(...(await axe(page, '#beregner')).map((l) => `[crash] ${l}`));
  none(lines, 'error states');
}, { timeout: 60_000, allowConsole: [/panic requested by a test/] });

test('axe: the strict CSP page, whole page', async (t) => {
  const page = await t.open('/strict.html');
  none(await axe(page), 'strict.html (whole page)');
});

test('320 px wide: no horizontal overflow outside the table wrappers; axe clean', async (t) => {
  const page = await t.open('/', { contextOptions: { viewport: { width: 320, height: 720 } } });
  const w = widget(page);
  const problems = [];
  for (const id of ['hovedstaden-syd-og-vest', 'fyn']) {
    await chooseCouncil(page, 'beregner', id);
    await waitFact(page, 'beregner', MEMBERS[id]);
  }
  await w.getByLabel('Vælg kommune').selectOption('430'); // Faaborg-Midtfyn, a long name
  await w.getByLabel('Indbyggertal (valgfrit)').fill('1.234.567');
  await w.getByLabel('Indbyggertal (valgfrit)').press('Tab');
  for (const s of await w.locator('details.pool summary').all()) await s.click();
  await widget(page, 'beregner2').getByRole('button', { name: 'English' }).click();
  const o = await overflow(page);
  try { assertNoOverflow(o, '320 px'); } catch (e) { problems.push(e.message); }
  const lines = await axe(page, '#beregner');
  if (lines.length) problems.push(`axe at 320 px:\n      ${lines.join('\n      ')}`);
  assert.deepEqual(problems, []);
}, { timeout: 60_000 });

test('200 % text size (browser font setting): no horizontal overflow; axe clean', async (t) => {
  const ctx = await t.context({ viewport: { width: 1280, height: 900 } });
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await page.goto(t.base + '/');
  await widgetsReady(page);
  const before = await page.evaluate(() => parseFloat(getComputedStyle(document.getElementById('beregner').shadowRoot.querySelector('.why')).fontSize));
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
  await page.waitForFunction((b) => parseFloat(getComputedStyle(document.getElementById('beregner').shadowRoot.querySelector('.why')).fontSize) >= 2 * b - 0.5, before);
  const w = widget(page);
  await chooseCouncil(page, 'beregner', 'midt-og-vestsjaelland');
  await w.getByLabel('Vælg kommune').selectOption({ index: 1 });
  for (const s of await w.locator('details.pool summary').all()) await s.click();
  const problems = [];
  try { assertNoOverflow(await overflow(page), '200 % text at 1280 px'); } catch (e) { problems.push(e.message); }
  await page.setViewportSize({ width: 640, height: 900 });
  try { assertNoOverflow(await overflow(page), '200 % text at 640 px'); } catch (e) { problems.push(e.message); }
  const lines = await axe(page, '#beregner');
  if (lines.length) problems.push(`axe at 200 % text:\n      ${lines.join('\n      ')}`);
  assert.deepEqual(problems, []);
}, { timeout: 60_000 });

test('overview and regions at 320 px and at 200 % text: nothing runs out of the widgets', async (t) => {
  const ctx = await t.context({ viewport: { width: 320, height: 900 } });
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await page.goto(t.base + '/oversigt.html');
  await page.waitForFunction(() => {
    const o = document.getElementById('oversigt')?.shadowRoot;
    const r = document.getElementById('regioner-beregner')?.shadowRoot;
    return o?.querySelectorAll('section.overview a[data-raad]').length === 17
      && o.querySelectorAll('.map-slot path[data-raad]').length === 17 && !!r?.querySelector('table.gp-support');
  }, null, { timeout: 10_000 });
  const problems = [];
  try { assertNoOverflow(await overflow(page), 'overview and regions at 320 px'); } catch (e) { problems.push(e.message); }
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
  for (const width of [640, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    try { assertNoOverflow(await overflow(page), `overview and regions at 200 % text, ${width} px`); } catch (e) { problems.push(e.message); }
  }
  assert.deepEqual(problems, []);
}, { timeout: 60_000 });

test('prefers-reduced-motion: reduce: nothing animates, axe clean', async (t) => {
  const ctx = await t.context({ reducedMotion: 'reduce' });
  const page = await t.open('/', { ctx });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  assert.equal(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches), true);
  await chooseCouncil(page, 'beregner', 'nordsjaelland');
  await waitFact(page, 'beregner', 17);
  await widget(page).locator('details.pool summary').first().click();
  const moving = await page.evaluate(() => {
    const out = [];
    for (const e of document.querySelectorAll('sundhedsraad-beregner')) {
      for (const a of e.shadowRoot.getAnimations()) out.push(`${e.id}: ${a.constructor.name} ${a.animationName || a.transitionProperty || ''}`);
      for (const el of e.shadowRoot.querySelectorAll('*')) {
        const cs = getComputedStyle(el);
        const dur = (s) => s.split(',').some((x) => parseFloat(x) > 0);
        if (dur(cs.transitionDuration) && cs.transitionProperty !== 'none') out.push(`${e.id} ${el.tagName} transition ${cs.transitionProperty} ${cs.transitionDuration}`);
        if (cs.animationName !== 'none') out.push(`${e.id} ${el.tagName} animation ${cs.animationName}`);
        if (cs.scrollBehavior === 'smooth') out.push(`${e.id} ${el.tagName} smooth scrolling`);
      }
    }
    return out.slice(0, 10);
  });
  assert.deepEqual(moving, []);
  none(await axe(page, '#beregner'), 'reduced motion');
});

test('forced colours (Windows high contrast): the seat chart stays visible, axe clean', async (t) => {
  const ctx = await t.context({ forcedColors: 'active' });
  const page = await t.open('/', { ctx });
  const fill = await page.evaluate(() => {
    const r = document.getElementById('beregner').shadowRoot;
    return { forced: matchMedia('(forced-colors: active)').matches, seat: getComputedStyle(r.querySelector('.seat-r')).fill, bg: getComputedStyle(r.host).backgroundColor };
  });
  assert.equal(fill.forced, true);
  assert.notEqual(fill.seat, fill.bg, 'regional seats are not drawn in the background colour');
  none(await axe(page, '#beregner'), 'forced colours');
});
