// Shared helpers for the end-to-end specs: test registration, guarded pages
// (console errors, page errors, CSP violations, foreign or failed requests)
// and small readers of the widget's shadow DOM.
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';

export const registry = [];
let currentFile = '';
export function setCurrentFile(f) { currentFile = f; }

/** Registers a test. opts.timeout (ms), opts.allowConsole (RegExp[]). */
export function test(name, fn, opts = {}) {
  registry.push({ file: currentFile, name, fn, opts });
}

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** Figur 9 member counts, in the select's order. */
export const MEMBERS = {
  vendsyssel: 9, limfjorden: 16, kronjylland: 10, horsens: 10, aarhus: 6, vestjylland: 14,
  midt: 9, fyn: 20, trekantsomraadet: 11, sydvestjylland: 12, soenderjylland: 9,
  hovedstaden: 9, 'hovedstaden-syd-og-vest': 19, 'hovedstaden-nord': 19, nordsjaelland: 17,
  'oestsjaelland-og-oeerne': 20, 'midt-og-vestsjaelland': 19,
};
export const COUNCIL_IDS = Object.keys(MEMBERS);

/** Records CSP violations in every document (runs before page scripts, not subject to CSP). */
const INIT_SCRIPT = `
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__cspViolations.push(e.violatedDirective + ' ' + (e.blockedURI || '') + ' ' + (e.sourceFile || '') + ':' + e.lineNumber);
  }, true);
`;

/**
 * The per-test fixture: every context and page it hands out is guarded; at
 * the end `finish()` throws if any guard saw a problem.
 */
export class Fixture {
  constructor(browser, base, opts = {}) {
    this.browser = browser;
    this.base = base;
    this.origin = new URL(base).origin;
    this.origins = new Set([this.origin]);
    this.allowConsole = opts.allowConsole || [];
    this.contexts = [];
    this.pages = [];
    this.problems = [];
    this.requests = [];
  }

  /** Lets the pages of this test request `origin` too (a second test server). */
  allowOrigin(origin) {
    this.origins.add(new URL(origin).origin);
  }

  /** A new guarded browser context. */
  async context(options = {}) {
    const ctx = await this.browser.newContext(options);
    ctx.setDefaultTimeout(10_000);
    await ctx.addInitScript(INIT_SCRIPT);
    ctx.on('request', (r) => {
      const url = r.url();
      this.requests.push(url);
      let origin;
      try { origin = new URL(url).origin; } catch { origin = '(bad url)'; }
      if (!this.origins.has(origin)) this.problems.push(`request to another origin: ${url.slice(0, 200)}`);
    });
    ctx.on('requestfailed', (r) => {
      this.problems.push(`request failed: ${r.url().slice(0, 200)} (${r.failure() && r.failure().errorText})`);
    });
    ctx.on('response', (r) => {
      if (r.status() >= 400) this.problems.push(`HTTP ${r.status()} for ${r.url().slice(0, 200)}`);
    });
    ctx.on('page', (p) => this.#guard(p));
    this.contexts.push(ctx);
    return ctx;
  }

  #guard(page) {
    if (this.pages.includes(page)) return;
    this.pages.push(page);
    page.on('console', (m) => {
      // Errors and warnings both fail a test: a warning from the wasm glue
      // (wrong MIME type, deprecated init) is a deployment problem too.
      if (m.type() !== 'error' && m.type() !== 'warning') return;
      const text = m.text();
      if (this.allowConsole.some((re) => re.test(text))) return;
      this.problems.push(`console ${m.type()}: ${text.slice(0, 300)}`);
    });
    page.on('pageerror', (e) => this.problems.push(`page error: ${String(e && e.message).slice(0, 300)}`));
  }

  /** A new page in `ctx` (a fresh context if none), navigated to `path` and with widgets ready. */
  async open(path = '/', { ctx, contextOptions, wait = true } = {}) {
    const c = ctx || (await this.context(contextOptions));
    const page = await c.newPage();
    this.#guard(page);
    await page.goto(this.base + path);
    if (wait) await widgetsReady(page);
    return page;
  }

  /** Throws with every problem the guards recorded. */
  async finish() {
    for (const page of this.pages) {
      if (page.isClosed()) continue;
      try {
        const v = await page.evaluate(() => window.__cspViolations || []);
        for (const x of v) this.problems.push(`CSP violation: ${x}`);
      } catch { /* page navigated away or crashed: nothing to read */ }
    }
    for (const c of this.contexts) await c.close().catch(() => {});
    if (this.problems.length) {
      const uniq = [...new Set(this.problems)];
      throw new Error('guards: ' + uniq.slice(0, 10).join('\n    ') + (uniq.length > 10 ? `\n    … and ${uniq.length - 10} more` : ''));
    }
  }
}

/** Waits until every widget on the page shows its live view (or a crash box), not its prerendered markup. */
export async function widgetsReady(page) {
  await page.waitForFunction(() => {
    const els = [...document.querySelectorAll('sundhedsraad-beregner')];
    return els.length > 0 && els.every((e) => e.shadowRoot && e.shadowRoot.querySelector('div:not([data-prerendered]) > .sr, .crash'));
  }, null, { timeout: 10_000 });
}

/**
 * What a widget's shadow root shows, to compare the prerendered markup with
 * the live view: its text (runs of white space as one) and its elements as
 * `tag#id.class` in document order, without the stylesheet and the list of
 * councils shown only without JavaScript. Runs in the page.
 */
export function shadowOutline(id) {
  const root = document.getElementById(id).shadowRoot;
  const texts = [];
  const elements = [];
  const walk = (node) => {
    for (const n of node.childNodes) {
      if (n.nodeType === 3) texts.push(n.nodeValue);
      if (n.nodeType !== 1 || n.matches('style, .nojs')) continue;
      elements.push(n.localName + (n.id ? '#' + n.id : '') + [...n.classList].map((c) => '.' + c).join(''));
      // The map and voting power are drawn later, by the explore module, into
      // slots that both have.
      if (!n.matches('.map-slot, .rule-slot, .power-slot, .muni-money-slot, .money-check-slot, .find-found')) walk(n);
    }
  };
  walk(root);
  return { text: texts.join('').replace(/\s+/g, ' ').trim(), elements };
}

/** The widget host locator (Playwright locators pierce open shadow roots). */
export const widget = (page, id = 'beregner') => page.locator(`#${id}`);

/**
 * Waits until output far from the screen has caught up: the widget brings it
 * up to date when the browser is next idle after a change (js/sundhedsraad.js,
 * `patch`), one part per idle period, and idle callbacks run in the order
 * they were asked for.
 */
export async function upToDate(page) {
  // The widget draws one part per idle period, each asking for the next: a
  // chain of idle callbacks. This waits for idle periods until two in a row
  // changed nothing in any widget. After a key press Chromium may give no idle
  // period for a while (the callback then comes by its timeout): the widget's
  // own callbacks, asked for earlier with a shorter timeout, have run by then.
  await page.evaluate(async () => {
    let changes = 0;
    const seen = new MutationObserver((list) => { changes += list.length; });
    for (const el of document.querySelectorAll('sundhedsraad-beregner')) {
      if (el.shadowRoot) seen.observe(el.shadowRoot, { subtree: true, childList: true, attributes: true, characterData: true });
    }
    let quiet = 0;
    for (let i = 0; i < 10 && quiet < 2; i++) {
      const before = changes;
      // Each wait spans a frame: the widget's idle work waits for the frame of a change in
      // flight, so an idle period before that frame says nothing of what follows it.
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      const starved = await new Promise((r) => requestIdleCallback((d) => r(d.didTimeout), { timeout: 2000 }));
      seen.takeRecords().forEach(() => { changes += 1; });
      quiet = changes === before ? quiet + 1 : 0;
      if (starved) break;
    }
    seen.disconnect();
  });
}

/** The text of a fact `dd[data-fact=…]` in a widget, once the output has caught up. */
export async function fact(page, id, name = 'members') {
  await upToDate(page);
  return (await widget(page, id).locator(`dd[data-fact="${name}"]`).textContent()).trim();
}

/** Waits until a widget's fact reads `value`. */
export async function waitFact(page, id, value, name = 'members') {
  await page.waitForFunction(([id, name, value]) => {
    const dd = document.getElementById(id)?.shadowRoot?.querySelector(`dd[data-fact="${name}"]`);
    return dd && dd.textContent.trim() === String(value);
  }, [id, name, value], { timeout: 5_000 }).catch(async () => {
    const now = await page.evaluate(([id, name]) =>
      document.getElementById(id)?.shadowRoot?.querySelector(`dd[data-fact="${name}"]`)?.textContent, [id, name]);
    assert.fail(`#${id} ${name}: expected ${value}, DOM shows ${JSON.stringify(now)}`);
  });
  await upToDate(page);
}

/** Sets the council select of widget `id` by value, as a reader choosing from the list. */
export async function chooseCouncil(page, id, raad) {
  await widget(page, id).locator('select#raad').selectOption(raad);
}

/** The widget title text. */
export async function title(page, id = 'beregner') {
  return (await widget(page, id).locator('h2').first().textContent()).trim();
}

/** Runs axe; returns violations as short lines "rule (impact) target: summary". */
export async function axe(page, include) {
  // Legacy mode runs axe.run() in the page itself instead of runPartial plus a
  // blank page per call (that mode exists for cross-origin iframes; there are
  // none here), and resultTypes only trims what axe reports for passing nodes:
  // every rule still runs.
  // After the parts drawn when the browser is idle (below the votes, the pools' sums): a layout
  // that changes under axe makes it read colours from whatever moved beneath an element.
  await upToDate(page);
  // For the same reason, every part is rendered once first, as by a reader scrolling
  // down: a section the browser has not rendered yet (content-visibility: auto) has a
  // guessed height, and takes its own when axe scrolls it into view.
  await page.evaluate(async () => {
    const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    for (const host of document.querySelectorAll('sundhedsraad-beregner')) {
      for (const el of host.shadowRoot?.querySelectorAll('section, .sr-foot') || []) {
        if (getComputedStyle(el).contentVisibility !== 'auto') continue;
        el.scrollIntoView({ block: 'start' });
        await frame();
      }
    }
    scrollTo(0, 0);
    await frame();
  });
  await upToDate(page);
  let b = new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ['violations'] });
  if (include) b = b.include(include);
  const r = await b.analyze();
  return r.violations.flatMap((v) => v.nodes.map((n) =>
    `${v.id} (${v.impact}) ${JSON.stringify(n.target)}: ${n.failureSummary.replace(/\s+/g, ' ').replace(/^Fix (any|all) of the following: /, '').slice(0, 220)} | ${n.html.slice(0, 140)}`));
}

/** Asserts no violations; `state` names what was checked. */
export function none(lines, state) {
  assert.ok(lines.length === 0, `axe violations in ${state}:\n      ${[...new Set(lines)].join('\n      ')}`);
}

export { assert };
