// A Rust panic (the wasm module's __panicForTest hook) makes every widget
// show its crash message as role=alert: never a blank box, never a page error.
import { test, assert, widgetsReady } from './lib.mjs';

const PANIC_LOG = [/panic requested by a test/];

/** Triggers the panic from the page, through the same module instance as the widgets. */
async function panic(page) {
  return page.evaluate(async () => {
    await import('/pkg/sundhedsraad.js'); // the widgets' module: loaded and initialised
    const glue = await import('/pkg/sundhedsraad_beregner.js');
    try { glue.__panicForTest(); return 'returned'; } catch (e) { return `threw ${e && e.constructor && e.constructor.name}`; }
  });
}

function crashes(page) {
  return page.evaluate(() => [...document.querySelectorAll('sundhedsraad-beregner')].map((e) => {
    const r = e.shadowRoot;
    const box = r.querySelector('.crash');
    const rect = e.getBoundingClientRect();
    return {
      id: e.id,
      role: box && box.getAttribute('role'),
      text: box ? box.textContent.trim() : '',
      onlyChild: r.childElementCount === 1 && r.firstElementChild === box,
      height: rect.height,
      visible: box ? box.getBoundingClientRect().height > 0 && getComputedStyle(box).visibility !== 'hidden' : false,
    };
  }));
}

test('a panic shows the crash message in every widget', async (t) => {
  const page = await t.open('/panic.html');
  assert.equal(await page.locator('#p-da dd[data-fact=members]').textContent(), '20');
  const how = await panic(page);
  assert.match(how, /^threw /, 'the panic unwinds to the caller as an exception (the page did not see it otherwise)');
  await page.waitForFunction(() => [...document.querySelectorAll('sundhedsraad-beregner')].every((e) => e.shadowRoot.querySelector('.crash')));
  const c = await crashes(page);
  for (const w of c) {
    assert.equal(w.role, 'alert', `${w.id}: crash box role`);
    assert.ok(w.onlyChild, `${w.id}: the crash box replaces the widget`);
    assert.ok(w.visible && w.height > 10, `${w.id}: the crash box is visible (host ${w.height}px high)`);
    assert.match(w.text, /panic requested by a test/, `${w.id}: the detail names the panic`);
  }
  const by = Object.fromEntries(c.map((w) => [w.id, w.text]));
  assert.match(by['p-da'], /^Beregneren stødte på en uventet fejl/);
  assert.match(by['p-en'], /^The calculator hit an unexpected error/);
  assert.match(by['p-err'], /^Beregneren stødte på en uventet fejl/);
  assert.match(by['p-ov'], /^Beregneren stødte på en uventet fejl/);
}, { allowConsole: PANIC_LOG });

test('after a panic, new widgets and attribute changes show the crash message, without errors', async (t) => {
  const page = await t.open('/panic.html');
  await panic(page);
  await page.evaluate(() => {
    for (const e of document.querySelectorAll('sundhedsraad-beregner')) {
      e.setAttribute('raad', 'vendsyssel');
      e.setAttribute('lang', 'en');
      e.overrides = { populations: { 461: 1 } };
    }
    const el = document.createElement('sundhedsraad-beregner');
    el.id = 'p-new';
    el.setAttribute('lang', 'en');
    document.querySelector('main').append(el);
    document.getElementById('p-da').remove();
    document.querySelector('main').append(document.getElementById('p-en'));
  });
  await widgetsReady(page);
  const c = await crashes(page);
  assert.deepEqual(c.map((w) => w.id).sort(), ['p-en', 'p-err', 'p-new', 'p-ov']);
  for (const w of c) assert.ok(w.role === 'alert' && w.text.length > 20, `${w.id}: ${JSON.stringify(w)}`);
  assert.match(c.find((w) => w.id === 'p-new').text, /^The calculator hit an unexpected error/);
  // The JS API says so too, with an exception rather than a wrong answer.
  const api = await page.evaluate(async () => {
    const m = await import('/pkg/sundhedsraad.js');
    try { return `returned members ${m.calculate('fyn', {}).members.total}`; } catch (e) { return `threw ${e.constructor.name}: ${e.message}`; }
  });
  assert.match(api, /^threw|^returned members 20$/);
}, { allowConsole: PANIC_LOG });

test('a panic on the demo page: both widgets show the message', async (t) => {
  const page = await t.open('/');
  await panic(page);
  await page.waitForFunction(() => ['beregner', 'beregner2'].every((id) => document.getElementById(id).shadowRoot.querySelector('.crash[role=alert]')));
  assert.match(await page.locator('#beregner .crash').textContent(), /^Beregneren stødte på en uventet fejl/);
  assert.match(await page.locator('#beregner2 .crash').textContent(), /^The calculator hit an unexpected error/);
}, { allowConsole: PANIC_LOG });

test('the crash message speaks the language the widget speaks: en-AU is not one of them, so Danish', async (t) => {
  const page = await t.open('/panic.html');
  await panic(page);
  await page.evaluate(() => {
    for (const [id, lang] of [['p-au', 'en-AU'], ['p-gb', 'EN-gb'], ['p-eng', 'english']]) {
      const el = document.createElement('sundhedsraad-beregner');
      el.id = id;
      el.setAttribute('lang', lang);
      document.querySelector('main').append(el);
    }
  });
  await widgetsReady(page);
  const by = Object.fromEntries((await crashes(page)).map((w) => [w.id, w.text]));
  assert.match(by['p-au'], /^Beregneren stødte på en uventet fejl/, 'en-AU: the widget itself would speak Danish');
  assert.match(by['p-eng'], /^Beregneren stødte på en uventet fejl/);
  assert.match(by['p-gb'], /^The calculator hit an unexpected error/, 'en-GB is English, in any case');
}, { allowConsole: PANIC_LOG });
