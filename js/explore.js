// Sundhedsråd-beregneren: the parts after the first view, loaded by
// sundhedsraad.js when a page or a reader first shows them (a second wasm
// module, pkg/explore/, with its own size budget): the map of the 17
// councils, the overview of all 17 and the four regions, and voting power.
//
// Every piece of HTML comes from the wasm (src/render) and is written with the
// `write(element, html)` function sundhedsraad.js passes in, which parses it
// through the widget's one Trusted Types policy and patches in place.
import init, * as wasm from "./explore/explore_wasm.js";

export const ready = init({ module_or_path: new URL("./explore/explore_wasm_bg.wasm", import.meta.url) });

// The explore parts' stylesheet, adopted next to the widget's own; the views
// this module draws alone (oversigt, region) adopt the widget's too.
const sheets = {};
function sheet(name, css) {
  if (!sheets[name]) {
    sheets[name] = new CSSStyleSheet();
    sheets[name].replaceSync(css());
  }
  return sheets[name];
}
function adoptStyles(root, alone = false) {
  const wanted = alone ? [sheet("widget", wasm.widgetCss), sheet("explore", wasm.exploreCss)] : [sheet("explore", wasm.exploreCss)];
  const missing = wanted.filter((s) => !root.adoptedStyleSheets.includes(s));
  if (missing.length) root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...missing];
}

/**
 * The options the council view uses, as `calculate` takes them: the page's
 * overrides (attribute text or property object) with what the view's last
 * event says is in force (the reader's key, edition, rule and populations).
 */
function optionsOf(state, withPage = true) {
  let page = withPage ? state.overrides : null;
  if (typeof page === "string") {
    try { page = JSON.parse(page); } catch { page = null; }
  }
  const o = {};
  if (page && typeof page === "object" && !Array.isArray(page)) {
    for (const k of ["official", "key", "populations", "rule", "edition"]) if (page[k] !== undefined) o[k] = page[k];
  }
  if (state.key && state.key !== "custom") o.key = state.key;
  if (state.edition) {
    if (state.edition === "latest") delete o.edition;
    else o.edition = state.edition;
  }
  if (state.rule) o.rule = state.rule;
  if (state.populations) o.populations = state.populations;
  return o;
}

/**
 * Calls `f(options)` with the options the view uses. Where the model rejects
 * the page's overrides, the view shows its message and goes on without them
 * (the event's detail still says what is in force): so does this.
 */
function inForce(state, f) {
  try {
    return f(optionsOf(state));
  } catch {
    return f(optionsOf(state, false));
  }
}

/**
 * Writes a part of the council view into `slot`: `render(options)` gives its
 * HTML text under the options in force. Where the view shows no council (its
 * message says why), the part is empty.
 */
function writePart(slot, state, write, render) {
  let html = "";
  try {
    html = inForce(state, render);
  } catch {
    // No council: nothing to show here either.
  }
  write(slot, html);
}

// The rule and power sections are left out of style, layout and paint while
// far from the screen (content-visibility: auto), once their height is known:
// with a guessed one (they run from 20 to 90 em), a jump to the controls below
// them landed on the wrong place. Measured when the browser is idle after the
// first drawing; from then on the browser keeps their last rendered height.
// Measured (4× CPU): a council change repainted them, moved, in about 6 ms.
const skipped = new WeakSet();
// The widget's own idle scheduling (js/sundhedsraad.js, whenIdle: not before
// the frame of a change in flight), handed over when this module is loaded.
let whenIdle = (f) => (typeof requestIdleCallback === "function" ? requestIdleCallback(f, { timeout: 1000 }) : setTimeout(f, 200));
/** Sets how idle work is scheduled (the widget's `whenIdle`). */
export function useIdle(f) {
  whenIdle = f;
}
function skipWhenFar(slot) {
  if (skipped.has(slot)) return;
  skipped.add(slot);
  const measure = () => {
    if (!slot.isConnected) return;
    slot.style.containIntrinsicSize = `auto ${Math.ceil(slot.getBoundingClientRect().height)}px`;
    slot.classList.add("skip-far");
  };
  whenIdle(measure);
}

/** The council's CSV as a `data:` URL, for the view's download link. */
export function csvHref(state) {
  return inForce(state, (o) => wasm.csvDataUrl(state.raad || "", state.lang || "da", state.kommune || 0, o));
}

/** Writes how the council's pools add up into `slot` (after the money table). */
export function drawMoneyCheck(slot, state, write) {
  adoptStyles(slot.getRootNode());
  writePart(slot, state, write, (o) => wasm.moneyCheckHtml(state.raad || "", state.lang || "da", o));
}

/**
 * Writes the chosen municipality's illustrative part of every envelope and
 * year into `slot` ("my municipality's money"); empty without a
 * municipality or its population.
 */
export function drawMuniMoney(slot, state, write) {
  adoptStyles(slot.getRootNode());
  writePart(slot, state, write, (o) => wasm.muniMoneyHtml(state.raad || "", state.lang || "da", state.kommune || 0, o));
}

// The elements whose listeners are in place. Not an attribute: the overview
// view's redraw brings its elements' attributes to the fresh markup's.
const wired = new WeakSet();

// ---- the map ---------------------------------------------------------------

/**
 * Draws (or redraws) the map into `slot` for the widget's state
 * ({ raad, lang, overrides }), with `measure` shading the councils, and makes
 * it a keyboard control: one tab stop, the arrow keys move between councils
 * (and the chosen council's municipalities) by their position on the map,
 * Enter and Space choose. `choose({ raad } | { kommune, name })` is called
 * with the reader's choice.
 */
export function drawMap(slot, state, write, choose, measure = "") {
  adoptStyles(slot.getRootNode());
  const start = performance.now();
  write(slot, inForce(state, (o) => wasm.mapHtml(state.lang || "da", state.raad || "", measure, state.pool || "", state.year || 0, o)));
  // The first draw's script time is read by `make bench` (once: entries would pile up).
  if (wired.has(slot)) return;
  performance.measure("sundhedsraad:map", { start });
  wired.add(slot);
  slot.addEventListener("click", (e) => {
    const target = e.target.closest("[data-raad], [data-kommune]");
    if (target) pick(target, choose);
  });
  slot.addEventListener("keydown", (e) => {
    const target = e.target.closest("[data-raad], [data-kommune]");
    if (!target) return;
    if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      pick(target, choose);
      return;
    }
    const next = neighbour(slot, target, e.key);
    if (next) {
      e.preventDefault();
      for (const c of slot.querySelectorAll("[tabindex='0']")) c.setAttribute("tabindex", "-1");
      next.setAttribute("tabindex", "0");
      next.focus();
    }
  });
}

function pick(target, choose) {
  if (target.dataset.raad) choose({ raad: target.dataset.raad });
  else choose({ kommune: Number(target.dataset.kommune), name: target.dataset.name });
}

// The control nearest in the direction of the arrow key, by label position:
// the distance along the key's axis counts, the distance across it twice.
const DIRECTIONS = { ArrowRight: [1, 0], ArrowLeft: [-1, 0], ArrowDown: [0, 1], ArrowUp: [0, -1] };
function neighbour(slot, from, key) {
  const all = [...slot.querySelectorAll("[data-raad], [data-kommune]")];
  if (key === "Home") return all[0];
  if (key === "End") return all[all.length - 1];
  const dir = DIRECTIONS[key];
  if (!dir) return null;
  const x0 = Number(from.dataset.x), y0 = Number(from.dataset.y);
  let best = null, bestScore = Infinity;
  for (const el of all) {
    if (el === from) continue;
    const dx = Number(el.dataset.x) - x0, dy = Number(el.dataset.y) - y0;
    const along = dx * dir[0] + dy * dir[1];
    if (along <= 0) continue;
    const across = Math.abs(dx * dir[1] - dy * dir[0]);
    const score = along + 2 * across;
    if (score < bestScore) { best = el; bestScore = score; }
  }
  return best;
}

// ---- forgiving search --------------------------------------------------------

/**
 * Makes the council view's search field forgiving (any case, with or without
 * Danish letters or the hyphen, "Kommune" around the name, Copenhagen, the
 * start of a name): before the view's own handler, which takes exact names,
 * the reader's text is replaced by the name it finds, and `status` says what
 * was found. Then the reader is taken to it.
 */
export function forgiveSearch(root, status, lang) {
  const input = root.querySelector("#find");
  if (!input) return;
  // Written only when it changes: every write invalidates the input's style, in the change's task.
  if (input.dataset.lang !== lang) input.dataset.lang = lang;
  if (input.dataset.forgiving) return;
  input.dataset.forgiving = "1";
  // The status line holds what was found and, while the reader types, up to
  // six suggestions as buttons (forgiving, best first).
  const found = document.createElement("span");
  const suggest = document.createElement("span");
  suggest.className = "suggest";
  status.replaceChildren(found, suggest);
  let timer = 0;
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(() => showSuggestions(suggest, input), 120);
  });
  suggest.addEventListener("click", (e) => {
    const b = e.target.closest("button[data-name]");
    if (!b) return;
    input.value = b.dataset.name;
    suggest.replaceChildren();
    input.focus();
    input.dispatchEvent(new Event("change", { bubbles: true }));
  });
  input.addEventListener("change", () => {
    const name = wasm.findName(input.value);
    found.textContent = name ? wasm.foundText(name, input.dataset.lang || "da") : "";
    clearTimeout(timer); // suggestions still due from the typing are not wanted now
    suggest.replaceChildren();
    if (!name) return;
    input.value = name;
    // After the view has shown it: the municipality's part, with its result,
    // when one was found, else the council's seats ("section.muni": the map's
    // municipalities are paths of class "muni" too). The result is drawn a few
    // frames after the change; scrolling before it is there leaves it below
    // the screen on a phone.
    let frames = 0;
    const go = () => {
      const section = root.querySelector("section.muni");
      const target = root.querySelector("select#muni")?.value
        ? section?.querySelector(".result p") && section
        : root.querySelector("section.seats");
      if (!target && ++frames < 60) return requestAnimationFrame(go);
      (target || section)?.scrollIntoView({ block: "nearest" });
    };
    requestAnimationFrame(go);
  }, { capture: true });
}

/** Writes the suggestions for the field's text as buttons (text, never HTML). */
function showSuggestions(box, input) {
  const lang = input.dataset.lang || "da";
  const pairs = wasm.suggestions(input.value, lang);
  const buttons = [];
  for (let i = 0; i + 1 < pairs.length; i += 2) {
    const b = document.createElement("button");
    b.type = "button";
    b.dataset.name = pairs[i];
    b.textContent = pairs[i + 1];
    buttons.push(b);
  }
  if (!buttons.length) return box.replaceChildren();
  box.replaceChildren(lang === "en" ? " Suggestions: " : " Forslag: ", ...buttons);
}

// ---- the overview and the regions (view="oversigt" | view="region") ----------

/**
 * The widget for `view="oversigt"` (map and table of all 17 councils) or
 * `view="region"` (the four regions): the same interface as the council
 * widget (attributeChanged, setOverrides, onEvent, unmount), and
 * `setReader({ overrides, rule, populations })`: the page's overrides with
 * the reader's rule and populations to lay over them, as the council view
 * does. `init` gives them at the start, and `reset()`, called when the
 * reader drops their rule (the note's button).
 */
export class Overview {
  #root; #host; #write; #emit = () => {};
  #state; #reset;

  constructor(root, host, write, init = {}) {
    this.#root = root;
    this.#host = host;
    this.#write = write;
    this.#reset = init.reset || null;
    this.#state = {
      view: host.getAttribute("view") === "region" ? "region" : "oversigt",
      lang: langOf(host.getAttribute("lang")),
      sort: "name", descending: false, pool: "", year: 0, measure: "members",
      overrides: init.overrides, rule: init.rule || null, populations: init.populations || null,
    };
    adoptStyles(root, true);
    this.#box = document.createElement("div");
    root.replaceChildren(this.#box);
    this.#box.addEventListener("click", (e) => this.#click(e));
    this.#box.addEventListener("change", (e) => this.#change(e));
    this.#render();
  }
  #box;

  attributeChanged(name, value) {
    if (name === "lang") this.#set({ lang: langOf(value) });
    if (name === "view") this.#set({ view: value === "region" ? "region" : "oversigt" });
    if (name === "overrides") this.#set({ overrides: value });
  }

  setOverrides(value) { this.#set({ overrides: value }); }

  setReader({ overrides, rule, populations }) {
    this.#set({ overrides, rule: rule || null, populations: populations || null });
  }

  onEvent(emit) {
    this.#emit = emit;
    emit("sundhedsraad-ready", this.#detail());
  }

  unmount() { this.#box.remove(); }

  #detail() { return { view: this.#state.view, lang: this.#state.lang }; }

  #set(change) {
    Object.assign(this.#state, change);
    this.#render();
    this.#emit("sundhedsraad-change", { ...this.#detail(), changed: Object.keys(change) });
  }

  // The options in force: the page's overrides with the reader's rule and
  // populations laid over them (as sundhedsraad.js does for the council view).
  #options() {
    const s = this.#state;
    const o = optionsOf({ overrides: s.overrides });
    if (s.rule) o.rule = s.rule;
    if (s.populations) o.populations = { ...(o.populations || {}), ...s.populations };
    return o;
  }

  // Whose rule is in force, for the note's way back: the reader's over the
  // published rule ("published") or over the page's own ("page"); "" none.
  #back() {
    const s = this.#state;
    if (!s.rule) return "";
    let page = s.overrides;
    if (typeof page === "string") {
      try { page = JSON.parse(page); } catch { page = null; }
    }
    return page && typeof page === "object" && page.rule !== undefined ? "page" : "published";
  }

  #render() {
    const s = this.#state;
    const o = this.#options();
    this.#write(this.#box, wasm.overviewHtml(s.view, s.lang, s.sort, s.descending, s.pool, s.year, s.measure, o, this.#back()));
    const slot = this.#box.querySelector(".map-slot");
    if (slot) {
      drawMap(slot, { lang: s.lang, raad: "", overrides: o, pool: s.pool, year: s.year }, this.#write,
        ({ raad }) => raad && this.#open(raad), s.view === "oversigt" ? s.measure : "");
    }
  }

  // A council chosen on the map or in the table: the element shows its view.
  #open(raad) {
    this.#host.setAttribute("raad", raad);
    this.#host.setAttribute("view", "raad");
  }

  #click(e) {
    const sort = e.target.closest("[data-sort]");
    if (sort) {
      const column = sort.dataset.sort;
      const s = this.#state;
      this.#set({ sort: column, descending: s.sort === column ? !s.descending : column !== "name" });
      this.#box.querySelector(`[data-sort="${CSS.escape(column)}"]`)?.focus();
      return;
    }
    const lang = e.target.closest("[data-lang]");
    if (lang) return this.#set({ lang: lang.dataset.lang });
    if (e.target.closest("[data-rule-reset]")) {
      if (this.#reset) this.#reset();
      else this.#set({ rule: null });
      // The button goes with the note: focus the view's heading.
      this.#box.querySelector("#title-h")?.setAttribute("tabindex", "-1");
      this.#box.querySelector("#title-h")?.focus();
      return;
    }
    const link = e.target.closest("a[data-raad]");
    if (link) {
      e.preventDefault();
      this.#open(link.dataset.raad);
    }
  }

  #change(e) {
    const control = e.target.closest("[data-control]");
    if (!control) return;
    const value = control.value;
    if (control.dataset.control === "year") this.#set({ year: Number(value) });
    else this.#set({ [control.dataset.control]: value });
  }
}

function langOf(value) {
  return ["en", "en-gb", "en-us"].includes((value || "").trim().toLowerCase()) ? "en" : "da";
}

// ---- voting power -------------------------------------------------------------

// The state each power section was last drawn for (its mode switch redraws it).
const powerState = new WeakMap();

/** Writes the voting-power section for the widget's state into `slot`. */
export function drawPower(slot, state, write) {
  adoptStyles(slot.getRootNode());
  powerState.set(slot, { state, write });
  const mode = slot.dataset.mode || "each";
  writePart(slot, state, write, (o) => wasm.powerHtml(state.raad || "", state.lang || "da", mode, o));
  skipWhenFar(slot);
  if (wired.has(slot)) return;
  wired.add(slot);
  slot.addEventListener("click", (e) => {
    const b = e.target.closest("[data-power-mode]");
    if (!b) return;
    slot.dataset.mode = b.dataset.powerMode;
    const last = powerState.get(slot);
    drawPower(slot, last.state, last.write);
  });
}

// ---- the vote simulator ("Prøv en afstemning") ------------------------------------

// Per simulator box: the council it was drawn for, and the latest state.
const motions = new WeakMap();

/**
 * Draws the vote simulator into `box` (inside the council view's closed
 * `details`) while it is open: the outcome, then the stances. The reader's
 * fields are read from the form on every change, so what is shown is what is
 * counted; another council, or the reset button, starts afresh.
 */
export function drawMotion(box, state, write) {
  adoptStyles(box.getRootNode());
  const details = box.closest("details");
  const last = motions.get(box);
  const fresh = !last || last.state.raad !== state.raad;
  motions.set(box, { state, write });
  if (fresh) box.replaceChildren();
  if (details?.open) renderMotion(box, fresh);
  if (wired.has(box)) return;
  wired.add(box);
  details?.addEventListener("toggle", () => details.open && renderMotion(box, false));
  box.addEventListener("change", (e) => e.target.closest("form.stances") && renderMotion(box, false));
  box.addEventListener("submit", (e) => e.preventDefault());
  box.addEventListener("click", (e) => {
    if (!e.target.closest("[data-motion-reset]")) return;
    box.replaceChildren();
    renderMotion(box, true);
    box.querySelector("input")?.focus();
  });
}

function renderMotion(box, fresh) {
  const { state, write } = motions.get(box);
  const names = [], values = [];
  if (!fresh) {
    for (const el of box.querySelectorAll("form.stances input")) {
      if (el.type === "radio" && !el.checked) continue;
      names.push(el.name);
      values.push(el.type === "checkbox" ? (el.checked ? "on" : "") : el.value);
    }
  }
  writePart(box, state, write, (o) => wasm.motionHtml(state.raad || "", state.lang || "da", names, values, o));
}

// ---- the rule panel ("Prøv en anden regel") -----------------------------------

// Per panel: the fields as the reader typed them (null: the rule in force),
// the population file's text last used, the membership changes
// ("move:<kommunekode>:<council>" / "observe:<kommunekode>:<council>", shown
// only in the panel's comparison, never applied to the view above), the
// membership fields not yet added (same shape), and the latest state and
// callbacks.
const rulePanels = new WeakMap();

/**
 * Writes the rule panel for the widget's state into `slot`. The reader's
 * rule and populations go to `apply({ rule })` / `apply({ populations })`
 * (null: back to the page's own), which the widget shows above, and which
 * redraws this panel.
 */
export function drawRule(slot, state, write, apply) {
  adoptStyles(slot.getRootNode());
  const panel = rulePanels.get(slot) || { form: null, file: null, changes: [], draft: "" };
  Object.assign(panel, { state, write, apply });
  rulePanels.set(slot, panel);
  renderRule(slot, panel);
  if (wired.has(slot)) return;
  wired.add(slot);
  slot.addEventListener("change", (e) => {
    if (e.target.id === "pop-load") loadPopulations(slot, e.target);
    else if (e.target.closest(".rule-form")) ruleChanged(slot);
    else if (e.target.closest(".move-form")) moveDraftChanged(slot);
  });
  slot.addEventListener("submit", (e) => {
    e.preventDefault();
    if (e.target.closest(".pop-form")) usePopulations(slot, slot.querySelector("#pop-text")?.value || "");
    else if (e.target.closest(".move-form")) addMove(slot);
    else ruleChanged(slot);
  });
  slot.addEventListener("click", (e) => {
    const b = e.target.closest("button[type=button]");
    if (!b) return;
    const panel = rulePanels.get(slot);
    if (b.hasAttribute("data-rule-reset")) {
      panel.form = null;
      panel.changes = [];
      panel.draft = "";
      panel.apply({ rule: null });
      renderRule(slot, panel);
      slot.querySelector("summary")?.focus();
    } else if (b.hasAttribute("data-rule-add")) {
      panel.form = readRule(slot);
      panel.form.froms.push("");
      panel.form.votes.push(String((Number(panel.form.votes.at(-1)) || 0) + 1));
      ruleChanged(slot, panel.form);
      slot.querySelector(`#tier-from-${panel.form.froms.length}`)?.focus();
    } else if (b.dataset.ruleRemove) {
      const form = readRule(slot);
      const i = Number(b.dataset.ruleRemove) - 1;
      form.froms.splice(i, 1);
      form.votes.splice(i, 1);
      ruleChanged(slot, form);
      slot.querySelector("[data-rule-add]")?.focus();
    } else if (b.hasAttribute("data-move-add")) {
      addMove(slot);
    } else if (b.dataset.moveRemove) {
      panel.changes.splice(Number(b.dataset.moveRemove) - 1, 1);
      renderRule(slot, panel);
      slot.querySelector("[data-move-add]")?.focus();
    } else if (b.hasAttribute("data-pop-clear")) {
      panel.file = null;
      panel.apply({ populations: null });
      renderRule(slot, panel);
    }
  });
}

function renderRule(slot, panel) {
  const f = panel.form || { froms: [], votes: [], weight: "", majority: "", members: "" };
  const s = panel.state;
  const open = !!slot.querySelector("details.rule-panel")?.open;
  writePart(slot, s, panel.write, (o) => wasm.ruleHtml(s.raad || "", s.lang || "da", f.froms, f.votes, f.weight, f.majority,
    f.members, panel.changes, panel.draft, panel.file ?? undefined, open, o));
  skipWhenFar(slot);
}

/** The panel's fields as typed. */
function readRule(slot) {
  const values = (sel) => [...slot.querySelectorAll(sel)].map((el) => el.value);
  return {
    froms: ["0", ...values(".tier-from")],
    votes: values(".tier-votes"),
    weight: slot.querySelector("#rule-weight")?.value ?? "",
    majority: slot.querySelector("input[name=rule-majority]:checked")?.value ?? "",
    members: slot.querySelector("#rule-members")?.value ?? "",
  };
}

// The fields changed: the rule they make applies (none: the page's own, with
// the panel saying why).
function ruleChanged(slot, form = readRule(slot)) {
  const panel = rulePanels.get(slot);
  panel.form = form;
  panel.apply({ rule: wasm.ruleOf(form.froms, form.votes, form.weight, form.majority, form.members) });
  renderRule(slot, panel);
}

// The membership fields as the reader left them, in a change's shape.
function readMove(slot) {
  const value = (id) => slot.querySelector(`#${id}`)?.value ?? "";
  return `${value("move-kind") || "move"}:${value("move-municipality")}:${value("move-to")}`;
}

// A membership field changed: the panel offers the councils that fit.
function moveDraftChanged(slot) {
  const panel = rulePanels.get(slot);
  panel.draft = readMove(slot);
  renderRule(slot, panel);
}

// Adds the change the fields show (the panel names any problem with it).
function addMove(slot) {
  const panel = rulePanels.get(slot);
  const change = readMove(slot);
  panel.draft = change;
  if (!panel.changes.includes(change)) panel.changes.push(change);
  renderRule(slot, panel);
  slot.querySelector("[data-move-add]")?.focus();
}

function usePopulations(slot, text) {
  const panel = rulePanels.get(slot);
  panel.file = text;
  const populations = wasm.populationsOf(text);
  panel.apply({ populations: Object.keys(populations).length ? populations : null });
  renderRule(slot, panel);
}

function loadPopulations(slot, input) {
  const file = input.files?.[0];
  if (!file) return;
  file.text().then((text) => {
    const box = slot.querySelector("#pop-text");
    if (box) box.value = text;
    usePopulations(slot, text);
  });
}

/** All 17 councils and the 4 regions as plain objects (`overview()` of sundhedsraad.js). */
export function overview(options) {
  return wasm.overview(options);
}

/** Voting power in a council in both modes (`power()` of sundhedsraad.js). */
export function power(raad, options) {
  return wasm.powerOf(raad, options);
}
