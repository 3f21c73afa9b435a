// Isolation: attribute changes, two independent widgets, host page CSS kept
// out of the shadow root, widgets added and removed at run time.
import { test, assert, widget, waitFact, fact, title, chooseCouncil, widgetsReady } from './lib.mjs';

test('changing the raad attribute updates that widget only', async (t) => {
  const page = await t.open('/');
  await page.evaluate(() => document.getElementById('beregner').setAttribute('raad', 'midt-og-vestsjaelland'));
  await waitFact(page, 'beregner', 19);
  assert.equal(await title(page), 'Sundhedsråd Midt- og Vestsjælland');
  assert.equal(await widget(page).locator('select#raad').inputValue(), 'midt-og-vestsjaelland');
  assert.equal(await fact(page, 'beregner2'), '9');
  await page.evaluate(() => document.getElementById('beregner2').setAttribute('raad', 'aarhus'));
  await waitFact(page, 'beregner2', 6);
  assert.equal(await fact(page, 'beregner'), '19');
});

test('removing the raad attribute shows Fyn, as a widget without one starts, with no error (issue 12)', async (t) => {
  const page = await t.open('/');
  await page.evaluate(() => document.getElementById('beregner2').removeAttribute('raad'));
  await waitFact(page, 'beregner2', 20);
  assert.equal(await title(page, 'beregner2'), 'Health council Fyn');
  assert.equal(await widget(page, 'beregner2').locator('select#raad').inputValue(), 'fyn');
  assert.equal(await widget(page, 'beregner2').locator('.error').count(), 0, 'no error about id «»');
  // A widget that never had one.
  await page.evaluate(() => {
    const el = document.createElement('sundhedsraad-beregner');
    el.id = 'bare';
    el.setAttribute('url-param', 'none');
    document.querySelector('main').append(el);
  });
  await widgetsReady(page);
  await waitFact(page, 'bare', 20);
  assert.equal(await title(page, 'bare'), 'Sundhedsråd Fyn');
  assert.equal(await widget(page, 'bare').locator('.error').count(), 0);
  // Set, then removed again: back to Fyn.
  await page.evaluate(() => document.getElementById('bare').setAttribute('raad', 'aarhus'));
  await waitFact(page, 'bare', 6);
  await page.evaluate(() => document.getElementById('bare').removeAttribute('raad'));
  await waitFact(page, 'bare', 20);
  assert.equal(await widget(page, 'bare').locator('.error').count(), 0);
  assert.equal(await fact(page, 'beregner'), '20', 'the other widget is untouched');
});

test('two widgets on one page are independent', async (t) => {
  const page = await t.open('/');
  await chooseCouncil(page, 'beregner2', 'limfjorden');
  await waitFact(page, 'beregner2', 16);
  assert.equal(await fact(page, 'beregner'), '20');
  await widget(page, 'beregner').getByRole('button', { name: 'English' }).click();
  await widget(page, 'beregner').getByLabel('Choose health council').waitFor();
  assert.equal(await title(page, 'beregner2'), 'Health council Limfjorden');
  await widget(page, 'beregner2').getByRole('button', { name: 'Dansk' }).click();
  await widget(page, 'beregner2').getByLabel('Vælg sundhedsråd').waitFor();
  assert.equal(await title(page, 'beregner'), 'Health council Fyn');
  await widget(page, 'beregner').getByLabel('Choose municipality').selectOption('461');
  await widget(page, 'beregner').locator('#pop').fill('50000');
  await widget(page, 'beregner').locator('#pop').press('Tab');
  await waitFact(page, 'beregner', 9, 'municipal');
  assert.equal(await widget(page, 'beregner2').locator('#pop').count(), 0);
  assert.equal(await widget(page, 'beregner2').locator('select#muni').inputValue(), '');
  assert.equal(await fact(page, 'beregner2'), '16');
  // Same ids inside both shadow roots, each label tied to its own control.
  assert.equal(await page.evaluate(() => document.getElementById('beregner').shadowRoot.getElementById('raad') !== document.getElementById('beregner2').shadowRoot.getElementById('raad')), true);
});

test("the host page's table CSS does not reach the widget's tables", async (t) => {
  const page = await t.open('/');
  const r = await page.evaluate(() => {
    const probe = document.createElement('table');
    probe.innerHTML = '<tr><td>x</td></tr>';
    document.querySelector('main').append(probe);
    const outside = getComputedStyle(probe.querySelector('td')).borderTopStyle;
    probe.remove();
    const bad = [];
    for (const id of ['beregner', 'beregner2']) {
      for (const el of document.getElementById(id).shadowRoot.querySelectorAll('table, th, td')) {
        const cs = getComputedStyle(el);
        for (const side of ['Top', 'Right', 'Bottom', 'Left']) {
          if (cs[`border${side}Style`] === 'dotted' || cs[`border${side}Color`] === 'rgb(255, 105, 180)') bad.push(`${id} ${el.tagName} border-${side}: ${cs[`border${side}Style`]} ${cs[`border${side}Color`]}`);
        }
        if (/^serif$/.test(cs.fontFamily)) bad.push(`${id} ${el.tagName} font-family ${cs.fontFamily}`);
      }
    }
    return { outside, bad: [...new Set(bad)].slice(0, 10), tables: document.getElementById('beregner').shadowRoot.querySelectorAll('table').length };
  });
  assert.equal(r.outside, 'dotted', 'control: the host CSS does style a table outside the widget');
  assert.ok(r.tables >= 3, 'the widget has tables');
  assert.deepEqual(r.bad, []);
});

test("the widget's text follows the surrounding text, not the host page's 62.5 % root size", async (t) => {
  // demo.css sets html { font-size: 62.5% } "like many public sites: the widget must not care".
  const page = await t.open('/');
  const r = await page.evaluate(() => {
    const el = document.getElementById('beregner');
    const root = el.shadowRoot;
    const px = (x) => parseFloat(getComputedStyle(x).fontSize);
    return {
      host: px(el), body: px(document.body), root: px(document.documentElement),
      text: ['.why', 'label', 'td', 'select'].map((s) => [s, px(root.querySelector(s))]),
    };
  });
  assert.equal(r.root, 10, 'control: the demo root font size is 10 px');
  assert.equal(r.host, r.body, 'the element inherits the article text size');
  for (const [sel, size] of r.text) {
    assert.ok(size >= 16 && size >= r.host * 0.99, `widget ${sel} is ${size} px, host text ${r.host} px, root ${r.root} px`);
  }
});

test('widgets added, moved and removed at run time work and leave no errors', async (t) => {
  const page = await t.open('/');
  await page.evaluate(() => {
    const el = document.createElement('sundhedsraad-beregner');
    el.id = 'dyn';
    el.setAttribute('raad', 'horsens');
    el.setAttribute('url-param', 'none');
    document.querySelector('main').append(el);
  });
  await widgetsReady(page);
  await waitFact(page, 'dyn', 10);
  await chooseCouncil(page, 'dyn', 'aarhus');
  await waitFact(page, 'dyn', 6);
  assert.equal(new URLSearchParams(await page.evaluate(() => location.search)).get('raad'), null, 'url-param="none" leaves the address alone');
  // Move (disconnect + connect) and remove, several times.
  await page.evaluate(async () => {
    const el = document.getElementById('dyn');
    for (let i = 0; i < 5; i++) {
      document.body.prepend(el);
      await new Promise((r) => setTimeout(r, 10));
      el.remove();
      await new Promise((r) => setTimeout(r, 10));
      document.querySelector('main').append(el);
      await new Promise((r) => setTimeout(r, 10));
    }
  });
  await widgetsReady(page);
  // Re-mounted from its raad attribute, which reflects the reader's last choice (Aarhus).
  assert.equal(await page.locator('#dyn').getAttribute('raad'), 'aarhus');
  await waitFact(page, 'dyn', 6);
  await chooseCouncil(page, 'dyn', 'fyn');
  await waitFact(page, 'dyn', 20);
  await page.evaluate(() => document.getElementById('dyn').remove());
  // The page widgets still work.
  await chooseCouncil(page, 'beregner', 'vestjylland');
  await waitFact(page, 'beregner', 14);
});
