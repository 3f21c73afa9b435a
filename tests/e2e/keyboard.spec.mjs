// Keyboard only: from the top of the page to the council select, a council
// chosen with arrow keys and typing, then a municipality and a population.
import { test, assert, widget, waitFact, fact } from './lib.mjs';

/** The focused element, through shadow roots, with what a sighted keyboard user sees of it. */
function focused(page) {
  return page.evaluate(() => {
    let a = document.activeElement;
    while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
    if (!a || a === document.body) return null;
    const cs = getComputedStyle(a);
    const host = a.getRootNode().host;
    return {
      tag: a.tagName.toLowerCase(), id: a.id, text: (a.textContent || '').trim().slice(0, 40),
      host: host ? host.id : null,
      focusVisible: a.matches(':focus-visible'),
      outline: `${cs.outlineStyle} ${cs.outlineWidth} ${cs.outlineColor}`,
      outlineStyle: cs.outlineStyle, outlineWidth: parseFloat(cs.outlineWidth),
      value: 'value' in a ? a.value : undefined,
    };
  });
}

/** Presses Tab until `pred(focused)` holds; checks every stop inside a widget shows its focus. */
async function tabTo(page, pred, what, max = 25) {
  const seen = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    seen.push(f ? `${f.host ? '#' + f.host + ' ' : ''}${f.tag}${f.id ? '#' + f.id : ''}` : '(none)');
    if (f && f.host) {
      assert.ok(f.focusVisible, `${seen.at(-1)} is focused by Tab but does not match :focus-visible`);
      assert.ok(f.outlineStyle !== 'none' && f.outlineWidth >= 2,
        `focus on ${seen.at(-1)} is not visible: outline ${f.outline}`);
    }
    if (f && pred(f)) return f;
  }
  assert.fail(`${what} not reached in ${max} Tab presses; focus went: ${seen.join(' → ')}`);
}

test('Tab reaches the council select with a visible focus; arrows and typing choose a council', async (t) => {
  const page = await t.open('/');
  const sel = await tabTo(page, (f) => f.host === 'beregner' && f.id === 'raad', 'the council select');
  assert.equal(sel.value, 'fyn');

  await page.keyboard.press('ArrowDown');
  await waitFact(page, 'beregner', 11); // Trekantsområdet
  assert.equal(await widget(page).locator('select#raad').inputValue(), 'trekantsomraadet');

  await page.keyboard.type('Aarhus');
  await waitFact(page, 'beregner', 6);
  assert.match(await widget(page).locator('h2').textContent(), /Aarhus/);

  await page.waitForTimeout(1100); // the select's type-ahead buffer resets after about a second
  await page.keyboard.type('Fyn');
  await waitFact(page, 'beregner', 20);
  assert.ok((await focused(page)).id === 'raad', 'focus stays on the select after choosing');
  // The other widget did not move.
  assert.equal(await fact(page, 'beregner2'), '9');
});

test('keyboard: municipality select, population 90000 and Tab away gives 2 stemmer', async (t) => {
  const page = await t.open('/');
  await tabTo(page, (f) => f.host === 'beregner' && f.id === 'raad', 'the council select');
  await tabTo(page, (f) => f.host === 'beregner' && f.id === 'muni', 'the municipality select');
  await page.keyboard.press('ArrowDown'); // Odense
  await page.keyboard.press('ArrowDown'); // Assens
  const w = widget(page);
  assert.equal(await w.locator('select#muni').inputValue(), '420');
  const votes = w.locator('.result p[data-result="votes"]');
  await votes.waitFor();
  assert.match(await votes.textContent(), /^Assens har 1 stemme af/);

  const pop = await tabTo(page, (f) => f.id === 'pop', 'the population input', 5);
  assert.equal(pop.host, 'beregner');
  await page.keyboard.type('90000');
  await page.keyboard.press('Tab'); // change event on blur
  await page.waitForFunction(() => /2 stemmer/.test(document.getElementById('beregner').shadowRoot.querySelector('.result p[data-result="votes"]')?.textContent || ''));
  const m = (await votes.textContent()).match(/^Assens har 2 stemmer af sundhedsrådets (\d+) vægtede stemmer/);
  assert.ok(m, `votes line: ${await votes.textContent()}`);
  // The council's figures follow the typed population (the region keeps its majority).
  assert.equal(await fact(page, 'beregner', 'votes'), m[1]);
  assert.equal(m[1], '23');
  assert.match(await w.locator('.result p[data-result="population"]').textContent(), /Med 90\.000 indbyggere får Assens 2 stemmer/);
  assert.equal(await w.locator('#pop').getAttribute('aria-invalid'), 'false');
  // The focus moved on to the Reset button, which is reachable and labelled.
  const f = await focused(page);
  assert.equal(f.tag, 'button');
  assert.ok(f.text.length > 0, 'the Reset button has a visible label');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => /1 stemme af/.test(document.getElementById('beregner').shadowRoot.querySelector('.result p[data-result="votes"]')?.textContent || ''));
  assert.equal(await w.locator('#pop').inputValue(), '');
});

test('keyboard: an invalid population is announced and marked aria-invalid', async (t) => {
  const page = await t.open('/');
  const w = widget(page);
  await w.locator('select#muni').focus();
  await page.keyboard.press('ArrowDown');
  await w.locator('#pop').focus();
  await page.keyboard.type('abc');
  await page.keyboard.press('Tab');
  await page.waitForFunction(() => document.getElementById('beregner').shadowRoot.querySelector('#pop')?.getAttribute('aria-invalid') === 'true');
  const err = (await w.locator('#pop-err').textContent()).trim();
  assert.ok(err.length > 10, `#pop-err shows a message (got ${JSON.stringify(err)})`);
  assert.equal(await w.locator('#pop-err').getAttribute('role'), 'alert');
  // Numbers still shown for the council.
  assert.equal(await fact(page, 'beregner'), '20');
});
