// The vote simulator ("Prøv en afstemning"): each member's stance, the
// region's members by number, the outcome in words above the controls; focus
// stays; what the reader enters is what is counted, or the widget says why not
// (issue 12); a reset, and a fresh vote for another council.
import { test, assert, widget, waitFact, chooseCouncil, axe, none } from './lib.mjs';

const outcome = (page, id = 'beregner') =>
  page.evaluate((id) => document.getElementById(id).shadowRoot.querySelector('section.motion .outcome[role=status]')?.textContent ?? '', id);
const message = (page) =>
  page.evaluate(() => document.getElementById('beregner').shadowRoot.querySelector('section.motion .msg[role=alert]')?.textContent ?? '');
const waitOutcome = (page, re) => page.waitForFunction((src) =>
  new RegExp(src).test(document.getElementById('beregner').shadowRoot.querySelector('.motion .outcome')?.textContent ?? ''), re.source);

test('vote simulator: stances change the outcome, the region decides, focus stays', async (t) => {
  const page = await t.open('/');
  const w = widget(page);
  const sim = w.locator('section.motion');
  // Closed by default: nothing is drawn for it on a change of council.
  assert.equal(await outcome(page), '');
  await sim.locator('summary').click();
  await waitOutcome(page, /^Forslaget vedtages: 21 stemmer for, 0 imod, 0 undlader; 21 af 21 stemmer til stede\./);
  // The outcome sits above the controls, where an audience sees it change.
  assert.ok(await page.evaluate(() => {
    const box = document.getElementById('beregner').shadowRoot.querySelector('.motion-box');
    return box.querySelector('.outcome').compareDocumentPosition(box.querySelector('form')) & Node.DOCUMENT_POSITION_FOLLOWING;
  }));

  const odense = sim.getByRole('group', { name: /^Odense/ });
  await odense.getByRole('radio', { name: 'Imod' }).check();
  await waitOutcome(page, /19 stemmer for, 2 imod/);
  // The control keeps focus (the controls are patched in place).
  assert.equal(await page.evaluate(() => document.getElementById('beregner').shadowRoot.activeElement?.getAttribute('name')), 'm-461');
  await page.keyboard.press('ArrowRight'); // next radio in the group: Undlader
  await waitOutcome(page, /19 stemmer for, 0 imod, 2 undlader/);

  const region = sim.getByRole('group', { name: /^Regionens 11 medlemmer/ });
  const against = region.getByRole('spinbutton', { name: 'Imod' });
  const abstain = region.getByRole('spinbutton', { name: 'Undlader' });
  await against.fill('11');
  await against.press('Tab');
  await waitOutcome(page, /^Forslaget falder: 8 stemmer for, 11 imod/);

  // What is entered is what is counted, or the widget says why not: −3, 20 and 6 + 6 of 11.
  for (const [field, value, said] of [[abstain, '-3', /«-3» er ikke et antal fra 0 til 11/], [against, '20', /«20» er ikke et antal fra 0 til 11/]]) {
    await field.fill(value);
    await field.press('Tab');
    await page.waitForFunction((src) => new RegExp(src).test(document.getElementById('beregner').shadowRoot.querySelector('.motion .msg')?.textContent), said.source);
    assert.equal(await outcome(page), '', 'no outcome from numbers other than those shown');
    assert.equal(await field.inputValue(), value, 'the field shows what was typed');
  }
  await against.fill('6');
  await abstain.fill('6');
  await abstain.press('Tab');
  await page.waitForFunction(() => /tilsammen 12, men regionen har kun 11 medlemmer/.test(document.getElementById('beregner').shadowRoot.querySelector('.motion .msg')?.textContent));
  assert.equal(await outcome(page), '');
  await abstain.fill('5');
  await abstain.press('Tab');
  await waitOutcome(page, /8 stemmer for, 6 imod, 7 undlader/);
  assert.equal(await message(page), '');
  none(await axe(page, '#beregner'), 'vote simulator open');

  // Reset: everyone for again.
  await sim.locator('button[data-motion-reset]').click();
  await waitOutcome(page, /^Forslaget vedtages: 21 stemmer for, 0 imod/);
  assert.equal(await against.inputValue(), '0');

  // Another council: a fresh vote (nothing of Fyn's carries over).
  await against.fill('3');
  await against.press('Tab');
  await waitOutcome(page, /18 stemmer for, 3 imod/);
  await chooseCouncil(page, 'beregner', 'aarhus');
  await waitFact(page, 'beregner', 6);
  await sim.getByRole('group', { name: /^Aarhus/ }).first().waitFor();
  await waitOutcome(page, /^Forslaget vedtages: 7 stemmer for, 0 imod/);
  assert.equal(await sim.getByRole('group', { name: /^Regionens 4 medlemmer/ }).getByRole('spinbutton', { name: 'Imod' }).inputValue(), '0');
});

test('vote simulator: a pass below the council\'s majority says why both numbers hold', async (t) => {
  const page = await t.open('/');
  const sim = widget(page).locator('section.motion');
  await sim.locator('summary').click();
  await waitOutcome(page, /21 stemmer for/);
  // All 9 municipalities absent, no quorum rule, the region 6 for and 5 against.
  for (const group of await sim.locator('fieldset.stance.vote').all()) await group.getByRole('radio', { name: 'Fraværende' }).check();
  await sim.getByRole('radio', { name: 'Intet krav om fremmøde' }).check();
  const against = sim.getByRole('group', { name: /^Regionens 11 medlemmer/ }).getByRole('spinbutton', { name: 'Imod' });
  await against.fill('5');
  await against.press('Tab');
  await waitOutcome(page, /^Forslaget vedtages: 6 stemmer for, 5 imod/);
  assert.match(await outcome(page), /færre end de 11 stemmer, der er flertal, når alle rådets 21 stemmer afgives/);
});

test('vote simulator at 375 and 320 px: each member\'s stances sit in two even columns, one line each (issue 12)', async (t) => {
  for (const width of [375, 320]) {
    const ctx = await t.context({ viewport: { width, height: 800 } });
    const page = await t.open('/', { ctx });
    const sim = widget(page).locator('section.motion');
    await sim.locator('summary').click();
    await waitOutcome(page, /21 stemmer for/);
    const rows = await page.evaluate(() => [...document.getElementById('beregner').shadowRoot.querySelectorAll('section.motion fieldset.stance.vote')].map((f) => {
      const labels = [...f.querySelectorAll('.choices label')].map((l) => l.getBoundingClientRect());
      const lh = parseFloat(getComputedStyle(f.querySelector('.choices label')).minHeight);
      return {
        name: f.querySelector('legend').textContent,
        lefts: [...new Set(labels.map((r) => Math.round(r.left)))],
        tall: labels.filter((r) => r.height > lh + 2).length,
        right: Math.max(...labels.map((r) => r.right)),
      };
    }));
    assert.ok(rows.length >= 9, `${width}px: ${rows.length} members`);
    const columns = rows[0].lefts;
    for (const r of rows) {
      assert.equal(r.lefts.length, 2, `${width}px ${r.name}: choices in ${r.lefts.length} columns (${r.lefts})`);
      assert.deepEqual(r.lefts, columns, `${width}px ${r.name}: the same columns as the first member`);
      assert.equal(r.tall, 0, `${width}px ${r.name}: a choice wraps onto a second line`);
      assert.ok(r.right <= width, `${width}px ${r.name}: the choices fit (${r.right})`);
    }
    none(await axe(page, '#beregner'), `vote simulator open at ${width} px`);
  }
});
