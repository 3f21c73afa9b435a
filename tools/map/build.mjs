#!/usr/bin/env node
// Derives the map's geometry, data/map/map.json, from the project's own copy of
// the municipality boundaries (data/geo/municipalities-2014.geojson) and the
// data edition (data/edition.toml). Reproducible: same inputs, same bytes.
//
//   node tools/map/build.mjs            write data/map/map.json
//   node tools/map/build.mjs --check    fail if data/map/map.json is not what it would write
//   node tools/map/build.mjs --preview  also write tools/map/preview.svg (not committed)
//
// Steps (see tools/map/README.md):
//  1. mapshaper: drop lau_1 411 (Christiansø), join kommunekode -> council, region
//     on lau_1 (table generated here from edition.toml), project to UTM 32N
//     (ETRS89/GRS80), drop specks of islands, simplify keeping shared borders,
//     dissolve the parts of each municipality.
//  2. here: fit the rest of Denmark into a 1000-unit-wide frame (y down), move
//     Bornholm (400) into an inset box at the frame's top right, round to integers.
//  3. mapshaper again, on the integer geometry: dissolve to councils and regions
//     (their borders are the municipalities' own vertices), interior label points.
//  4. here: write SVG path strings (absolute integer "M x y x y ... Z") and labels.

import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import mapshaper from "mapshaper";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const SOURCE = "data/geo/municipalities-2014.geojson";
const EDITION = "data/edition.toml";
const OUT = "data/map/map.json";
const PREVIEW = "tools/map/preview.svg";

// Parameters (documented in tools/map/README.md).
const PROJ = "+proj=utm +zone=32 +ellps=GRS80 +units=m";
const MIN_ISLAND_KM2 = 0.5; // islands (rings touching no other ring) below this are dropped
const SIMPLIFY = "8%"; // share of removable vertices kept (Visvalingam, weighted); see README for the measurements
const WIDTH = 1000; // frame width in map units
const MARGIN = 6; // frame margin around the rest of Denmark, in map units
const INSET_CODE = "400"; // Bornholm
const INSET_PAD = 8; // inset box padding around Bornholm, in map units
const INSET_GAP = 2; // distance of the inset box from the frame's top and right edges
const ATTRIBUTION = "Geodatastyrelsen & Danske Kommuner";

const args = new Set(process.argv.slice(2));

// The output is byte-identical only with the pinned mapshaper.
const MAPSHAPER = "0.7.70";
const msVersion = createRequire(import.meta.url)("mapshaper/package.json").version;
if (msVersion !== MAPSHAPER) {
  throw new Error(`mapshaper ${msVersion} installed, ${MAPSHAPER} pinned (npm ci)`);
}

// ---------------------------------------------------------------------------
// The edition: a strict reader for the three array tables the map needs.
// (Only `key = "string"` and `key = integer` lines are read; anything else in
// these tables is ignored, other tables are skipped.)
function readEdition(text) {
  const tables = { municipality: [], council: [], region: [] };
  let current = null;
  text.split("\n").forEach((raw, i) => {
    const line = raw.replace(/^\s+|\s+$/g, "");
    if (line === "" || line.startsWith("#")) return;
    const arr = line.match(/^\[\[([A-Za-z_]+)\]\]$/);
    if (arr) {
      current = arr[1] in tables ? {} : null;
      if (current) tables[arr[1]].push(current);
      return;
    }
    if (line.startsWith("[")) {
      current = null;
      return;
    }
    if (!current) return;
    const kv = line.match(/^([A-Za-z_]+)\s*=\s*(?:"([^"\\]*)"|(-?\d+))\s*(?:#.*)?$/);
    if (kv) current[kv[1]] = kv[2] !== undefined ? kv[2] : Number(kv[3]);
    else if (/^(code|council|region|id)\s*=/.test(line)) {
      throw new Error(`${EDITION}:${i + 1}: cannot read ${JSON.stringify(line)}`);
    }
  });
  const regions = tables.region.map((r) => r.id);
  const councils = tables.council.map((c) => ({ id: c.id, region: c.region }));
  const munis = tables.municipality.map((m) => ({ code: String(m.code), council: m.council }));
  for (const c of councils) {
    if (!regions.includes(c.region)) throw new Error(`council ${c.id}: unknown region ${c.region}`);
  }
  for (const m of munis) {
    if (!/^\d{3}$/.test(m.code)) throw new Error(`municipality code ${m.code}: not 3 digits`);
    const c = councils.find((c) => c.id === m.council);
    if (!c) throw new Error(`municipality ${m.code}: unknown council ${m.council}`);
    m.region = c.region;
  }
  if (new Set(munis.map((m) => m.code)).size !== munis.length) throw new Error("duplicate kommunekode");
  return { regions, councils, munis };
}

// ---------------------------------------------------------------------------
async function ms(commands, input) {
  const out = await mapshaper.applyCommands(commands, input);
  return out;
}

function ringArea(r) {
  let a = 0;
  for (let i = 0, j = r.length - 1; i < r.length; j = i++) a += (r[j][0] + r[i][0]) * (r[j][1] - r[i][1]);
  return a / 2;
}

function polygons(geom) {
  if (!geom) return [];
  if (geom.type === "Polygon") return [geom.coordinates];
  if (geom.type === "MultiPolygon") return geom.coordinates;
  throw new Error(`unexpected geometry ${geom.type}`);
}

function bbox(features) {
  const b = [Infinity, Infinity, -Infinity, -Infinity];
  for (const f of features)
    for (const poly of polygons(f.geometry))
      for (const ring of poly)
        for (const [x, y] of ring) {
          b[0] = Math.min(b[0], x);
          b[1] = Math.min(b[1], y);
          b[2] = Math.max(b[2], x);
          b[3] = Math.max(b[3], y);
        }
  return b;
}

// Integer ring: no closing repeat, no repeated consecutive points and no
// spikes (A B A, which rounding can make of a thin spit); null if nothing with
// an area is left.
function cleanRing(ring) {
  let pts = ring.map(([x, y]) => [x, y]);
  const same = (a, b) => a[0] === b[0] && a[1] === b[1];
  for (let changed = true; changed && pts.length > 0; ) {
    changed = false;
    const n = pts.length;
    for (let i = 0; i < n; i++) {
      const prev = pts[(i + n - 1) % n];
      const next = pts[(i + 1) % n];
      if (same(pts[i], next) || (n > 2 && same(prev, next))) {
        pts.splice(i, 1);
        changed = true;
        break;
      }
    }
  }
  if (pts.length < 3 || ringArea(pts) === 0) return null;
  return pts;
}

function pathD(geom) {
  let d = "";
  for (const poly of polygons(geom))
    for (const ring of poly) {
      const pts = cleanRing(ring);
      if (!pts) continue;
      for (const [x, y] of pts) {
        if (!Number.isInteger(x) || !Number.isInteger(y)) throw new Error(`non-integer vertex ${x},${y}`);
      }
      d += "M" + pts.map(([x, y]) => `${x} ${y}`).join(" ") + "Z";
    }
  return d;
}

// Even-odd point in polygon; "edge" if p lies on a segment.
function locate(p, geom) {
  let inside = false;
  for (const poly of polygons(geom))
    for (const ring of poly)
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i];
        const [xj, yj] = ring[j];
        const cross = (xj - xi) * (p[1] - yi) - (yj - yi) * (p[0] - xi);
        if (cross === 0 && Math.min(xi, xj) <= p[0] && p[0] <= Math.max(xi, xj) && Math.min(yi, yj) <= p[1] && p[1] <= Math.max(yi, yj)) return "edge";
        if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) inside = !inside;
      }
  return inside ? "inside" : "outside";
}

// mapshaper's interior point, rounded to integers; nudged to a neighbouring
// integer point if rounding put it on or across the outline.
function labelPoint(pt, geom, name) {
  const [x, y] = pt.map(Math.round);
  for (let r = 0; r <= 3; r++)
    for (let dy = -r; dy <= r; dy++)
      for (let dx = -r; dx <= r; dx++) {
        if (Math.max(Math.abs(dx), Math.abs(dy)) !== r) continue;
        if (locate([x + dx, y + dy], geom) === "inside") return [x + dx, y + dy];
      }
  throw new Error(`${name}: no integer interior point near ${pt}`);
}

// ---------------------------------------------------------------------------
async function build() {
  const edition = readEdition(readFileSync(join(ROOT, EDITION), "utf8"));
  const source = readFileSync(join(ROOT, SOURCE), "utf8");
  const csv = "kode,council,region\n" + edition.munis.map((m) => `${m.code},${m.council},${m.region}`).join("\n") + "\n";

  // 1. Clean, join, project, simplify, dissolve parts into municipalities.
  const pass1 = await ms(
    [
      "-i src.geojson name=muni",
      `-filter 'lau_1 != "411"'`,
      "-join kode-council.csv keys=lau_1,kode field-types=kode:str,council:str,region:str",
      `-proj ${PROJ}`,
      `-filter-islands min-area=${MIN_ISLAND_KM2}km2`,
      `-simplify ${SIMPLIFY} keep-shapes`,
      "-dissolve lau_1 copy-fields=council,region",
      "-o muni.json format=geojson",
    ].join(" "),
    { "src.geojson": source, "kode-council.csv": csv },
  );
  const muni = JSON.parse(pass1["muni.json"]).features;
  const geoCodes = muni.map((f) => f.properties.lau_1).sort();
  const edCodes = edition.munis.map((m) => m.code).sort();
  if (geoCodes.join() !== edCodes.join()) {
    throw new Error(`kommunekoder differ: geometry ${geoCodes.join(" ")} vs edition ${edCodes.join(" ")}`);
  }
  for (const f of muni) {
    const m = edition.munis.find((m) => m.code === f.properties.lau_1);
    if (f.properties.council !== m.council || f.properties.region !== m.region) {
      throw new Error(`join failed for ${m.code}: ${JSON.stringify(f.properties)}`);
    }
  }

  // 2. Frame and inset. The frame is fitted to the rest of Denmark; Bornholm is
  // shifted (in metres, at the same scale) so that it lands in the inset box.
  const inset = muni.filter((f) => f.properties.lau_1 === INSET_CODE);
  const main = muni.filter((f) => f.properties.lau_1 !== INSET_CODE);
  const [x0, y0, x1, y1] = bbox(main);
  const scale = (WIDTH - 2 * MARGIN) / (x1 - x0); // map units per metre
  const height = Math.ceil((y1 - y0) * scale + 2 * MARGIN);
  const [bx0, by0, bx1, by1] = bbox(inset);
  const boxW = Math.ceil((bx1 - bx0) * scale + 2 * INSET_PAD);
  const boxH = Math.ceil((by1 - by0) * scale + 2 * INSET_PAD);
  const box = [WIDTH - INSET_GAP - boxW, INSET_GAP, boxW, boxH];
  const dx = (box[0] + INSET_PAD - MARGIN) / scale + x0 - bx0;
  const dy = y1 - by1 - (box[1] + INSET_PAD - MARGIN) / scale;
  for (const f of inset) {
    f.geometry.coordinates = polygons(f.geometry).map((poly) => poly.map((ring) => ring.map(([x, y]) => [x + dx, y + dy])));
    f.geometry.type = "MultiPolygon";
  }
  const toFrame = ([x, y]) => [MARGIN + (x - x0) * scale, MARGIN + (y1 - y) * scale];
  // Rounded to integers; a ring that rounding collapses is dropped (a polygon
  // whose outer ring collapses is dropped whole).
  const roundGeom = (geom, t) => {
    const polys = [];
    for (const poly of polygons(geom)) {
      const rings = poly.map((ring) => cleanRing(ring.map((p) => t(p).map(Math.round))));
      if (rings[0]) polys.push(rings.filter(Boolean).map((r) => [...r, r[0]]));
    }
    return { type: "MultiPolygon", coordinates: polys };
  };
  const fc = (features) => JSON.stringify({ type: "FeatureCollection", features });
  const run = async (input, cmds) => JSON.parse(Object.values(await ms(`-i m.json name=m ${cmds} -o out.json format=geojson`, { "m.json": input }))[0]).features;
  const integral = (features) => features.every((f) => polygons(f.geometry).flat(3).every(Number.isInteger));

  // 3. Round to the frame's integer grid. Where outlines that do not share a
  // border run within a unit of each other (e.g. at Nymindegab, where Holmsland
  // Klit meets Varde), rounding can make them cross. mapshaper -clean cuts such
  // crossings (overlaps go to the larger shape); its new vertices are rounded
  // in turn, until -clean has nothing left to cut.
  let munis = muni.map((f) => ({ ...f, geometry: roundGeom(f.geometry, toFrame) }));
  for (let round = 0; ; round++) {
    if (round === 5) throw new Error("rounding and -clean do not settle");
    const cleaned = await run(fc(munis), "-clean");
    if (cleaned.length !== munis.length) throw new Error(`-clean left ${cleaned.length} municipalities`);
    if (integral(cleaned)) {
      munis = cleaned;
      break;
    }
    munis = cleaned.map((f) => ({ ...f, geometry: roundGeom(f.geometry, (p) => p) }));
  }
  for (const f of munis) f.geometry = roundGeom(f.geometry, (p) => p);

  // 4. Councils, regions and label points, dissolved from the integer
  // municipalities (so their outlines are the municipalities' own vertices).
  const input = fc(munis);
  const councils = await run(input, "-dissolve council copy-fields=region");
  const regions = await run(input, "-dissolve region");
  const muniPts = await run(input, "-points inner");
  // A council's or region's label goes into its part on the mainland map, not
  // into the inset (Bornholm is the largest part of its council).
  const noInset = `-filter 'lau_1 != "${INSET_CODE}"'`;
  const councilPts = await run(input, `${noInset} -dissolve council -points inner`);
  const regionPts = await run(input, `${noInset} -dissolve region -points inner`);
  for (const f of [...councils, ...regions]) f.geometry = roundGeom(f.geometry, (p) => p);
  if (!integral([...munis, ...councils, ...regions])) throw new Error("dissolving added non-integer vertices");

  // Nothing of the rest of Denmark may reach into the inset box.
  for (const f of munis) {
    if (f.properties.lau_1 === INSET_CODE) continue;
    for (const poly of polygons(f.geometry))
      for (const ring of poly)
        for (const [x, y] of ring) {
          if (x >= box[0] && x <= box[0] + box[2] && y >= box[1] && y <= box[1] + box[3]) {
            throw new Error(`municipality ${f.properties.lau_1} reaches into the inset box at ${x},${y}`);
          }
        }
  }

  const entry = (id, geom, pts, key) => {
    const p = pts.find((f) => f.properties[key] === id);
    if (!p) throw new Error(`${id}: no label point (is it only the inset?)`);
    const label = labelPoint(p.geometry.coordinates, geom, id);
    return `${JSON.stringify(id)}: {"label": [${label}], "d": ${JSON.stringify(pathD(geom))}}`;
  };
  const group = (name, ids, feats, pts, key) => {
    const lines = ids.map((id) => entry(id, feats.find((f) => f.properties[key] === id).geometry, pts, key));
    return `  ${JSON.stringify(name)}: {\n    ${lines.join(",\n    ")}\n  }`;
  };
  const codes = [...edCodes].sort((a, b) => Number(a) - Number(b));
  const head = {
    format: 1,
    attribution: ATTRIBUTION,
    source: `${SOURCE} (DAGI/FOT 2014-02-13, 1:500,000); built by tools/map/build.mjs`,
    projection: `${PROJ} (ETRS89 / UTM zone 32N), y down`,
    simplify: `${SIMPLIFY} keep-shapes (mapshaper ${MAPSHAPER}), islands under ${MIN_ISLAND_KM2} km2 dropped`,
    metres_per_unit: Math.round(1 / scale),
    viewBox: [0, 0, WIDTH, height],
    inset: { kommunekode: Number(INSET_CODE), box, note: "Bornholm moved into this box at the map's scale; draw the box as the inset's frame" },
  };
  const headJson = Object.entries(head)
    .map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)}`)
    .join(",\n");
  const json =
    "{\n" +
    headJson +
    ",\n" +
    group("regions", edition.regions, regions, regionPts, "region") +
    ",\n" +
    group(
      "councils",
      edition.councils.map((c) => c.id),
      councils,
      councilPts,
      "council",
    ) +
    ",\n" +
    group("municipalities", codes, munis, muniPts, "lau_1") +
    "\n}\n";
  JSON.parse(json); // well-formed
  return { json, head };
}

function preview(json) {
  const map = JSON.parse(json);
  const [, , w, h] = map.viewBox;
  const [bx, by, bw, bh] = map.inset.box;
  const hue = (i, n) => Math.round((360 * i) / n);
  const councils = Object.entries(map.councils);
  let svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}">\n`;
  svg += `<rect width="${w}" height="${h}" fill="#eef4f8"/>\n`;
  svg += `<rect x="${bx}" y="${by}" width="${bw}" height="${bh}" fill="none" stroke="#667" stroke-width="1"/>\n`;
  councils.forEach(([id, c], i) => {
    svg += `<path d="${c.d}" fill="hsl(${hue(i, councils.length)} 45% 75%)" fill-rule="evenodd"><title>${id}</title></path>\n`;
  });
  for (const m of Object.values(map.municipalities)) {
    svg += `<path d="${m.d}" fill="none" stroke="#fff" stroke-width="0.6" stroke-linejoin="round"/>\n`;
  }
  for (const c of Object.values(map.councils)) {
    svg += `<path d="${c.d}" fill="none" stroke="#334" stroke-width="1.2" stroke-linejoin="round"/>\n`;
  }
  for (const r of Object.values(map.regions)) {
    svg += `<path d="${r.d}" fill="none" stroke="#000" stroke-width="2.2" stroke-linejoin="round"/>\n`;
  }
  for (const [id, c] of councils) {
    svg += `<circle cx="${c.label[0]}" cy="${c.label[1]}" r="3"/><text x="${c.label[0] + 4}" y="${c.label[1] - 3}" font-size="12" font-family="sans-serif">${id}</text>\n`;
  }
  for (const m of Object.values(map.municipalities)) {
    svg += `<circle cx="${m.label[0]}" cy="${m.label[1]}" r="1.5" fill="#a00"/>\n`;
  }
  svg += `<text x="${w - 4}" y="${h - 6}" font-size="11" text-anchor="end" font-family="sans-serif">${map.attribution.replace(/&/g, "&amp;")}</text>\n</svg>\n`;
  return svg;
}

const { json } = await build();
const outPath = join(ROOT, OUT);
if (args.has("--check")) {
  let old = "";
  try {
    old = readFileSync(outPath, "utf8");
  } catch {
    /* missing */
  }
  if (old !== json) {
    console.error(`${OUT} is not what tools/map/build.mjs writes; run: node tools/map/build.mjs`);
    process.exit(1);
  }
  console.log(`${OUT} is up to date (${json.length} bytes)`);
} else {
  mkdirSync(dirname(outPath), { recursive: true });
  writeFileSync(outPath, json);
  console.log(`wrote ${OUT} (${json.length} bytes)`);
}
if (args.has("--preview")) {
  writeFileSync(join(ROOT, PREVIEW), preview(json));
  console.log(`wrote ${PREVIEW}`);
}
