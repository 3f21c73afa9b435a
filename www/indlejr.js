// The embed-code builder: pick the view (one council, the overview of all 17,
// the four regions), council, language and address parameter, see the widget
// live and copy a ready snippet (script tag and element), with a link to the
// prerendered fallback for that council and language (the council view only).
import { calculate } from "./pkg/sundhedsraad.js";

const IDS = [
  "vendsyssel", "limfjorden", "kronjylland", "horsens", "aarhus", "vestjylland", "midt", "fyn",
  "trekantsomraadet", "sydvestjylland", "soenderjylland", "hovedstaden", "hovedstaden-syd-og-vest",
  "hovedstaden-nord", "nordsjaelland", "oestsjaelland-og-oeerne", "midt-og-vestsjaelland",
];

const form = document.getElementById("builder");
const raad = document.getElementById("b-raad");
const snippet = document.getElementById("snippet");
const preview = document.getElementById("preview");
const copied = document.getElementById("copied");
const moduleUrl = new URL("pkg/sundhedsraad.js", location.href).href;

// The councils grouped by region, named as the widget names them.
const byRegion = new Map();
for (const id of IDS) {
  const c = calculate(id).council;
  if (!byRegion.has(c.region)) byRegion.set(c.region, []);
  byRegion.get(c.region).push(c);
}
for (const [region, councils] of byRegion) {
  const group = document.createElement("optgroup");
  group.label = region;
  for (const c of councils) group.append(new Option(c.name, c.id, false, c.id === "fyn"));
  raad.append(group);
}

/**
 * The element's attributes from the form, in the order they are written: the
 * overview and the regions show every council, so they take no `raad`.
 */
function attributes() {
  const data = new FormData(form);
  const view = data.get("view");
  const param = String(data.get("param") || "").trim();
  // The council from its select, which is disabled (and so not in the form data) for the other views.
  const attrs = view === "raad" ? [["raad", raad.value]] : [["view", view]];
  attrs.push(["lang", data.get("lang")]);
  if (param !== "raad") attrs.push(["url-param", param === "" ? "none" : param]);
  return attrs;
}

function escapeAttr(s) {
  return String(s).replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
}

function update() {
  const attrs = attributes();
  const element = `<sundhedsraad-beregner ${attrs.map(([k, v]) => `${k}="${escapeAttr(v)}"`).join(" ")}></sundhedsraad-beregner>`;
  snippet.textContent = `<script type="module" src="${moduleUrl}"></script>\n${element}`;
  let el = preview.querySelector("sundhedsraad-beregner");
  if (!el) {
    el = document.createElement("sundhedsraad-beregner");
    el.setAttribute("url-param", "none"); // the preview leaves this page's address alone
    preview.append(el);
  }
  const value = Object.fromEntries(attrs);
  if (value.view) el.setAttribute("view", value.view);
  else el.removeAttribute("view");
  if (value.raad) el.setAttribute("raad", value.raad);
  el.setAttribute("lang", value.lang);
  // The council's prerendered fallback (pkg/prerender/, written by `make build`);
  // the overview and the regions have none.
  raad.disabled = !value.raad;
  document.getElementById("b-raad-hint").hidden = !!value.raad;
  document.getElementById("fallback-p").hidden = !value.raad;
  document.getElementById("no-fallback").hidden = !!value.raad;
  if (value.raad) document.getElementById("fallback").href = `pkg/prerender/${value.raad}.${value.lang}.html`;
  copied.textContent = "";
}

form.addEventListener("input", update);
form.addEventListener("change", update);
form.addEventListener("submit", (e) => e.preventDefault());
document.getElementById("copy").addEventListener("click", async () => {
  try {
    await navigator.clipboard.writeText(snippet.textContent);
    copied.textContent = "Koden er kopieret.";
  } catch {
    // No clipboard (permissions, an old browser): select the code to copy by hand.
    getSelection().selectAllChildren(snippet);
    copied.textContent = "Koden er markeret: kopiér den med Ctrl+C.";
  }
});
update();
