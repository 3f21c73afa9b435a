// The embed-code builder: pick council, language and address parameter, see
// the widget live and copy a ready snippet (script tag and element), with a
// link to the prerendered fallback for that council and language.
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

/** The element's attributes from the form, in the order they are written. */
function attributes() {
  const data = new FormData(form);
  const param = String(data.get("param") || "").trim();
  const attrs = [["raad", data.get("raad")], ["lang", data.get("lang")]];
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
  for (const [k, v] of attrs) if (k !== "url-param") el.setAttribute(k, v);
  // The prerendered fallback for the element (pkg/prerender/, written by `make build`).
  document.getElementById("fallback").href = `pkg/prerender/${attrs[0][1]}.${attrs[1][1]}.html`;
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
