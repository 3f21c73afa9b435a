// The overview of all 17 councils and the regions under another rule (issue 9):
// a rule shared by its address (`raad-regel`) or set by the page (`overrides`)
// is shown beside the published figures, with the differences in words, the
// regions' seats against their regionsråd, and the way back. Every expected
// figure is computed here from the rule and each council's published vote
// classes (Figur 9), independently of the widget's model.
import { test, assert, widget, upToDate, axe, none, COUNCIL_IDS } from './lib.mjs';

// The published rule with its second tier at 3 votes: 80,000 or more → 3.
const RULE = { tiers: [{ from: 0, votes: 1 }, { from: 80000, votes: 3 }], regionalWeight: 1, majority: 'headsAndVotes' };

/** Members, regional members and weighted votes under the heads-and-votes majority (weight 1). */
function compose(votes) {
  const n = votes.length;
  const v = votes.reduce((a, b) => a + b, 0);
  const r = Math.max(n, v) + 1;
  return { votes: v, regional: r, members: n + r, weighted: v + r };
}

/** Every council's region and its municipalities' published votes, from `calculate` under the published rule. */
async function publishedClasses(page) {
  return page.evaluate(async (ids) => {
    const m = await import('/pkg/sundhedsraad.js');
    return Object.fromEntries(ids.map((id) => {
      const c = m.calculate(id);
      return [id, { region: c.council.region, votes: c.municipalities.map((x) => ({ name: x.name, votes: x.votes })) }];
    }));
  }, COUNCIL_IDS);
}

async function overviewDrawn(page, id = 'oversigt') {
  await page.waitForFunction((id) =>
    document.getElementById(id)?.shadowRoot?.querySelectorAll('section.overview a[data-raad]').length === 17, id, { timeout: 10_000 });
}

/** A table's rows as { key: row header or council id, cells by column header text }. */
async function table(page, id, selector) {
  return page.evaluate(([id, selector]) => {
    const t = document.getElementById(id).shadowRoot.querySelector(selector);
    const heads = [...t.querySelectorAll('thead th')].map((th) => th.textContent.trim());
    return [...t.querySelectorAll('tbody tr')].map((tr) => {
      const cells = [...tr.children].map((c) => c.textContent.trim());
      const key = tr.querySelector('th a[data-raad]')?.dataset.raad || cells[0];
      return { key, cells: Object.fromEntries(heads.map((h, i) => [h, cells[i]])) };
    });
  }, [id, selector]);
}

const num = (text) => Number(text.replace(/\./g, '').replace(/,/g, ''));

test('overview-rule: a rule in the address is shown beside the published figures, in words, against the regionsråd; Danish and English, axe', async (t) => {
  const page = await t.open('/oversigt.html?raad-regel=' + encodeURIComponent(JSON.stringify(RULE)));
  await overviewDrawn(page);
  const classes = await publishedClasses(page);
  const note = widget(page, 'oversigt').locator('#rule-in-force');
  assert.match(await note.textContent(), /Beregnet med en anden regel end den offentliggjorte: kommunerne har stemmer efter indbyggertal \(under 80\.000 indbyggere: 1 stemme; 80\.000 eller flere: 3 stemmer\)/);

  // Every council: its figures under the tried rule and under the published one.
  const rows = await table(page, 'oversigt', 'section.overview table');
  assert.equal(rows.filter((r) => COUNCIL_IDS.includes(r.key)).length, 17);
  for (const raad of COUNCIL_IDS) {
    const row = rows.find((r) => r.key === raad).cells;
    const published = compose(classes[raad].votes.map((m) => m.votes));
    const tried = compose(classes[raad].votes.map((m) => (m.votes === 2 ? 3 : 1)));
    assert.equal(num(row['Medlemmer (anden regel)']), tried.members, `${raad}: members, tried rule`);
    assert.equal(num(row['Medlemmer (offentliggjort regel)']), published.members, `${raad}: members, published rule`);
    assert.equal(num(row['Regionale medlemmer (anden regel)']), tried.regional, `${raad}: regional members`);
    assert.equal(num(row['Regionale medlemmer (offentliggjort regel)']), published.regional, raad);
    assert.equal(num(row['Kommunernes stemmer (anden regel)']), tried.votes, raad);
    assert.equal(num(row['Vægtede stemmer (anden regel)']), tried.weighted, raad);
    assert.equal(num(row['Vægtede stemmer (offentliggjort regel)']), published.weighted, raad);
    // The difference in words: the regional members and each two-vote municipality.
    const words = row['Forskel fra den offentliggjorte regel'];
    const d = tried.regional - published.regional;
    if (d === 0) assert.equal(words, 'Ingen ændring', raad);
    else assert.ok(words.startsWith(`+${d} ${d === 1 ? 'regionalt medlem' : 'regionale medlemmer'}`), `${raad}: ${words}`);
    for (const m of classes[raad].votes.filter((x) => x.votes === 2)) assert.ok(words.includes(`${m.name}: 2 → 3 stemmer`), `${raad}: ${words}`);
  }
  assert.equal(rows.find((r) => r.key === 'fyn').cells['Forskel fra den offentliggjorte regel'], '+1 regionalt medlem; Odense: 2 → 3 stemmer');

  // The regions, in both widgets of the page: seats under each rule against the regionsråd (L 214).
  for (const id of ['oversigt', 'regioner-beregner']) {
    const regions = await table(page, id, 'table.regions-table');
    assert.equal(regions.length, 4);
    for (const { key, cells } of regions) {
      const of = COUNCIL_IDS.filter((raad) => classes[raad].region === key);
      const tried = of.reduce((s, raad) => s + compose(classes[raad].votes.map((v) => (v.votes === 2 ? 3 : 1))).regional, 0);
      const published = of.reduce((s, raad) => s + compose(classes[raad].votes.map((v) => v.votes)).regional, 0);
      assert.equal(num(cells['Regionale pladser i sundhedsrådene (anden regel)']), tried, `${id} ${key}`);
      assert.equal(num(cells['Regionale pladser i sundhedsrådene (offentliggjort regel)']), published, `${id} ${key}`);
      const law = num(cells['Regionsrådets medlemmer, lov (L 214)']);
      assert.equal(num(cells['Pladser ud over regionsrådets medlemmer (L 214)']), Math.max(0, tried - law), `${id} ${key}: beyond`);
    }
  }
  // The CSV has the published rule's columns.
  const href = await widget(page, 'oversigt').locator('a.csv').getAttribute('href');
  assert.ok(decodeURIComponent(href).includes('medlemmer (offentliggjort regel)'), 'CSV with the what-if columns');
  none(await axe(page, '#oversigt'), 'overview under another rule, Danish');
  none(await axe(page, '#regioner-beregner'), 'regions under another rule, Danish');

  await widget(page, 'oversigt').locator('button[data-lang="en"]').click();
  await page.waitForFunction(() => document.getElementById('oversigt').shadowRoot.querySelector('#rule-in-force')?.textContent.includes('Computed with another rule'));
  const en = await table(page, 'oversigt', 'section.overview table');
  assert.equal(en.find((r) => r.key === 'fyn').cells['Difference from the published rule'], '+1 regional member; Odense: 2 → 3 votes');
  none(await axe(page, '#oversigt'), 'overview under another rule, English');

  // Back to the published rule: the note and the address's rule go, Figur 9's 20 for Fyn again.
  await widget(page, 'oversigt').locator('#rule-in-force button[data-rule-reset]').click();
  await page.waitForFunction(() => !document.getElementById('oversigt').shadowRoot.querySelector('#rule-in-force'));
  assert.equal(new URL(page.url()).searchParams.get('raad-regel'), null);
  const back = await table(page, 'oversigt', 'section.overview table');
  assert.equal(num(back.find((r) => r.key === 'fyn').cells['Members (computed)']), 20);
}, { timeout: 60_000 });

test('overview-rule: a rule the page sets is named with no button; one that needs populations names them', async (t) => {
  const page = await t.open('/oversigt.html');
  await overviewDrawn(page);
  await page.evaluate((rule) => { document.getElementById('regioner-beregner').overrides = { rule }; }, RULE);
  const note = widget(page, 'regioner-beregner').locator('#rule-in-force');
  await note.waitFor();
  assert.match(await note.textContent(), /Reglen er sat af siden, der viser beregneren\./);
  assert.equal(await note.locator('button').count(), 0);
  // A tier from 50,000 splits the class "under 80,000": those municipalities are named, the published figures shown.
  const split = { tiers: [{ from: 0, votes: 1 }, { from: 50000, votes: 2 }] };
  await page.evaluate((rule) => { document.getElementById('oversigt').overrides = { rule }; }, split);
  await page.waitForFunction(() => /kan disse kommuner ikke placeres uden et indbyggertal: .*Assens/.test(
    document.getElementById('oversigt').shadowRoot.querySelector('#rule-in-force')?.textContent));
  await upToDate(page);
  const rows = await table(page, 'oversigt', 'section.overview table');
  assert.equal(num(rows.find((r) => r.key === 'fyn').cells['Medlemmer (beregnet)']), 20, 'the published figures meanwhile');
  none(await axe(page, '#oversigt'), 'overview, a rule that needs populations');
});
