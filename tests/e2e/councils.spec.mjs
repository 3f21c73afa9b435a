// All 17 councils through the select: Figur 9's member counts, and figures
// that agree with each other (votes table, majority).
import { test, assert, widget, waitFact, MEMBERS, COUNCIL_IDS } from './lib.mjs';

test('the select lists the 17 councils in 4 regions', async (t) => {
  const page = await t.open('/');
  const sel = widget(page).getByLabel('Vælg sundhedsråd');
  const values = await sel.locator('option').evaluateAll((os) => os.map((o) => o.value));
  assert.deepEqual(values, COUNCIL_IDS);
  const groups = await sel.locator('optgroup').evaluateAll((gs) => gs.map((g) => g.label));
  assert.deepEqual(groups, ['Nordjylland', 'Midtjylland', 'Syddanmark', 'Østdanmark']);
});

test('every council shows its Figur 9 member count and consistent figures', async (t) => {
  const page = await t.open('/');
  const w = widget(page);
  const sel = w.getByLabel('Vælg sundhedsråd');
  const wrong = [];
  for (const id of COUNCIL_IDS) {
    await sel.selectOption(id);
    await waitFact(page, 'beregner', MEMBERS[id]);
    const f = await page.evaluate(() => {
      const r = document.getElementById('beregner').shadowRoot;
      const n = (k) => Number(r.querySelector(`dd[data-fact="${k}"]`).textContent.replace(/\D/g, ''));
      return {
        title: r.querySelector('h2').textContent,
        option: r.querySelector('#raad').selectedOptions[0].textContent,
        members: n('members'), regional: n('regional'), municipal: n('municipal'), votes: n('votes'), majority: n('majority'),
        voteRows: r.querySelectorAll('table.vote-table tbody th[scope=row]').length,
        voteSum: [...r.querySelectorAll('table.vote-table tbody tr')].reduce((s, tr) => s + Number(tr.querySelectorAll('td.num')[1].textContent), 0),
        voteTotal: Number(r.querySelectorAll('table.vote-table tfoot td.num')[1].textContent),
        muniOptions: r.querySelectorAll('#muni option:not([value=""])').length,
        svg: r.querySelectorAll('svg[role=img] .seat-r, svg[role=img] .seat-k').length,
        error: r.querySelector('.error') ? r.querySelector('.error').textContent : null,
        search: location.search,
      };
    });
    const problems = [];
    if (!f.title.endsWith(f.option)) problems.push(`title ${f.title}`);
    if (f.regional + f.municipal !== f.members) problems.push('regional + municipal ≠ members');
    if (f.voteRows !== f.municipal + 1) problems.push(`vote table has ${f.voteRows} row headers for ${f.municipal} municipalities + the region`);
    if (f.voteSum !== f.votes || f.voteTotal !== f.votes) problems.push(`vote table sums to ${f.voteSum}, total row ${f.voteTotal}, fact ${f.votes}`);
    if (f.muniOptions !== f.municipal) problems.push(`municipality select has ${f.muniOptions} options`);
    if (f.svg !== f.members) problems.push(`seat chart shows ${f.svg} seats`);
    if (!(f.regional > f.municipal) || !(f.majority > f.votes / 2)) problems.push('region majority / majority figure');
    if (f.error) problems.push(`error shown: ${f.error}`);
    if (new URLSearchParams(f.search).get('raad') !== id) problems.push(`address ${f.search}`);
    if (problems.length) wrong.push(`${id}: ${problems.join('; ')}`);
  }
  assert.deepEqual(wrong, []);
});
