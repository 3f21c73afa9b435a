// The widget under a strict Content-Security-Policy (/strict.html): no inline
// script or style, no eval, Trusted Types enforced with the widget's one policy
// allowed by name; it renders and works with no violation. Where the page's
// policy leaves that name out (/tt-refused.html), the widget says what to add.
import { readFileSync } from 'node:fs';
import { test, assert, widget, widgetsReady, waitFact, fact, title, chooseCouncil } from './lib.mjs';

test('strict CSP page: the widget renders and works without a violation', async (t) => {
  const ctx = await t.context();
  const page = await ctx.newPage();
  const resp = await page.goto(t.base + '/strict.html');
  const csp = resp.headers()['content-security-policy'] || '';
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/);
  // Inline styles only by the hash of the prerendered fallback's stylesheet (README).
  const hash = readFileSync(new URL('../../pkg/prerender/style-hash.txt', import.meta.url), 'utf8').trim();
  assert.ok(csp.includes(`style-src 'self' ${hash};`), `style-src allows ${hash} and nothing else inline`);
  assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'/);
  assert.match(csp, /require-trusted-types-for 'script'; trusted-types sundhedsraad$/);
  await widgetsReady(page);
  assert.equal(await fact(page, 'beregner'), '20');
  // The widget's own stylesheet applies (adopted, not inline <style>).
  const styled = await page.evaluate(() => {
    const r = document.getElementById('beregner').shadowRoot;
    return { display: getComputedStyle(r.host).display, sheets: r.adoptedStyleSheets.length, styleEls: r.querySelectorAll('style, [style]').length,
      btn: getComputedStyle(r.querySelector('.lang button[aria-pressed=true]')).backgroundColor };
  });
  assert.equal(styled.display, 'block');
  assert.equal(styled.btn, 'rgb(0, 73, 147)');
  await chooseCouncil(page, 'beregner', 'sydvestjylland');
  await waitFact(page, 'beregner', 12);
  await widget(page).getByRole('button', { name: 'English' }).click();
  await widget(page).getByLabel('Choose health council').waitFor();
  assert.equal(await title(page), 'Health council Sydvestjylland');
  await widget(page).getByLabel('Choose municipality').selectOption({ index: 1 });
  await widget(page).locator('#pop').fill('90000');
  await widget(page).locator('#pop').press('Tab');
  await page.waitForFunction(() => /2 votes/.test(document.getElementById('beregner').shadowRoot.querySelector('.result p[data-result="votes"]')?.textContent || ''));
  await widget(page).locator('input[name=key][value=anlaeg]').check();
  await widget(page).locator('select#edition').selectOption('udspil-2024');
  await widget(page).locator('details.pool summary').first().click();
  await chooseCouncil(page, 'beregner2', 'nordsjaelland');
  await waitFact(page, 'beregner2', 17);
  // Every other state whose HTML goes through the policy: the vote simulator,
  // the populations form a changed threshold asks for, and the page's errors.
  const w = widget(page);
  await w.locator('section.motion summary').click();
  await w.locator('section.motion').getByRole('radio', { name: 'Against' }).first().check();
  await page.waitForFunction(() => /votes for, [1-9]/.test(document.getElementById('beregner').shadowRoot.querySelector('.motion .outcome').textContent));
  await page.evaluate(() => { document.getElementById('beregner').overrides = { rule: { threshold: 50000 } }; });
  const field = w.locator('section.needs input').first();
  await field.fill('60000');
  await field.press('Tab');
  await page.evaluate(() => { document.getElementById('beregner').setAttribute('overrides', '{not json'); });
  await w.getByRole('alert').first().waitFor();
  await page.evaluate(() => { document.getElementById('beregner').setAttribute('raad', 'atlantis'); });
  await page.waitForFunction(() => /atlantis/.test(document.getElementById('beregner').shadowRoot.textContent));
  assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
});

test('control: the CSP violation detector does see a violation on the strict page', async (t) => {
  const page = await t.open('/strict.html');
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.setAttribute('style', 'color: red');
    p.textContent = 'x';
    document.body.append(p);
  });
  await page.waitForFunction(() => window.__cspViolations.length > 0);
  const v = await page.evaluate(() => window.__cspViolations.splice(0));
  assert.match(v[0], /^style-src/);
}, { allowConsole: [/inline style/] });

test('control: Trusted Types are enforced on the strict page (a plain string to innerHTML throws)', async (t) => {
  const page = await t.open('/strict.html');
  const thrown = await page.evaluate(() => {
    try {
      document.createElement('div').innerHTML = '<b>x</b>';
      return null;
    } catch (e) {
      return e.name;
    }
  });
  assert.equal(thrown, 'TypeError');
  const v = await page.evaluate(() => window.__cspViolations.splice(0));
  assert.deepEqual(v.map((x) => x.split(' ')[0]), ['require-trusted-types-for']);
  // ... and the widget's HTML went through its policy: the tables are there.
  assert.ok(await page.evaluate(() => document.getElementById('beregner').shadowRoot.querySelectorAll('table').length > 2));
}, { allowConsole: [/TrustedHTML/] });

test('a page that enforces Trusted Types without the widget\'s policy gets a message naming what to add', async (t) => {
  const ctx = await t.context();
  const page = await ctx.newPage();
  const resp = await page.goto(t.base + '/tt-refused.html');
  assert.match(resp.headers()['content-security-policy'] || '', /trusted-types other/);
  const alert = widget(page).getByRole('alert').first();
  await alert.waitFor();
  assert.match(await alert.textContent(), /Sidens sikkerhedspolitik .* »trusted-types sundhedsraad«/);
  const v = await page.evaluate(() => window.__cspViolations.splice(0));
  assert.ok(v.length > 0 && v.every((x) => /^(require-trusted-types-for|trusted-types)/.test(x)), v.join('\n'));
}, { allowConsole: [/.*/] });
