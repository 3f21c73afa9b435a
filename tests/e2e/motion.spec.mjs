// The vote simulator ("Prøv en afstemning"): each member's stance, the
// region's members by number, the outcome in words; keyboard focus stays.
import { test, assert, widget, waitFact, chooseCouncil } from './lib.mjs';

const outcome = (page, id = 'beregner') => widget(page, id).locator('section.motion .outcome[role=status]').textContent();

test('vote simulator: stances change the outcome, the region decides, focus stays', async (t) => {
  const page = await t.open('/');
  const w = widget(page);
  const sim = w.locator('section.motion');
  // Closed by default (nothing is rendered for it on a change of council); opened by its summary.
  assert.equal(await outcome(page), '');
  await sim.locator('summary').click();
  await page.waitForFunction(() => document.getElementById('beregner').shadowRoot.querySelector('.motion .outcome').textContent !== '');
  assert.match(await outcome(page), /^Forslaget vedtages: 21 stemmer for, 0 imod, 0 undlader; 21 af 21 stemmer til stede\./);

  const odense = sim.getByRole('group', { name: /^Odense/ });
  await odense.getByRole('radio', { name: 'Imod' }).check();
  await page.waitForFunction(() => /19 stemmer for, 2 imod/.test(document.getElementById('beregner').shadowRoot.querySelector('.motion .outcome').textContent));
  // The control keeps focus (the controls are not re-rendered per choice).
  assert.equal(await page.evaluate(() => document.getElementById('beregner').shadowRoot.activeElement?.getAttribute('name')), 'm-461');
  await page.keyboard.press('ArrowRight'); // next radio in the group: Undlader
  await page.waitForFunction(() => /19 stemmer for, 0 imod, 2 undlader/.test(document.getElementById('beregner').shadowRoot.querySelector('.motion .outcome').textContent));

  const region = sim.getByRole('group', { name: /^Regionens 11 medlemmer/ });
  await region.getByRole('spinbutton', { name: 'Imod' }).fill('11');
  await region.getByRole('spinbutton', { name: 'Imod' }).press('Tab');
  await page.waitForFunction(() => /^Forslaget falder: 8 stemmer for, 11 imod/.test(document.getElementById('beregner').shadowRoot.querySelector('.motion .outcome').textContent));

  // Hostile numbers are ignored, not shown as nonsense.
  for (const bad of ['-5', '1e9', '99999']) {
    await region.getByRole('spinbutton', { name: 'Undlader' }).fill(bad);
    await region.getByRole('spinbutton', { name: 'Undlader' }).press('Tab');
  }
  assert.doesNotMatch(await outcome(page), /NaN|undefined|-\d|99999|1e9/);

  // Another council: the simulator follows it.
  await chooseCouncil(page, 'beregner', 'aarhus');
  await waitFact(page, 'beregner', 6);
  assert.ok(await sim.getByRole('group', { name: /^Aarhus/ }).count() >= 1);
  assert.match(await outcome(page), / af 11 stemmer til stede| af \d+ stemmer til stede/);
});
