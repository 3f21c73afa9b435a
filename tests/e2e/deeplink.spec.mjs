// Deep links: ?raad= for the first widget, ?raad2= for the second
// (url-param="raad2"), and the choice written back with replaceState.
import { test, assert, widget, waitFact, fact, title, chooseCouncil } from './lib.mjs';

test('/?raad=aarhus opens the first widget on Aarhus', async (t) => {
  const page = await t.open('/?raad=aarhus');
  assert.equal(await fact(page, 'beregner'), '6');
  assert.equal(await title(page), 'Sundhedsråd Aarhus');
  assert.equal(await widget(page).locator('select#raad').inputValue(), 'aarhus');
  assert.equal(await fact(page, 'beregner2'), '9'); // hovedstaden, from its attribute
});

test('council ids in the address match in any case: ?raad=Aarhus opens Aarhus with the picker on it', async (t) => {
  const page = await t.open('/?raad=Aarhus');
  assert.equal(await fact(page, 'beregner'), '6');
  assert.equal(await widget(page).locator('select#raad').inputValue(), 'aarhus');
  // The attribute too.
  await page.evaluate(() => document.getElementById('beregner').setAttribute('raad', 'VENDSYSSEL'));
  await waitFact(page, 'beregner', 9);
  assert.equal(await widget(page).locator('select#raad').inputValue(), 'vendsyssel');
});

test('an address that names no council shows the page\'s own council with a short note, gone once the reader chooses', async (t) => {
  const page = await t.open('/?raad=nope&raad2=Atlantis');
  assert.equal(await title(page), 'Sundhedsråd Fyn', 'the attribute\'s council');
  assert.equal(await fact(page, 'beregner'), '20');
  const note = widget(page).getByRole('alert');
  assert.match(await note.textContent(), /Der er en fejl: Adressen nævner et sundhedsråd, der ikke findes: «nope»\. Her vises sidens eget sundhedsråd\./);
  assert.match(await widget(page, 'beregner2').getByRole('alert').textContent(), /The address names a health council that does not exist: «Atlantis»/);
  assert.equal(await fact(page, 'beregner2'), '9', 'the second widget shows its own council');
  await chooseCouncil(page, 'beregner', 'aarhus');
  await waitFact(page, 'beregner', 6);
  assert.equal(await widget(page).getByRole('alert').count(), 0, 'the note goes with the reader\'s choice');
  assert.equal(new URL(page.url()).searchParams.get('raad'), 'aarhus');
});

test('?raad2=vendsyssel opens the second widget on Vendsyssel', async (t) => {
  const page = await t.open('/?raad2=vendsyssel');
  assert.equal(await fact(page, 'beregner2'), '9');
  assert.equal(await title(page, 'beregner2'), 'Health council Vendsyssel');
  assert.equal(await fact(page, 'beregner'), '20'); // fyn, from its attribute
  const p2 = await t.open('/?raad=limfjorden&raad2=nordsjaelland');
  assert.equal(await fact(p2, 'beregner'), '16');
  assert.equal(await fact(p2, 'beregner2'), '17');
});

test('choosing a council updates location.search without a new history entry', async (t) => {
  const page = await t.open('/?raad2=midt&x=1#indlejr');
  const before = await page.evaluate(() => history.length);
  await chooseCouncil(page, 'beregner', 'kronjylland');
  await waitFact(page, 'beregner', 10);
  let q = await page.evaluate(() => [location.search, location.hash]);
  let params = new URLSearchParams(q[0]);
  assert.equal(params.get('raad'), 'kronjylland');
  assert.equal(params.get('raad2'), 'midt');
  assert.equal(params.get('x'), '1');
  assert.equal(q[1], '#indlejr');
  await chooseCouncil(page, 'beregner2', 'hovedstaden-nord');
  await waitFact(page, 'beregner2', 19);
  params = new URLSearchParams(await page.evaluate(() => location.search));
  assert.equal(params.get('raad'), 'kronjylland');
  assert.equal(params.get('raad2'), 'hovedstaden-nord');
  assert.equal(await page.evaluate(() => history.length), before);
  // A reload shows the same choice.
  await page.reload();
  await page.waitForFunction(() => document.getElementById('beregner2')?.shadowRoot?.querySelector('dd[data-fact=members]'));
  assert.equal(await fact(page, 'beregner'), '10');
  assert.equal(await fact(page, 'beregner2'), '19');
});

test('a choice by search (municipality name) is reflected in the address too', async (t) => {
  const page = await t.open('/');
  const find = widget(page).getByLabel('Find sundhedsråd eller kommune');
  await find.fill('Hjørring');
  await find.press('Enter');
  await waitFact(page, 'beregner', 9);
  assert.equal(new URLSearchParams(await page.evaluate(() => location.search)).get('raad'), 'vendsyssel');
});
