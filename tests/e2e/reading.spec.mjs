// What readers stumble on: tables on a phone, Danish and English source
// texts, plain words for the votes, and a README whose example is true.
import { readFileSync } from 'node:fs';
import { test, assert, widget, waitFact, chooseCouncil, upToDate } from './lib.mjs';

/** Every table of widget `id`: its cells' boxes against the viewport, row heights in lines, the scroll cue. */
function tables(page, id = 'beregner') {
  return page.evaluate((id) => {
    const root = document.getElementById(id).shadowRoot;
    const vw = document.documentElement.clientWidth;
    return [...root.querySelectorAll('.table-wrap')].filter((w) => w.offsetParent).map((w) => {
      const t = w.querySelector('table');
      const inView = (c) => { const r = c.getBoundingClientRect(); return r.left >= -0.5 && r.right <= vw + 0.5; };
      const rows = [...t.rows].map((tr) => {
        const first = tr.cells[0];
        const cs = getComputedStyle(first);
        const lh = parseFloat(cs.lineHeight) || parseFloat(cs.fontSize) * 1.5;
        const pad = parseFloat(cs.paddingTop) + parseFloat(cs.paddingBottom) + 3;
        return { text: first.textContent.trim(), lines: (tr.getBoundingClientRect().height - pad) / lh, cells: [...tr.cells].map(inView) };
      });
      const scrolls = w.scrollWidth > w.clientWidth + 1;
      const hint = getComputedStyle(w, '::before').content;
      // Scrolled to the far right, the first column is still there.
      const before = w.scrollLeft;
      w.scrollLeft = w.scrollWidth;
      const stuck = [...t.rows].every((tr) => inView(tr.cells[0]) && tr.cells[0].getBoundingClientRect().left >= w.getBoundingClientRect().left - 0.5);
      w.scrollLeft = before;
      return { cls: t.className, caption: t.caption?.textContent, scrolls, hint, stuck, rows, width: t.offsetWidth, wrap: w.clientWidth };
    });
  }, id);
}

async function openMoney(page, id = 'beregner') {
  await widget(page, id).locator('.money-section').scrollIntoViewIfNeeded();
  await page.evaluate((id) => document.getElementById(id).shadowRoot.querySelectorAll('details').forEach((d) => { d.open = true; }), id);
  // The widget marks the regions that now scroll when the browser is idle after the change.
  await upToDate(page);
}

for (const width of [320, 375]) {
  test(`reading: at ${width} px every table keeps its key figures in view or shows a scroll cue, and no votes row is over 2 lines`, async (t) => {
    const ctx = await t.context({ viewport: { width, height: 800 } });
    const page = await t.open('/', { ctx });
    await waitFact(page, 'beregner', 20);
    await openMoney(page);
    const all = await tables(page);
    const votes = all.find((x) => x.cls.includes('vote-table'));
    const seats = all.find((x) => x.cls.includes('seat-table'));
    const matrix = all.find((x) => x.cls.includes('matrix'));
    assert.ok(votes && seats && matrix, JSON.stringify(all.map((x) => x.cls)));
    for (const r of votes.rows) {
      assert.ok(r.cells[0] && r.cells[1], `${width}px votes: the municipality and its share of the votes in view: ${JSON.stringify(r)}`);
      assert.ok(r.lines <= 2.05, `${width}px votes: the row ${r.text} is ${r.lines.toFixed(2)} lines high`);
    }
    if (width === 375) for (const r of seats.rows) assert.ok(r.cells.every(Boolean), `375px seats: every cell in view: ${JSON.stringify(r)} (${seats.width} in ${seats.wrap})`);
    for (const x of all) {
      const hidden = x.rows.some((r) => !r.cells.every(Boolean));
      if (hidden) assert.ok(x.scrolls && /Rul for flere kolonner/.test(x.hint), `${width}px ${x.caption}: hidden columns come with a cue (${x.hint})`);
      if (!x.scrolls) assert.equal(x.hint, 'none', `${width}px ${x.caption}: no cue when nothing scrolls`);
      assert.ok(x.rows.every((r) => r.cells[0]), `${width}px ${x.caption}: the first column is in view`);
      assert.ok(x.stuck, `${width}px ${x.caption}: the first column stays when scrolled right`);
    }
    assert.ok(matrix.rows.every((r) => r.cells[0] && r.cells[1]), `${width}px money: each pool with its first year in view`);
  });
}

test('reading: at 200 % zoom (640 CSS px) the basis column is one line per row', async (t) => {
  const ctx = await t.context({ viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 });
  const page = await t.open('/', { ctx });
  await waitFact(page, 'beregner', 20);
  const votes = (await tables(page)).find((x) => x.cls.includes('vote-table'));
  for (const r of votes.rows) assert.ok(r.lines <= 2.05, `the row ${r.text} is ${r.lines.toFixed(2)} lines high`);
  const basis = await page.evaluate(() => [...document.getElementById('beregner').shadowRoot.querySelectorAll('.vote-table td.basis')].map((td) => {
    const range = document.createRange();
    range.selectNodeContents(td);
    return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
  }));
  assert.ok(basis.every((n) => n <= 1), `lines of text per basis cell: ${basis}`);
});

test('reading: source places and notes in Danish in the Danish view and in English in the English view', async (t) => {
  const page = await t.open('/');
  await waitFact(page, 'beregner', 20);
  await waitFact(page, 'beregner2', 9);
  await openMoney(page, 'beregner');
  await openMoney(page, 'beregner2');
  const src = (id) => page.evaluate((id) => [...document.getElementById(id).shadowRoot.querySelectorAll('td.src')].map((td) => td.textContent), id);
  const da = await src('beregner');
  const en = await src('beregner2');
  assert.ok(da.length > 5 && en.length > 5);
  assert.ok(da.every((s) => !/\bsame\b|\bsection\b|\bslide\b|Table/.test(s)), da.join('\n'));
  assert.ok(da.some((s) => s.includes("KL-katalog 2025, afsnittet 'De kommunale investeringsmidler i sundhedsrådene'")), da.join('\n'));
  assert.ok(da.some((s) => s.includes('Angivet som 185,5 mio. kr. mere end i 2027.')), 'the data edition notes are back, in Danish');
  assert.ok(en.every((s) => !/\bsame\b|Tabel|Figur |afsnittet|diaset/.test(s)), en.join('\n'));
  assert.ok(en.some((s) => s.includes("the section 'De kommunale investeringsmidler i sundhedsrådene' – Stated as 185.5 mio. kr. more than in 2027.")), en.join('\n'));
  const places = await page.evaluate(async () => {
    const m = await import('/pkg/sundhedsraad.js');
    const r = m.calculate('fyn', {});
    return r.envelopes.flatMap((e) => e.years.map((y) => y.source?.place)).filter(Boolean);
  });
  assert.ok(places.length > 10 && places.every((p) => !/^same\b/.test(p)), places.join(' | '));
});

test('reading: the English view says Figure 9, Table 1 and (2 votes)', async (t) => {
  const page = await t.open('/');
  await waitFact(page, 'beregner2', 9);
  const w = widget(page, 'beregner2');
  await w.locator('details.motion > summary, .motion summary').first().click();
  await w.locator('legend', { hasText: 'København' }).waitFor();
  const text = await page.evaluate(() => document.getElementById('beregner2').shadowRoot.querySelector('.sr').innerText);
  assert.ok(!/Figur \d|Tabel \d/.test(text), text.match(/.{0,40}(Figur|Tabel) \d.{0,40}/)?.[0]);
  assert.match(text, /Figure 9/);
  assert.match(text, /København \(2 votes\)/);
  assert.ok(!/\(\d v\.\)/.test(text));
});

test('reading: populations are "not in the reform\'s sources" and the reader is told where to find them', async (t) => {
  const page = await t.open('/');
  await waitFact(page, 'beregner', 20);
  await widget(page).locator('select#muni').selectOption('461');
  await widget(page).locator('#pop-hint').waitFor();
  const text = await page.evaluate(() => document.getElementById('beregner').shadowRoot.querySelector('.sr').textContent);
  assert.ok(!/Kommunale indbyggertal er ikke offentliggjort\./.test(text), 'no false general statement');
  assert.match(text, /Reformens kilder oplyser ikke kommunernes indbyggertal\. Dem finder du hos Danmarks Statistik \(statistikbanken\.dk, tabel FOLK1A\)/);
  await widget(page, 'beregner2').locator('select#muni').selectOption('101');
  await widget(page, 'beregner2').locator('#pop-hint').waitFor();
  const en = await page.evaluate(() => document.getElementById('beregner2').shadowRoot.querySelector('.sr').textContent);
  assert.match(en, /Statistics Denmark publishes them \(statistikbanken\.dk, table FOLK1A\)/);
  assert.ok(!/Municipal populations are not published\./.test(en));
});

test('reading: the votes say in plain words why Slagelse has 2', async (t) => {
  const page = await t.open('/');
  await waitFact(page, 'beregner', 20);
  await chooseCouncil(page, 'beregner', 'midt-og-vestsjaelland');
  await waitFact(page, 'beregner', 19);
  // Where the reader reads it: innerText leaves out a section the browser has
  // not rendered yet (content-visibility: auto, far below the screen).
  await widget(page).locator('section.votes').scrollIntoViewIfNeeded();
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const text = await page.evaluate(() => document.getElementById('beregner').shadowRoot.querySelector('section.votes').innerText);
  assert.ok(!/Stemmeklasse afledt/.test(text));
  assert.match(text, /Slagelse og Næstved regnes med 2 stemmer og de øvrige kommuner med 1 stemme, fordi Figur 9's medlemstal \(19\) kun går op sådan\./);
});

test('reading: the regional seats line names Region Østdanmark, not a council called Østdanmark', async (t) => {
  const page = await t.open('/');
  await waitFact(page, 'beregner2', 9);
  await chooseCouncil(page, 'beregner', 'hovedstaden');
  await waitFact(page, 'beregner', 9);
  const da = await page.evaluate(() => document.getElementById('beregner').shadowRoot.querySelector('.sr').innerText);
  assert.ok(!/sundhedsråd Østdanmark/.test(da));
  assert.match(da, /Regionale pladser: 57 i alt for sundhedsrådene i Region Østdanmark\./);
  const en = await page.evaluate(() => document.getElementById('beregner2').shadowRoot.querySelector('.sr').innerText);
  assert.match(en, /Regional seats: 57 in all for the councils in Region Østdanmark\./);
});

/** The README's calculate() example: its code lines and the values their comments promise. */
function readmeExample() {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const section = readme.split('### Numbers without a view')[1];
  const code = section.match(/```js\n([\s\S]*?)```/)[1];
  const lines = code.split('\n').filter((l) => l.trim() && !l.startsWith('import'));
  return lines.map((l) => {
    const [expr, comment] = l.split(/;\s*\/\/\s*/);
    return { expr: expr.replace(/;$/, ''), expected: comment ?? null };
  });
}

test('reading: the README calculate() example runs and gives the values its comments show', async (t) => {
  const steps = readmeExample();
  assert.ok(steps.filter((s) => s.expected).length >= 3, JSON.stringify(steps));
  const page = await t.open('/');
  const results = await page.evaluate(async (steps) => {
    const { calculate } = await import('/pkg/sundhedsraad.js');
    const scope = { calculate };
    const out = [];
    for (const { expr, expected } of steps) {
      const decl = expr.match(/^const (\w+) = (.*)$/);
      const value = new Function(...Object.keys(scope), `return (${decl ? decl[2] : expr});`)(...Object.values(scope));
      if (decl) scope[decl[1]] = value;
      if (expected) out.push({ expr, expected, actual: JSON.parse(JSON.stringify(value)), promised: new Function(`return (${expected});`)() });
    }
    return out;
  }, steps);
  // Every key the comment shows has that value (the result may have more keys).
  const within = (promised, actual, at) => {
    if (promised !== null && typeof promised === 'object') {
      assert.ok(actual !== null && typeof actual === 'object', `${at}: ${JSON.stringify(actual)}`);
      for (const k of Object.keys(promised)) within(promised[k], actual[k], `${at}.${k}`);
    } else assert.deepEqual(actual, promised, at);
  };
  for (const r of results) within(r.promised, r.actual, `${r.expr} // ${r.expected}`);
});

test('reading: numbers right-aligned with equal decimals in each column of every table (DKFDS), Danish and English', async (t) => {
  const page = await t.open('/');
  await waitFact(page, 'beregner', 20);
  await waitFact(page, 'beregner2', 9);
  const w = widget(page);
  await w.locator('select#muni').selectOption('461');
  await w.locator('#pop').fill('210.000');
  await w.locator('#pop').press('Tab');
  await page.waitForFunction(() => document.getElementById('beregner').shadowRoot.querySelector('.muni-money-slot table'));
  await openMoney(page, 'beregner');
  await openMoney(page, 'beregner2');
  await page.waitForFunction(() => document.getElementById('beregner').shadowRoot.querySelector('.money-check-slot table'));
  const problems = await page.evaluate(() => {
    const out = [];
    for (const id of ['beregner', 'beregner2']) {
      for (const t of document.getElementById(id).shadowRoot.querySelectorAll('table')) {
        const name = `${id} ${t.caption?.textContent.slice(0, 50)}`;
        const columns = new Map();
        for (const tr of t.querySelectorAll('tbody tr, tfoot tr')) {
          [...tr.cells].forEach((c, i) => {
            if (!c.classList.contains('num')) return;
            const align = getComputedStyle(c).textAlign;
            if (align !== 'right' && align !== 'end') out.push(`${name}: column ${i} "${c.textContent}" is ${align}`);
            const m = c.textContent.trim().match(/^[−+-]?[\d.,]*\d(?:[.,](\d+))?/);
            if (!m || c.textContent.trim() === '–') return;
            // The decimal mark is ',' in Danish and '.' in English; a '.' in Danish groups thousands.
            const dec = id === 'beregner' ? (c.textContent.trim().match(/,(\d+)/)?.[1] ?? '') : (c.textContent.trim().match(/\.(\d+)(?!\d*,)/)?.[1] ?? '');
            if (!columns.has(i)) columns.set(i, new Map());
            columns.get(i).set(dec.length, c.textContent.trim());
          });
        }
        for (const [i, decs] of columns) if (decs.size > 1) out.push(`${name}: column ${i} mixes decimals: ${[...decs.values()].join(' | ')}`);
      }
    }
    return out;
  });
  assert.deepEqual(problems, []);
});
