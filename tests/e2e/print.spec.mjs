// Printing: the demo page on A4 (Chromium's PDF output) holds the chosen
// councils' figures and sources on at most 4 pages, without the controls.
import { test, assert, upToDate } from './lib.mjs';

test('the demo prints on at most 4 A4 pages, with the figures and sources and without controls', async (t) => {
  const page = await t.open('/');
  // Printed once every part is drawn: the map, the rule panel, power and the
  // pools' sums come after the first view, and printed early they were missed.
  await page.waitForFunction(() => [...document.querySelectorAll('sundhedsraad-beregner:not([view])')]
    .every((el) => el.shadowRoot?.querySelector('.power-slot table') && el.shadowRoot.querySelector('.money-check-slot table')));
  await upToDate(page);
  const pdf = await page.pdf({ format: 'A4', printBackground: false });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
  assert.ok(pages >= 1 && pages <= 4, `${pages} A4 pages`);

  await page.emulateMedia({ media: 'print' });
  const printed = await page.evaluate(() => {
    const root = document.getElementById('beregner').shadowRoot;
    const shown = (sel) => [...root.querySelectorAll(sel)].some((e) => e.getClientRects().length > 0);
    return {
      text: root.querySelector('.sr').innerText,
      controls: ['select', 'input', 'button', 'details.pool', '.motion'].filter(shown),
    };
  });
  for (const want of ['Sundhedsråd Fyn', 'Medlemmer i alt', '20', 'Odense', 'Kilder', 'Udspil 2024', 'Datagrundlag']) {
    assert.ok(printed.text.includes(want), `the printout shows «${want}»`);
  }
  assert.deepEqual(printed.controls, [], 'no form controls or simulator in print');
});
