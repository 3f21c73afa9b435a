// Screenshots of the demo page for the README: www/screenshot-1280.png and
// www/screenshot-375.png (the page down to the end of the first widget).
// Usage: node tools/screenshot.mjs http://127.0.0.1:8080/
import { chromium } from "playwright-core";

const base = process.argv[2] || "http://127.0.0.1:8080/";
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
for (const width of [1280, 375]) {
  const context = await browser.newContext({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.goto(base);
  await page.locator("#beregner").locator("dd[data-fact=members]").waitFor();
  const box = await page.locator("#beregner").boundingBox();
  const height = Math.ceil(box.y + box.height + 16);
  await page.screenshot({ path: `www/screenshot-${width}.png`, clip: { x: 0, y: 0, width, height }, fullPage: true });
  console.log(`www/screenshot-${width}.png ${width}×${height}`);
  await context.close();
}
await browser.close();
