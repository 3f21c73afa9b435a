// Hostile input (www/hostile.html): unknown ids and languages, overrides of
// the wrong type or size, hostile numbers, markup in every string. Each
// widget shows a clear message as text; nothing is parsed as markup; nothing
// is thrown; the normal widget on the same page keeps working.
import { test, assert, widget, waitFact, fact, chooseCouncil } from './lib.mjs';

/** What each widget of hostile.html must say (Danish; null: no error at all). */
const EXPECT = {
  'h-atlantis': /intet sundhedsråd med id «atlantis»/,
  'h-lang': null,
  'h-str': /«options» har en forkert form|Indstillingerne skal være et objekt/,
  'h-arr': /«options» har en forkert form|Indstillingerne skal være et objekt/,
  'h-num': /«options» har en forkert form|Indstillingerne skal være et objekt/,
  'h-notjson': /Indstillingerne skal være et objekt eller gyldig JSON, ikke «\{not json»/,
  'h-neg': /kommune «461» skal være et helt tal mellem 1 og 10\.000\.000, ikke «-5»/,
  'h-huge': /kommune «461» skal være et helt tal/,
  'h-frac': /kommune «461» skal være et helt tal.*«0\.5»/,
  'h-dup': /«0?461 ?»/,
  'h-deep': /«rule(\.rule)*»/,
  'h-long': /intet sundhedsråd med id «x{60}…»/,
  'h-markup-raad': /id «<img src=x onerror=window\.__pwned=1>»/,
  'h-markup-script': /id «<script>window\.__pwned=2<\/script>»/,
  'h-markup-code': /kommunekode «<img src=x onerror=window\.__pwned=3>»/,
  'h-markup-pool': /Puljen «<script>window\.__pwned=4<\/script>»/,
  'h-markup-value': /ikke «<img src=x onerror=window\.__pwned=5>»/,
  'h-markup-edition': /Udgaven «<b>fed<\/b><img src=x onerror=window\.__pwned=6>»/,
  'h-option': /Indstillingen «colour» kendes ikke/,
  'h-key': /Fordelingsnøglen mangler sundhedsråd: vendsyssel/,
  'h-rule': /Stemmereglen kan ikke bruges: «threshold»/,
  'h-year': /Året 2099 ligger uden for datagrundlaget/,
  'h-many': null,
  'h-prop': null,
  normal: null,
};

/** Every widget's state, and anything markup-made anywhere. */
function state(page) {
  return page.evaluate(() => {
    const out = {};
    for (const e of document.querySelectorAll('sundhedsraad-beregner')) {
      const r = e.shadowRoot;
      const errs = [...r.querySelectorAll('.error, .crash')];
      out[e.id] = {
        errors: errs.map((x) => ({ role: x.getAttribute('role'), text: x.textContent.replace(/\s+/g, ' ').trim() })),
        members: r.querySelector('dd[data-fact=members]')?.textContent ?? null,
        lang: r.querySelector('.sr')?.getAttribute('lang') ?? null,
        markup: r.querySelectorAll('img, script, b, iframe, object, embed').length,
        select: !!r.querySelector('select#raad'),
      };
    }
    return { widgets: out, pwned: window.__pwned ?? null, lightImgs: document.querySelectorAll('img, script:not([type=module])').length };
  });
}

async function setOverrides(page, id, value) {
  return page.evaluate(([id, src]) => {
    // eslint-disable-next-line no-new-func
    const v = (0, eval)(`(${src})`);
    const t0 = performance.now();
    document.getElementById(id).overrides = v;
    return performance.now() - t0;
  }, [id, value]);
}

async function errorText(page, id) {
  await page.waitForTimeout(0);
  const s = (await state(page)).widgets[id];
  return s.errors.map((e) => `${e.role}: ${e.text}`).join(' | ');
}

test('hostile.html: each widget shows a clear message as text; the normal one works', async (t) => {
  const page = await t.open('/hostile.html');
  const s = await state(page);
  const wrong = [];
  for (const [id, want] of Object.entries(EXPECT)) {
    const w = s.widgets[id];
    if (!w) { wrong.push(`${id}: missing`); continue; }
    if (w.markup) wrong.push(`${id}: ${w.markup} element(s) made from markup`);
    if (!w.select) wrong.push(`${id}: no council select (the widget should stay usable)`);
    if (want === null) {
      if (w.errors.length) wrong.push(`${id}: unexpected message ${JSON.stringify(w.errors)}`);
      continue;
    }
    if (w.errors.length !== 1) { wrong.push(`${id}: ${w.errors.length} messages ${JSON.stringify(w.errors)}`); continue; }
    const e = w.errors[0];
    if (e.role !== 'alert') wrong.push(`${id}: message role ${e.role}`);
    if (!want.test(e.text)) wrong.push(`${id}: message ${JSON.stringify(e.text)} does not match ${want}`);
    if (e.text.length > 400) wrong.push(`${id}: message is ${e.text.length} characters`);
    // Bad overrides: the numbers stay, with the default options.
    if (id !== 'h-atlantis' && id !== 'h-long' && !id.startsWith('h-markup-r') && id !== 'h-markup-script' && w.members !== '20') {
      wrong.push(`${id}: members ${w.members}, expected the default council's 20`);
    }
  }
  assert.deepEqual(wrong, []);
  assert.equal(s.pwned, null, 'no handler from markup ran');
  assert.equal(s.lightImgs, 0);
  // lang="xx" falls back to Danish without a message.
  assert.equal(s.widgets['h-lang'].lang, 'da');
  assert.equal(s.widgets['h-lang'].members, '6');
  assert.equal(await widget(page, 'h-lang').getByLabel('Vælg sundhedsråd').count(), 1);
  // The normal widget on the same page.
  assert.equal(s.widgets.normal.members, '20');
  await chooseCouncil(page, 'normal', 'oestsjaelland-og-oeerne');
  await waitFact(page, 'normal', 20);
  await chooseCouncil(page, 'normal', 'hovedstaden-syd-og-vest');
  await waitFact(page, 'normal', 19);
});

test('a widget with an unknown council recovers when a council is chosen', async (t) => {
  const page = await t.open('/hostile.html');
  // The reader picks a council from the (still shown) select.
  await chooseCouncil(page, 'h-atlantis', 'aarhus');
  await waitFact(page, 'h-atlantis', 6);
  assert.equal((await state(page)).widgets['h-atlantis'].errors.length, 0);
  // And the page sets the attribute to nonsense and back.
  await page.evaluate(() => document.getElementById('normal').setAttribute('raad', '"><img src=x onerror=window.__pwned=9>'));
  await widget(page, 'normal').locator('.error[role=alert]').waitFor();
  assert.match(await errorText(page, 'normal'), /intet sundhedsråd med id «"><img src=x onerror=window\.__pwned=9>»/);
  await page.evaluate(() => document.getElementById('normal').setAttribute('raad', 'midt'));
  await waitFact(page, 'normal', 9);
  assert.equal(await errorText(page, 'normal'), '');
  // ?raad=<markup> in the address: the message quotes it as text.
  const p2 = await t.open('/?raad=%3Cimg%20src%3Dx%20onerror%3Dwindow.__pwned%3D8%3E');
  assert.match(await widget(p2).locator('.error[role=alert]').textContent(), /«<img src=x onerror=window\.__pwned=8>»/);
  assert.equal(await p2.evaluate(() => document.getElementById('beregner').shadowRoot.querySelectorAll('img').length), 0);
  assert.equal(await fact(p2, 'beregner2'), '9');
  assert.equal((await state(page)).pwned, null);
  assert.equal(await p2.evaluate(() => window.__pwned ?? null), null);
});

test('overrides property: wrong types, NaN, ±Infinity, 1e308, a throwing getter', async (t) => {
  const page = await t.open('/hostile.html');
  const cases = [
    ['"anlaeg"', /«options» har en forkert form|Indstillingerne skal være et objekt/],
    ['[1, 2, 3]', /«options» har en forkert form|Indstillingerne skal være et objekt/],
    ['42', /«options» har en forkert form|Indstillingerne skal være et objekt/],
    ['true', /«options» har en forkert form|Indstillingerne skal være et objekt/],
    ['() => 1', /Indstillingerne skal være et objekt/],
    ['{ populations: "many" }', /«populations» har en forkert form/],
    ['{ populations: [461, 1000] }', /«populations» har en forkert form/],
    ['{ populations: { 461: NaN } }', /«461».*«NaN»/],
    ['{ populations: { 461: Infinity } }', /«461» skal være et helt tal/],
    ['{ populations: { 461: -Infinity } }', /«461» skal være et helt tal/],
    ['{ populations: { 461: 1e308 } }', /«461» skal være et helt tal/],
    ['{ populations: { 461: -1 } }', /«461».*«-1»/],
    ['{ populations: { 461: 0 } }', /«461».*«0»/],
    ['{ populations: { 461: 10000001 } }', /«461» skal være et helt tal/],
    ['{ populations: { 461: "12abc" } }', /«461».*«12abc»/],
    ['{ populations: { 461: { valueOf() { return 5 } } } }', /«461»/],
    ['{ key: "størrelse" }', /«key» har en forkert form/],
    ['{ key: Object.fromEntries(["vendsyssel","limfjorden","kronjylland","horsens","aarhus","vestjylland","midt","fyn","trekantsomraadet","sydvestjylland","soenderjylland","hovedstaden","hovedstaden-syd-og-vest","hovedstaden-nord","nordsjaelland","oestsjaelland-og-oeerne","midt-og-vestsjaelland"].map((k) => [k, 0])) }', /summer til nul/],
    ['{ key: Object.fromEntries(["vendsyssel","limfjorden","kronjylland","horsens","aarhus","vestjylland","midt","fyn","trekantsomraadet","sydvestjylland","soenderjylland","hovedstaden","hovedstaden-syd-og-vest","hovedstaden-nord","nordsjaelland","oestsjaelland-og-oeerne","midt-og-vestsjaelland"].map((k) => [k, NaN])) }', /Fordelingsnøglen for «vendsyssel»/],
    ['{ official: { sundhedsraad_total: { 2027: Infinity } } }', /Beløbet i «official\.sundhedsraad_total\.2027»/],
    ['{ official: { sundhedsraad_total: { 2027: "1e308" } } }', /Beløbet i «official\.sundhedsraad_total\.2027»/],
    ['{ rule: { threshold: NaN } }', /Stemmereglen kan ikke bruges/],
    ['{ rule: { votesBelow: 0 } }', /Stemmereglen kan ikke bruges/],
    ['{ edition: 2024 }', /«edition» har en forkert form/],
  ];
  const wrong = [];
  for (const [src, want] of cases) {
    await setOverrides(page, 'h-prop', src);
    const text = await errorText(page, 'h-prop');
    if (!want.test(text)) wrong.push(`${src} → ${JSON.stringify(text)} (wanted ${want})`);
    if (!/^alert: /.test(text)) wrong.push(`${src}: not one role=alert message`);
  }
  // Valid overrides clear the message and apply.
  await setOverrides(page, 'h-prop', '{ populations: { "420": 90000 } }');
  if (await errorText(page, 'h-prop')) wrong.push(`valid overrides still show ${await errorText(page, 'h-prop')}`);
  await waitFact(page, 'h-prop', 23, 'votes'); // Assens now has 2 votes: the region gets one more seat too
  assert.deepEqual(wrong, []);
  await setOverrides(page, 'h-prop', 'undefined');
  await waitFact(page, 'h-prop', 20);
  // A getter that throws: that widget says so, the others go on.
  await page.evaluate(() => {
    try {
      document.getElementById('h-prop').overrides = { get populations() { throw new Error('getter says no'); } };
    } catch (e) { window.__thrown = e.message; }
  });
  const text = await errorText(page, 'h-prop');
  assert.ok(text.length > 0, 'a throwing getter in the overrides gives a visible message');
  assert.equal(await page.evaluate(() => window.__thrown ?? null), null, 'the setter does not throw at the page');
  await chooseCouncil(page, 'normal', 'kronjylland');
  await waitFact(page, 'normal', 10);
  assert.equal((await state(page)).pwned, null);
});

test('10,000 (and 30,000) municipality codes, by attribute and by property, fail fast and cleanly', async (t) => {
  const page = await t.open('/hostile.html');
  const r = await page.evaluate(async () => {
    const tick = () => new Promise((res) => requestAnimationFrame(() => setTimeout(res, 0)));
    const many = (n, from = 1) => ({ populations: Object.fromEntries(Array.from({ length: n }, (_, i) => [String(from + i), 1000 + i])) });
    const el = document.getElementById('h-many');
    const read = () => el.shadowRoot.querySelector('.error')?.textContent ?? '';
    const out = {};
    let t0 = performance.now();
    el.setAttribute('overrides', JSON.stringify(many(10000)));
    await tick();
    out.attr = [read(), performance.now() - t0];
    t0 = performance.now();
    el.removeAttribute('overrides');
    el.overrides = many(10000);
    await tick();
    out.prop = [read(), performance.now() - t0];
    t0 = performance.now();
    el.overrides = many(30000);
    await tick();
    out.prop30k = [read(), performance.now() - t0];
    // Valid codes, duplicated through spelling ("461", "0461").
    el.overrides = { populations: { 461: 200000, '0461': 1000 } };
    await tick();
    out.dup = [read(), 0];
    el.overrides = {};
    await tick();
    out.cleared = [read(), 0];
    return out;
  });
  for (const k of ['attr', 'prop', 'prop30k']) {
    assert.ok(r[k][0].length > 10 && r[k][0].length < 400, `${k}: message ${JSON.stringify(r[k][0])}`);
    assert.ok(r[k][1] < 2000, `${k}: took ${r[k][1].toFixed(0)} ms`);
  }
  assert.match(r.attr[0], /kommunekode «\d+»|for stor|too large/);
  assert.match(r.dup[0], /461/);
  assert.equal(r.cleared[0], '');
  await waitFact(page, 'h-many', 20);
  await waitFact(page, 'normal', 20);
});

test('markup typed into the search and population fields stays text', async (t) => {
  const page = await t.open('/hostile.html');
  const w = widget(page, 'normal');
  const find = w.getByLabel('Find sundhedsråd eller kommune');
  await find.fill('<img src=x onerror=window.__pwned=10>');
  await find.press('Enter');
  await page.waitForFunction(() => document.getElementById('normal').shadowRoot.querySelector('#find-msg').textContent.trim().length > 0);
  assert.equal(await w.locator('#find-msg').getAttribute('role'), 'status');
  await w.getByLabel('Vælg kommune').selectOption('461');
  const pop = w.getByLabel('Indbyggertal (valgfrit)');
  for (const bad of ['<script>window.__pwned=11</script>', '<img src=x onerror=window.__pwned=12>', '-5', 'NaN', 'Infinity', '1e308', '99999999999999999999999', '0', '10000001']) {
    await pop.fill(bad);
    await pop.press('Tab');
    await page.waitForFunction(() => document.getElementById('normal').shadowRoot.querySelector('#pop').getAttribute('aria-invalid') === 'true');
    assert.ok((await w.locator('#pop-err').textContent()).trim().length > 10, `#pop-err for ${bad}`);
    assert.equal(await fact(page, 'normal'), '20', `numbers stay for ${bad}`);
  }
  await pop.fill('210.000');
  await pop.press('Tab');
  await page.waitForFunction(() => document.getElementById('normal').shadowRoot.querySelector('#pop').getAttribute('aria-invalid') === 'false');
  assert.match(await w.locator('.result p[data-result="population"]').textContent(), /Med 210\.000 indbyggere får Odense 2 stemmer/);
  const s = await state(page);
  assert.equal(s.widgets.normal.markup, 0);
  assert.equal(s.pwned, null);
});

test('population input: decimals and misplaced separators are rejected, never read as another number', async (t) => {
  const page = await t.open('/');
  const w = widget(page);
  await w.getByLabel('Vælg kommune').selectOption('461');
  const pop = w.getByLabel('Indbyggertal (valgfrit)');
  const misread = [];
  for (const [typed, ok] of [['82.500', 82500], ['82 500', 82500], ['210000', 210000], ['1,5', null], ['1.5', null], ['82.500,0', null], ['8.25.00', null], ['82,5', null]]) {
    await pop.fill(typed);
    await pop.press('Tab');
    await page.waitForTimeout(30);
    const invalid = await w.locator('#pop').getAttribute('aria-invalid');
    const popLine = w.locator('.result p[data-result="population"]');
    const line = (await popLine.count()) ? (await popLine.textContent()) || '' : '';
    const read = line.match(/^Med ([\d.]+) indbyggere/)?.[1]?.replace(/\./g, '');
    if (ok === null && invalid !== 'true') misread.push(`"${typed}" accepted as ${read} inhabitants`);
    if (ok !== null && (invalid !== 'false' || Number(read) !== ok)) misread.push(`"${typed}" read as ${read} (aria-invalid ${invalid})`);
  }
  assert.deepEqual(misread, []);
});
