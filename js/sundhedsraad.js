// Sundhedsråd-beregneren: the one module a page loads.
//
//   <script type="module" src=".../sundhedsraad.js"></script>
//   <sundhedsraad-beregner raad="fyn" lang="da"></sundhedsraad-beregner>
//
// Defines the custom element and exports calculate(raad, options).
// No cookies, no storage, no requests but this module's own files.
import init, { mount, calculate as wasmCalculate, setPanicHandler, setPatcher } from "./sundhedsraad_beregner.js";

const live = new Set();
// Elements whose view the wasm has mounted (the rest show nothing or their prerendered markup).
const mounted = new WeakSet();
let crashed = null;

const CRASH = {
  da: "Beregneren stødte på en uventet fejl og er stoppet. Genindlæs siden.",
  en: "The calculator hit an unexpected error and has stopped. Reload the page.",
};

// Shown where the page's Content-Security-Policy refuses the widget's Trusted
// Types policy: the widget cannot write its tables, and the editor can fix it.
const REFUSED = {
  da: "Sidens sikkerhedspolitik (Content-Security-Policy) tillader ikke beregnerens Trusted Types-politik. Sidens redaktør kan tilføje »trusted-types sundhedsraad«.",
  en: "The page's Content-Security-Policy does not allow the calculator's Trusted Types policy. The page's editor can add \"trusted-types sundhedsraad\".",
};

function showCrash(el, detail, texts = CRASH) {
  const root = el.shadowRoot;
  if (!root) return;
  // The languages the widget itself accepts (Lang::parse); anything else is Danish.
  const lang = ["en", "en-gb", "en-us"].includes((el.getAttribute("lang") || "").trim().toLowerCase()) ? "en" : "da";
  const box = document.createElement("div");
  box.className = "crash";
  box.setAttribute("role", "alert");
  box.textContent = texts[lang];
  if (detail) {
    const small = document.createElement("small");
    small.textContent = " (" + String(detail).slice(0, 200) + ")";
    box.append(small);
  }
  // Where the widget never started (its module or wasm failed to load), the
  // prerendered figures stay readable under the message.
  if (!mounted.has(el) && root.querySelector(".sr")) root.prepend(box);
  else root.replaceChildren(box);
}

// A value whose reading throws (a getter, a proxy) must not throw inside the
// wasm: such a value is passed on as text, which the widget rejects with a message.
function readable(value) {
  try {
    JSON.stringify(value);
    return value;
  } catch (e) {
    return "(" + (e && e.message) + ")";
  }
}

// Trusted Types: every piece of HTML the widget writes is parsed here, through
// one named policy. A page that enforces Trusted Types allows it by name:
//   Content-Security-Policy: require-trusted-types-for 'script'; trusted-types sundhedsraad
// The policy passes the text on unchanged because the text is the widget's own
// rendering (src/render), where every value from data or page input is
// escaped; no page input reaches it unescaped. A page whose policy list leaves
// the name out gets a message saying what to add, not a silent empty widget.
const POLICY = "sundhedsraad";
let policy = null;
let policyError = null;
if (globalThis.trustedTypes?.createPolicy) {
  try {
    policy = trustedTypes.createPolicy(POLICY, { createHTML: (html) => html });
  } catch (e) {
    policyError = e && e.message;
  }
}

// Brings `live`'s children to the HTML text `html`: replaced `whole` (controls,
// whose chosen state comes from the markup), or touching only what differs:
// then a change costs the style, layout and paint of the cells that change,
// and scroll position and selection stay.
function patch(live, html, whole) {
  changing();
  if (!whole && farFromScreen(live)) {
    later.set(live, html);
    laterWhenIdle();
    return;
  }
  later.delete(live);
  apply(live, html, whole);
}

// The text each element shows (what it was last patched to): the same text
// again is no change, and is not parsed and compared again; for controls
// replaced whole, only while they still show what their markup says.
const shown = new WeakMap();

function apply(live, html, whole) {
  if (shown.get(live) === html && (!whole || showsMarkup(live))) return;
  const t = document.createElement("template");
  try {
    t.innerHTML = policy ? policy.createHTML(html) : html;
  } catch (e) {
    // Refused only where the page enforces Trusted Types without our policy.
    if (policyError !== null) showCrash(live.getRootNode().host, policyError, REFUSED);
    throw e;
  }
  if (whole) live.replaceChildren(t.content);
  else sync(live, t.content);
  shown.set(live, html);
  laterScrollStops(live.getRootNode());
}

// Whether the controls in `el` (and `el`, if a select) are as their markup
// sets them: no option chosen, no field typed since. Then the same markup
// again would put back just what is there (a change of key left the list of
// municipalities replaced, style, layout and all).
function showsMarkup(el) {
  for (const s of [el, ...el.querySelectorAll("select")]) {
    if (s.tagName !== "SELECT") continue;
    const marked = [...s.options].findLast((o) => o.defaultSelected) || s.options[0];
    if (marked && !marked.selected) return false;
  }
  for (const i of el.querySelectorAll("input, textarea")) {
    if (i.value !== i.defaultValue || i.checked !== i.defaultChecked) return false;
  }
  return true;
}

// Output below (or above) the screen is brought up to date when it comes
// within a tenth of a screen of it, or as soon as the browser is idle,
// whichever is first; never in the frame of the change. A change of council
// then costs the parse, style and layout of what the reader sees: the votes
// and money tables below the fold wait (for a frame or two: the browser is
// idle right after the change). Before printing, everything is brought up to
// date. A wider margin (half a screen) put the votes table, just below the
// fold, into the change's frame: about 10 ms more at 4x CPU (traced).
// Controls are not deferred: what the reader (or a script of the page) finds
// in them must follow the change at once.
const later = new Map();
const near = new WeakMap();
// Per shadow root, the last word on each kind of section (its class): a
// section built anew (the view rebuilt for another language) sits where the
// old one of its kind sat, so until its own first word it is taken to be as
// far from the screen as that one was.
const nearByKind = new WeakMap();
const viewport = typeof IntersectionObserver === "function"
  ? new IntersectionObserver((entries) => {
    for (const e of entries) {
      near.set(e.target, e.isIntersecting);
      const root = e.target.getRootNode();
      if (!nearByKind.has(root)) nearByKind.set(root, new Map());
      nearByKind.get(root).set(e.target.className, e.isIntersecting);
      if (e.isIntersecting) flushLater((el) => e.target.contains(el));
    }
  }, { rootMargin: "10% 0px" })
  : null;
const watched = new WeakSet();

function farFromScreen(live) {
  // The section is what has a box while its content is skipped (content-visibility).
  const box = live.closest("section") || live;
  if (!viewport || !live.isConnected) return false;
  if (!watched.has(box)) {
    watched.add(box);
    viewport.observe(box);
    // Not known yet: up to date now, unless its kind was far from the screen
    // (the observer's first word on it follows within a frame either way).
    return nearByKind.get(box.getRootNode())?.get(box.className) === false;
  }
  return near.get(box) === false;
}

// One section after another while the browser has time, at least one per
// call: flushed all at once (the money tables are the largest part) the task
// could hold up the reader's next change by a frame or more.
let idle = 0;
function laterWhenIdle() {
  if (idle) return;
  const run = (deadline) => {
    idle = 0;
    for (const [el, html] of later) {
      later.delete(el);
      if (el.isConnected) apply(el, html, false);
      if (!deadline || deadline.timeRemaining() < 10) break;
    }
    if (later.size) laterWhenIdle();
  };
  idle = whenIdle(run);
}

function flushLater(which) {
  for (const [el, html] of [...later]) {
    if (!which(el)) continue;
    later.delete(el);
    if (el.isConnected) apply(el, html, false);
  }
}
addEventListener("beforeprint", () => flushLater(() => true));

// Reading scroll widths needs a layout: done once, when the browser is idle
// after the frame that shows the patches (its layout is then fresh and free
// to read), for every root patched before it. Read at the start of that frame
// instead, it forced the layout early and its writes made the frame lay out
// twice more; read in a task right after it, it held up whatever the page
// does next by a layout.
const pendingStops = new Set();
function laterScrollStops(root) {
  if (pendingStops.size === 0) {
    whenIdle(() => {
      for (const r of pendingStops) scrollStops(r);
      pendingStops.clear();
    });
  }
  pendingStops.add(root);
}

// A table region is a tab stop (and a named region) only while it scrolls
// sideways: then a keyboard reader needs it to scroll; otherwise it would be
// an empty stop. The rendering marks every wrapper; this keeps the marks
// where they are needed, after each patch and each resize.
function scrollStops(root) {
  for (const w of root.querySelectorAll(".table-wrap")) {
    const label = w.dataset.label || w.getAttribute("aria-label");
    if (label && w.dataset.label !== label) w.dataset.label = label;
    const scrolls = w.scrollWidth > w.clientWidth + 1;
    // Attributes written only when they change: an unchanged write still
    // invalidates style, and this runs in every frame that follows a patch.
    setOrRemove(w, "tabindex", scrolls ? "0" : null);
    setOrRemove(w, "role", scrolls ? "region" : null);
    setOrRemove(w, "aria-label", scrolls ? label || null : null);
  }
}

function setOrRemove(el, name, value) {
  if (value === null) {
    if (el.hasAttribute(name)) el.removeAttribute(name);
  } else if (el.getAttribute(name) !== value) {
    el.setAttribute(name, value);
  }
}

// What scrollStops keeps on a table's wrapper (only while it scrolls): the
// patch leaves these to it, rather than setting them from the markup before
// each frame for scrollStops to take away after it. The markup's label goes
// to data-label, where scrollStops reads it.
const SCROLL_STOP = new Set(["tabindex", "role", "aria-label", "data-label"]);
const NONE = new Set();

// A wrapper's label from the markup: for scrollStops, and at once where it is in force.
function keepLabel(wrap, label) {
  if (label === null) return;
  if (wrap.dataset.label !== label) wrap.dataset.label = label;
  if (wrap.hasAttribute("aria-label") && wrap.getAttribute("aria-label") !== label) wrap.setAttribute("aria-label", label);
}

function sync(live, fresh) {
  let o = live.firstChild;
  let n = fresh.firstChild;
  while (n) {
    const next = n.nextSibling;
    if (o && o.nodeType === n.nodeType && o.nodeName === n.nodeName) {
      // An element equal to the new one, subtree and all (compared natively),
      // is left alone: a council change then walks only the branches that
      // hold a changed figure (measured: the seats section's diff about a
      // third faster at 4x CPU).
      if (o.nodeType === 1 && o.isEqualNode(n)) {
        // unchanged
      } else if (o.nodeType === 1) {
        const kept = o.classList.contains("table-wrap") ? SCROLL_STOP : NONE;
        for (const a of [...o.attributes]) if (!n.hasAttribute(a.name) && !kept.has(a.name)) o.removeAttribute(a.name);
        for (const a of n.attributes) if (!kept.has(a.name) && o.getAttribute(a.name) !== a.value) o.setAttribute(a.name, a.value);
        if (kept === SCROLL_STOP) keepLabel(o, n.getAttribute("aria-label"));
        sync(o, n);
      } else if (o.nodeValue !== n.nodeValue) {
        o.nodeValue = n.nodeValue;
      }
      o = o.nextSibling;
    } else if (o) {
      live.replaceChild(n, o);
      o = n.nextSibling;
    } else {
      live.appendChild(n);
    }
    n = next;
  }
  while (o) {
    const next = o.nextSibling;
    live.removeChild(o);
    o = next;
  }
}

// Each widget is one region of the host page, named after what it shows,
// and named apart when two show the same council in the same language
// ("… (2)"): screen-reader users get one landmark per widget, never two
// with the same name. A role or name the page set itself is kept.
function nameRegions() {
  const seen = new Map();
  for (const el of document.querySelectorAll("sundhedsraad-beregner")) {
    if (!live.has(el)) continue;
    if (!el.hasAttribute("role")) el.setAttribute("role", "region");
    if (el.hasAttribute("aria-label") && !el.hasAttribute("data-sr-named")) continue;
    const title = el.shadowRoot?.querySelector("#title-h")?.textContent || "";
    const base = "Sundhedsråd-beregneren" + (title ? ": " + title : "");
    const n = (seen.get(base) || 0) + 1;
    seen.set(base, n);
    el.setAttribute("aria-label", n === 1 ? base : `${base} (${n})`);
    el.setAttribute("data-sr-named", "");
  }
}

function onPanic(message) {
  crashed = message || "panic";
  for (const el of live) showCrash(el, crashed);
}

// Where a page shows prerendered widgets, the wasm is fetched and compiled
// after their first frame: the figures' first paint never waits for it.
const prerendered = [...document.querySelectorAll("sundhedsraad-beregner")]
  .some((el) => el.shadowRoot?.querySelector("[data-prerendered]"));
const ready = (prerendered ? afterFrame() : Promise.resolve()).then(() =>
  init({ module_or_path: new URL("./sundhedsraad_beregner_bg.wasm", import.meta.url) })).then(() => {
  setPanicHandler(onPanic);
  setPatcher(patch);
});

// The parts after the first view (the map, the overview of all 17 councils,
// the regions, voting power) live in a second module with a wasm of its own,
// fetched from this module's origin the first time one is shown.
let exploreModule = null;
let explored = null; // the module, once loaded
function explore() {
  exploreModule ||= import("./explore.js").then((m) => m.ready.then(() => {
    m.useIdle(whenIdle);
    return (explored = m);
  }));
  return exploreModule;
}
const write = (el, html) => patch(el, html, false);
const VIEWS = ["oversigt", "region"];

// The slot of class `name` inside (`append`) or after (`after`) `place`,
// made when missing; none (and an old one removed) when `place` is gone.
function slot(root, place, tag, name, where) {
  let el = where === "append" ? place?.querySelector("." + name) : place?.nextElementSibling;
  if (!el?.classList.contains(name)) {
    root.querySelector("." + name)?.remove();
    if (!place) return null;
    el = document.createElement(tag);
    el.className = name;
    if (name === "find-found") {
      el.className = "find-found hint";
      el.id = name;
      el.setAttribute("role", "status");
    } else {
      el.setAttribute("part", name.replace("-slot", ""));
    }
    place[where](el);
  }
  return el;
}

// A change in flight: from its first patch until the frame that shows it
// has been produced. The browser may find an idle period between a change's
// task and its frame; idle work done there would hold up that frame.
let changeFrame = null;
function changing() {
  changeFrame ||= afterFrame().then(() => { changeFrame = null; });
}

/**
 * Runs `f` when the browser is next idle (at the latest after half a second),
 * and not before the frame of a change in flight. Returns a true value.
 */
function whenIdle(f) {
  const run = (deadline) => (changeFrame ? changeFrame.then(() => whenIdle(f)) : f(deadline));
  if (typeof requestIdleCallback === "function") return requestIdleCallback(run, { timeout: 500 });
  return setTimeout(run, 200) || 1;
}

/** Resolves once the next frame has been produced (style, layout and paint done). */
function afterFrame() {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

class SundhedsraadBeregner extends HTMLElement {
  static observedAttributes = ["raad", "lang", "overrides", "url-param", "view"];
  #widget = null;
  #overrides = undefined;
  // What the view shows (the last event's detail), for the parts drawn by explore.js.
  #state = {};
  // Counts their redraws.
  #turn = 0;
  // The reader's what-if (the rule panel): a rule and populations, laid over
  // the page's overrides; the rule is also in the address, with url-param.
  #reader = { rule: null, populations: null };
  // The explore parts wait for a redraw that concerns them (a later change
  // may supersede the change that asked for it).
  #redraw = false;

  constructor() {
    super();
    // A page may carry the prerendered widget inside the element, as a
    // declarative shadow root (README, "Prerendered first paint"): it stays
    // on the screen until the wasm has loaded and takes it over.
    if (!this.shadowRoot) this.attachShadow({ mode: "open" });
  }

  #resize = null;
  #csv = null;

  // The view's "download as CSV" link: its data is made when clicked, by the
  // explore module (loaded after the first view; if not yet, the click waits
  // for it and is repeated).
  #downloadCsv(e) {
    const a = e.target.closest?.("a.csv:not(.static)");
    if (!a || !this.#widget || VIEWS.includes(this.getAttribute("view"))) return;
    const state = { ...this.#state, overrides: readable(this.#overrides) ?? this.getAttribute("overrides") };
    if (explored) {
      try {
        a.href = explored.csvHref(state);
      } catch (err) {
        e.preventDefault();
        showCrash(this, err && err.message);
      }
      return;
    }
    e.preventDefault();
    explore().then(() => a.click(), (err) => showCrash(this, err && err.message));
  }

  connectedCallback() {
    live.add(this);
    if (!this.#csv) {
      this.#csv = (e) => this.#downloadCsv(e);
      this.shadowRoot.addEventListener("click", this.#csv);
    }
    // Prerendered markup on the screen: the takeover waits until a frame has
    // shown it, so the first paint of the figures never waits for the wasm's work.
    ready.then(() => this.#mount(), (e) => showCrash(this, e && e.message));
    if (!this.#resize && typeof ResizeObserver === "function") {
      // Only a new width can make a table start or stop scrolling sideways
      // (new content is handled after its patch); the height changes with
      // every council, and reading widths in this frame would lay it out again.
      let width = -1;
      this.#resize = new ResizeObserver(([entry]) => {
        const w = entry.contentRect.width;
        if (w === width) return;
        width = w;
        if (this.shadowRoot) laterScrollStops(this.shadowRoot);
      });
    }
    this.#resize?.observe(this);
  }

  disconnectedCallback() {
    live.delete(this);
    mounted.delete(this);
    this.#resize?.disconnect();
    const w = this.#widget;
    this.#widget = null;
    if (w && !crashed) {
      try { w.unmount(); } catch (e) { /* the module has crashed; nothing to free */ }
    }
    if (this.shadowRoot) this.shadowRoot.replaceChildren();
  }

  attributeChangedCallback(name, old, value) {
    if (name === "view" && VIEWS.includes(old) !== VIEWS.includes(value)) {
      // Another kind of view: a mounted element starts afresh with it (one
      // not mounted yet reads the attribute when it mounts).
      if (this.#widget) this.#remount();
      return;
    }
    if (name === "overrides" && this.#readerActive()) return this.#pushOverrides();
    this.#call((w) => w.attributeChanged(name, value));
  }

  #remount() {
    if (!this.isConnected) return;
    this.disconnectedCallback();
    this.connectedCallback();
  }

  /** Official amounts, keys or populations from the page (a plain object). */
  get overrides() { return this.#overrides; }
  set overrides(value) {
    this.#overrides = value;
    if (this.#readerActive()) return this.#pushOverrides();
    this.#call((w) => w.setOverrides(readable(value)));
  }

  #readerActive() {
    return !!(this.#reader.rule || this.#reader.populations);
  }

  // The rule's parameter in the address: `<url-param>-regel` ("raad-regel"
  // by default; none with url-param="none", as the council's).
  #ruleParam() {
    const p = (this.getAttribute("url-param") ?? "raad").trim();
    return p && p !== "none" ? p + "-regel" : null;
  }

  // The reader tried a rule or supplied populations (null: back to the page's own).
  #whatIf(change) {
    Object.assign(this.#reader, change);
    this.#pushOverrides();
    const param = this.#ruleParam();
    if (param && "rule" in change) {
      const url = new URL(location.href);
      if (change.rule) url.searchParams.set(param, JSON.stringify(change.rule));
      else url.searchParams.delete(param);
      if (url.href !== location.href) history.replaceState(history.state, "", url.href);
    }
  }

  // The page's overrides with the reader's what-if laid over them.
  #pushOverrides() {
    const page = this.#overrides !== undefined ? readable(this.#overrides) : this.getAttribute("overrides");
    // The overview lays them over the page's itself (it says whose rule is in force).
    if (this.#widget?.setReader) return this.#call((w) => w.setReader({ overrides: page, ...this.#reader }));
    if (!this.#readerActive()) {
      return this.#call((w) => (this.#overrides !== undefined ? w.setOverrides(page) : w.attributeChanged("overrides", page)));
    }
    let o = page;
    if (typeof o === "string") {
      try { o = JSON.parse(o); } catch { o = null; }
    }
    const merged = o && typeof o === "object" && !Array.isArray(o) ? { ...o } : {};
    const { rule, populations } = this.#reader;
    if (rule) merged.rule = rule;
    if (populations) merged.populations = { ...(merged.populations || {}), ...populations };
    this.#call((w) => w.setOverrides(merged));
  }

  #mount() {
    if (!this.isConnected || this.#widget) return;
    if (crashed) return showCrash(this, crashed);
    if (VIEWS.includes(this.getAttribute("view"))) return this.#mountOverview();
    try {
      // The prerendered markup makes way in the same task as the wasm's
      // markup arrives (its updates run as microtasks): no frame shows neither.
      this.shadowRoot.replaceChildren();
      this.#widget = mount(this.shadowRoot, this);
      mounted.add(this);
      this.#readLinkedRule();
      if (this.#readerActive()) this.#pushOverrides();
      else if (this.#overrides !== undefined) this.#widget.setOverrides(readable(this.#overrides));
      this.#widget.onEvent((type, detail) => this.#emit(type, detail));
    } catch (e) {
      showCrash(this, e && e.message);
    }
  }

  // The reader's rule from the address (a shared scenario), if any.
  #readLinkedRule() {
    const linked = this.#ruleParam() && new URL(location.href).searchParams.get(this.#ruleParam());
    if (linked) {
      try { this.#reader.rule = JSON.parse(linked); } catch { this.#reader.rule = linked; }
    }
  }

  // view="oversigt" or "region": drawn by explore.js, with the same interface;
  // the page's overrides and the reader's rule (the address) as the council view has them.
  #mountOverview() {
    explore().then((m) => {
      if (!this.isConnected || this.#widget) return;
      // The page changed its mind while the module loaded.
      if (!VIEWS.includes(this.getAttribute("view"))) return this.#mount();
      this.#readLinkedRule();
      const overrides = this.#overrides !== undefined ? readable(this.#overrides) : this.getAttribute("overrides");
      this.#widget = new m.Overview(this.shadowRoot, this, write,
        { overrides, ...this.#reader, reset: () => this.#whatIf({ rule: null }) });
      mounted.add(this);
      this.#widget.onEvent((type, detail) => this.#emit(type, detail));
    }).catch((e) => showCrash(this, e && e.message));
  }

  // The map (in the chooser) and voting power (after the votes) are drawn by
  // explore.js into slots this module keeps in the view: the prerendered
  // markup has the same slots, so the takeover moves nothing.
  #drawExtras(changed) {
    const root = this.shadowRoot;
    if (!root) return;
    const map = slot(root, root.querySelector(".chooser"), "div", "map-slot", "append");
    const rule = slot(root, root.querySelector("section.votes"), "section", "rule-slot", "after");
    const power = slot(root, rule, "section", "power-slot", "after");
    const found = slot(root, root.querySelector("#find-msg"), "p", "find-found", "after");
    const muni = slot(root, root.querySelector("section.muni"), "section", "muni-money-slot", "after");
    const check = slot(root, root.querySelector("section.money-section"), "section", "money-check-slot", "after");
    if (!map && !power) return;
    // Neither the map, the rule nor power depends on the key, the edition or the municipality
    // (the municipality's money and the pools' sums do, and are drawn on every change: small tables).
    const redraw = !changed || changed.some((c) => !["key", "edition", "kommune"].includes(c))
      || !map.firstChild || !power?.firstChild || !rule?.firstChild;
    const state = { ...this.#state, overrides: readable(this.#overrides) ?? this.getAttribute("overrides") };
    // Nothing of these is drawn in the frame of the change: the map and the
    // municipality's money (near what the reader just chose) right after it,
    // the parts below the votes when the browser is next idle. Only the
    // latest change's drawing runs.
    this.#redraw ||= redraw;
    const turn = ++this.#turn;
    const latest = () => turn === this.#turn;
    explore().then((m) => {
      if (found?.isConnected) m.forgiveSearch(root, found, state.lang);
      afterFrame().then(() => {
        if (!latest()) return;
        if (muni?.isConnected) m.drawMuniMoney(muni, state, write);
        if (this.#redraw && map?.isConnected) m.drawMap(map, state, write, (c) => this.#choose(c));
      });
      // One part per idle period: drawn in one task, they could hold up the
      // reader's next change. A newer change leaves the rest to its own turn.
      const parts = [() => check?.isConnected && m.drawMoneyCheck(check, state, write)];
      if (this.#redraw) {
        parts.push(
          () => rule?.isConnected && m.drawRule(rule, state, write, (change) => this.#whatIf(change)),
          () => {
            const motion = root.querySelector("section.motion .motion-box");
            if (motion) m.drawMotion(motion, state, write);
          },
          () => power?.isConnected && m.drawPower(power, state, write),
          () => { this.#redraw = false; },
        );
      }
      const next = () => {
        if (!latest()) return;
        parts.shift()();
        if (parts.length) whenIdle(next);
      };
      whenIdle(next);
    }).catch((e) => console.error(e));
  }

  // A council or municipality chosen on the map: chosen through the view's
  // own controls, as a reader would, so the deep link and events follow.
  #choose({ raad, name }) {
    const root = this.shadowRoot;
    const control = raad ? root.querySelector("select#raad") : root.querySelector("#find");
    if (!control) return;
    control.value = raad || name;
    control.dispatchEvent(new Event("change", { bubbles: true }));
  }

  // Events for the host page (README, "Events"): bubbling out of the shadow
  // root. The reader's council and municipality are reflected in the `raad`
  // and `kommune` attributes, so a page can read them at any time.
  #emit(type, detail) {
    // When the browser is idle after the frame that shows the new title:
    // naming the region is no part of the change's frame.
    whenIdle(nameRegions);
    this.#state = detail;
    if (!VIEWS.includes(this.getAttribute("view"))) this.#drawExtras(type === "sundhedsraad-change" ? detail.changed : null);
    if (type === "sundhedsraad-change" && detail.raad && this.getAttribute("raad") !== detail.raad && !VIEWS.includes(this.getAttribute("view"))) {
      this.setAttribute("raad", detail.raad);
    }
    if (detail.kommune == null) this.removeAttribute("kommune");
    else this.setAttribute("kommune", String(detail.kommune));
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  #call(f) {
    if (!this.#widget || crashed) return;
    try { f(this.#widget); } catch (e) { showCrash(this, e && e.message); }
  }
}

if (!customElements.get("sundhedsraad-beregner")) {
  customElements.define("sundhedsraad-beregner", SundhedsraadBeregner);
}

await ready;

/**
 * Everything the widget computes for a council, as plain objects.
 * @param {string} raad council id, e.g. "fyn"
 * @param {object} [options] edition, key, populations, official, rule, lang
 */
export function calculate(raad, options) {
  return wasmCalculate(raad, readable(options));
}

/**
 * All 17 councils and the 4 regions as plain objects (README, "overview()").
 * Asynchronous: the first call loads the explore module.
 * @param {object} [options] rule, populations, lang (of an error's message)
 */
export async function overview(options) {
  const m = await explore();
  return m.overview(readable(options));
}

/**
 * Voting power in council `raad`: `{ each, bloc }` (README, "power()").
 * Asynchronous: the first call loads the explore module.
 * @param {string} raad council id
 * @param {object} [options] rule, populations, lang (of an error's message)
 */
export async function power(raad, options) {
  const m = await explore();
  return m.power(raad, readable(options));
}
