// Control: the guards every test relies on do catch what they are meant to
// catch (a request to another origin, a console error, an uncaught error, a
// 404), so a passing suite means something.
import { test, assert, Fixture } from './lib.mjs';

test('control: the page guards catch foreign requests, console errors, page errors and 404s', async (t) => {
  const inner = new Fixture(t.browser, t.base);
  const page = await inner.open('/');
  await page.evaluate(async () => {
    await fetch('http://localhost:9/beacon', { mode: 'no-cors' }).catch(() => {});
    await fetch('/no-such-file.js').catch(() => {});
    console.error('deliberate console error');
    setTimeout(() => { throw new Error('deliberate uncaught error'); }, 0);
    await new Promise((r) => setTimeout(r, 50));
  });
  await page.waitForTimeout(50);
  let message = '';
  try { await inner.finish(); } catch (e) { message = e.message; }
  assert.match(message, /request to another origin: http:\/\/localhost:9\/beacon/);
  assert.match(message, /console error: deliberate console error/);
  assert.match(message, /page error: deliberate uncaught error/);
  assert.match(message, /HTTP 404 for .*\/no-such-file\.js/);
});
