// Screenshots of the demo for the README, at 1280 and 375 px:
//   www/screenshot-<width>.png           the council view (index.html) down to the end of the first widget;
//   www/screenshot-oversigt-<width>.png  view="oversigt" (oversigt.html): the map and the top of the table.
// Usage: node tools/screenshot.mjs http://127.0.0.1:8080/
import { chromium } from "playwright-core";

const base = process.argv[2] || "http://127.0.0.1:8080/";
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});

/** Waits until the map in element `id` is drawn. */
async function mapDrawn(page, id) {
  await page.waitForFunction((id) =>
    document.getElementById(id)?.shadowRoot?.querySelectorAll(".map-slot path[data-raad]").length === 17, id);
}

for (const width of [1280, 375]) {
  const context = await browser.newContext({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.goto(base);
  await page.locator("#beregner").locator("dd[data-fact=members]").waitFor();
  await mapDrawn(page, "beregner");
  const box = await page.locator("#beregner").boundingBox();
  const height = Math.ceil(box.y + box.height + 16);
  await page.screenshot({ path: `www/screenshot-${width}.png`, clip: { x: 0, y: 0, width, height }, fullPage: true });
  console.log(`www/screenshot-${width}.png ${width}×${height}`);

  await page.goto(new URL("oversigt.html", base).href);
  await mapDrawn(page, "oversigt");
  const table = await page.locator("#oversigt").locator("section.overview").boundingBox();
  const cut = Math.ceil(Math.min(table.y + table.height, table.y + 700));
  await page.screenshot({ path: `www/screenshot-oversigt-${width}.png`, clip: { x: 0, y: 0, width, height: cut }, fullPage: true });
  console.log(`www/screenshot-oversigt-${width}.png ${width}×${cut}`);
  await context.close();
}
await browser.close();
