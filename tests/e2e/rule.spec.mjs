// "Prøv en anden regel" (issue 9): the reader changes the vote tiers, adds a
// tier, pastes populations, resets, and shares the scenario by its address.
// Every expected figure is computed here from the rule and the council's
// municipalities, independently of the widget's model.
import { test, assert, widget, widgetsReady, waitFact, upToDate, axe, none, COUNCIL_IDS } from './lib.mjs';

// Fyn's 9 municipalities; Odense has 2 votes under the published rule (Figur 9).
const FYN = ['Odense', 'Assens', 'Faaborg-Midtfyn', 'Nordfyns', 'Kerteminde', 'Ærø', 'Langeland', 'Nyborg', 'Svendborg'];

/**
 * Members of a council under the published majority rule (the region holds a
 * majority of heads and of votes, 1 vote per regional member): with n
 * municipalities whose votes sum to V, the region needs max(n, V) + 1.
 */
function members(votes) {
  const n = votes.length;
  const v = votes.reduce((a, b) => a + b, 0);
  return n + Math.max(n, v) + 1;
}

/** The votes of a population under tiers [[from, votes], …] (ascending). */
function votesOf(population, tiers) {
  return tiers.filter(([from]) => population >= from).at(-1)[1];
}

const panel = (page) => widget(page).locator('section.rule-slot');

/** Waits for the rule panel to be drawn, and opens its fields. */
async function openPanel(page) {
  await widgetsReady(page);
  await page.waitForFunction(() => document.getElementById('beregner').shadowRoot.querySelector('.rule-slot form.rule-form'),
    null, { timeout: 10_000 });
  const details = panel(page).locator('details.rule-panel');
  await details.scrollIntoViewIfNeeded();
  if (!(await details.evaluate((d) => d.open))) await details.locator('summary').click();
}

/** Types `value` into the panel's field `#id` and commits it as a reader does (Enter). */
async function typeInto(page, id, value) {
  const field = panel(page).locator(`#${id}`);
  await field.fill(value);
  await field.press('Enter');
}

test('rule: changing a tier\'s votes recalculates the council and names the change in words', async (t) => {
  const page = await t.open('/');
  await openPanel(page);
  await waitFact(page, 'beregner', members([2, 1, 1, 1, 1, 1, 1, 1, 1]));
  await typeInto(page, 'tier-votes-2', '3');
  const expected = members([3, 1, 1, 1, 1, 1, 1, 1, 1]);
  await waitFact(page, 'beregner', expected);
  await page.waitForFunction(() => document.getElementById('beregner').shadowRoot.querySelector('.rule-changes'));
  const changes = await panel(page).locator('.rule-changes').textContent();
  // Published 20 members (R = 11); now V = 11, R = 12: one regional member more.
  assert.match(changes, /Fyn: \+1 regionalt medlem; Odense: 2 → 3 stemmer/);
  const compare = await panel(page).locator('table.rule-compare tbody tr', { hasText: 'Medlemmer i alt' }).locator('td').allTextContents();
  assert.deepEqual(compare.map((c) => c.trim()), ['20', String(expected), `+${expected - 20}`]);
  // The address carries the rule, so the scenario can be shared.
  const linked = JSON.parse(new URL(page.url()).searchParams.get('raad-regel'));
  assert.deepEqual(linked.tiers.map((x) => x.votes), [1, 3]);
  none(await axe(page, '#beregner'), 'rule panel open, Danish');
});

test('rule: pasted populations with a bad row, a lower threshold, a third tier, and reset', async (t) => {
  const page = await t.open('/');
  await openPanel(page);
  // Test populations for all 98 municipalities (not real figures): in Fyn Odense 210,000 and the
  // others 45,000 to 85,000; elsewhere 150,000 for a published two-vote municipality, 30,000 otherwise.
  const all = await page.evaluate(async (ids) => {
    const m = await import('/pkg/sundhedsraad.js');
    return ids.flatMap((id) => m.calculate(id).municipalities.map((x) => ({ raad: id, code: x.code, name: x.name, votes: x.votes })));
  }, COUNCIL_IDS);
  assert.equal(all.length, 98);
  const pops = Object.fromEntries(FYN.map((name, i) => [name, name === 'Odense' ? 210_000 : 45_000 + 5_000 * i]));
  const population = (x) => pops[x.name] ?? (x.votes === 2 ? 150_000 : 30_000);
  const lines = ['kommune;indbyggere', ...all.map((x) => `${x.code} ${x.name};${population(x).toLocaleString('da-DK')}`), 'Atlantis;12.000'];
  await panel(page).locator('#pop-text').fill(lines.join('\n'));
  await panel(page).locator('.pop-form button[type=submit]').click();
  await page.waitForFunction(() => document.getElementById('beregner').shadowRoot.querySelector('.pop-report')?.textContent.includes('98 af 98'));
  const report = await panel(page).locator('.pop-report').textContent();
  assert.match(report, /1 linje kunne ikke læses/);
  assert.match(report, /[Ll]inje 100/, `the bad row by its line number: ${report}`);
  const fyn = (tiers) => members(FYN.map((n) => votesOf(pops[n], tiers)));
  const published = [[0, 1], [80_000, 2]];
  await waitFact(page, 'beregner', fyn(published));

  // Threshold 80.000 → 50.000: every council is recalculated, the panel names what changes.
  await typeInto(page, 'tier-from-2', '50.000');
  const lower = [[0, 1], [50_000, 2]];
  await waitFact(page, 'beregner', fyn(lower));
  await page.waitForFunction(() => document.getElementById('beregner').shadowRoot.querySelector('.rule-changes'));
  const changes = await panel(page).locator('.rule-changes').textContent();
  assert.match(changes, /Fyn: \+\d+ regionale medlemmer; Assens: 1 → 2 stemmer/);

  // A third tier: 200.000 or more → 3 votes.
  await panel(page).locator('button[data-rule-add]').click();
  await typeInto(page, 'tier-from-3', '200.000');
  const third = [[0, 1], [50_000, 2], [200_000, 3]];
  await waitFact(page, 'beregner', fyn(third));
  assert.equal(await panel(page).locator('#tier-votes-3').inputValue(), '3');

  // Reset: the published rule, with the populations still in use.
  await panel(page).locator('button[data-rule-reset]').click();
  await waitFact(page, 'beregner', fyn(published));
  assert.equal(new URL(page.url()).searchParams.get('raad-regel'), null);
  // Forgetting the populations: Figur 9's 20 again.
  await panel(page).locator('button[data-pop-clear]').click();
  await waitFact(page, 'beregner', 20);
});

test('rule: a bad rule is named and the published figures stay', async (t) => {
  const page = await t.open('/');
  await openPanel(page);
  await typeInto(page, 'tier-votes-2', '0');
  await page.waitForFunction(() => document.getElementById('beregner').shadowRoot.querySelector('#rule-msg')?.textContent.trim());
  const msg = await panel(page).locator('#rule-msg').textContent();
  assert.ok(msg.trim().length > 10, `a message: ${msg}`);
  await waitFact(page, 'beregner', 20);
  await typeInto(page, 'tier-votes-2', 'mange');
  await page.waitForFunction(() => document.getElementById('beregner').shadowRoot.querySelector('#rule-msg')?.textContent.includes('mange'));
  await waitFact(page, 'beregner', 20);
  // Out of order: tier 3 below tier 2.
  await typeInto(page, 'tier-votes-2', '2');
  await panel(page).locator('button[data-rule-add]').click();
  await typeInto(page, 'tier-from-3', '40.000');
  await upToDate(page);
  assert.ok((await panel(page).locator('#rule-msg').textContent()).trim(), 'thresholds out of order are named');
  await waitFact(page, 'beregner', 20);
});

test('rule: the address restores a shared scenario, and English works', async (t) => {
  const rule = { tiers: [{ from: 0, votes: 1 }, { from: 80000, votes: 3 }], regionalWeight: 1, majority: 'headsAndVotes' };
  const page = await t.open('/?raad=fyn&raad-regel=' + encodeURIComponent(JSON.stringify(rule)));
  await widgetsReady(page);
  await waitFact(page, 'beregner', members([3, 1, 1, 1, 1, 1, 1, 1, 1]));
  await openPanel(page);
  assert.equal(await panel(page).locator('#tier-votes-2').inputValue(), '3');
  assert.ok(await panel(page).locator('details.rule-panel').evaluate((d) => d.open), 'the panel is open on a tried rule');
  await widget(page).evaluate((el) => el.setAttribute('lang', 'en'));
  await page.waitForFunction(() => document.getElementById('beregner').shadowRoot.querySelector('.rule-slot h3')?.textContent === 'Try another rule');
  await upToDate(page);
  assert.match(await panel(page).locator('.rule-changes').textContent(), /Fyn: \+1 regional member; Odense: 2 → 3 votes/);
  none(await axe(page, '#beregner'), 'rule panel open, English');
});

test('rule: moving a municipality to another council of its region, and an observer', async (t) => {
  const page = await t.open('/');
  await openPanel(page);
  const p = panel(page);
  await p.locator('#move-municipality').selectOption('410'); // Middelfart, of Trekantsområdet
  await p.locator('#move-kind').selectOption('move');
  await p.locator('#move-to').selectOption('fyn');
  await p.locator('button[data-move-add]').click();
  await page.waitForFunction(() => /Middelfart/.test(document.getElementById('beregner').shadowRoot.querySelector('.rule-changes')?.textContent));
  const changes = await p.locator('.rule-changes').textContent();
  // Fyn: n 9 → 10, V 10 → 11, R = max(n, V) + 1: 11 → 12. Trekantsområdet loses a member and a vote.
  assert.match(changes, /Fyn: Middelfart flytter hertil fra Trekantsområdet; \+1 regionalt medlem/);
  assert.match(changes, /Trekantsområdet: Middelfart flytter til Fyn; −1 regionalt medlem/);
  // The council view above keeps the published membership, and says so in the panel.
  await waitFact(page, 'beregner', 20);
  // An observer: listed and present, never in the votes.
  await p.locator('#move-municipality').selectOption('420'); // Assens, of Fyn
  await p.locator('#move-kind').selectOption('observe');
  await p.locator('#move-to').selectOption('sydvestjylland');
  await p.locator('button[data-move-add]').click();
  await page.waitForFunction(() => /Assens/.test(document.getElementById('beregner').shadowRoot.querySelector('.move-list')?.textContent));
  assert.equal(await p.locator('.move-list li').count(), 2);
  none(await axe(page, '#beregner'), 'rule panel with moves and an observer');
  // Reset clears them.
  await p.locator('button[data-rule-reset]').click();
  await page.waitForFunction(() => !document.getElementById('beregner').shadowRoot.querySelector('.move-list'));
});
