// power() of the module script (issue 9, "Voting power"): Banzhaf and
// Shapley–Shubik for a council, checked against a brute-force enumeration
// written here, independently of the model's generating functions.
import { test, assert } from './lib.mjs';

/** All subsets of `others` (weights) as [weight, size] pairs. */
function* subsets(others) {
  const n = others.length;
  for (let mask = 0; mask < 1 << n; mask++) {
    let w = 0, size = 0;
    for (let j = 0; j < n; j++) if (mask & (1 << j)) { w += others[j]; size++; }
    yield [w, size];
  }
}

const fact = (k) => { let f = 1n; for (let i = 2n; i <= BigInt(k); i++) f *= i; return f; };

/** Exact Banzhaf count and Shapley–Shubik fraction of player `i` by enumeration. */
function bruteForce(weights, quota, i) {
  const others = weights.filter((_, j) => j !== i);
  const n = weights.length;
  let swings = 0n, ssNum = 0n;
  for (const [w, size] of subsets(others)) {
    if (w < quota && w + weights[i] >= quota) {
      swings++;
      ssNum += fact(size) * fact(n - size - 1);
    }
  }
  return { swings, ss: [ssNum, fact(n)] };
}

const close = (text, [num, den]) => Math.abs(Number(text) - Number(num * 10n ** 12n / den) / 1e12) < 1e-6;

test('power(): Fyn\'s indices equal a brute-force enumeration, and the bloc leaves the municipalities none', async (t) => {
  const page = await t.open('/');
  const result = await page.evaluate(async () => {
    const m = await import('/pkg/sundhedsraad.js');
    return m.power('fyn');
  });
  const each = result.each;
  // Fyn under the published rule: Odense 2 votes, 8 municipalities 1, 11 regional members 1: 21 votes, quota 11.
  const munis = each.members.filter((m) => m.kind === 'municipality');
  const region = each.members.find((m) => m.kind === 'region');
  assert.equal(munis.length, 9);
  assert.equal(region.count, 11);
  const weights = [...munis.map((m) => m.votes), ...Array(region.count).fill(region.votes)];
  const quota = Math.floor(weights.reduce((a, b) => a + b, 0) / 2) + 1;
  const all = weights.map((_, i) => bruteForce(weights, quota, i));
  const totalSwings = all.reduce((a, b) => a + b.swings, 0n);
  munis.forEach((m, i) => {
    assert.equal(m.banzhafCount, String(all[i].swings), `${m.name}: raw Banzhaf count`);
    assert.ok(close(m.banzhaf, [all[i].swings, totalSwings]), `${m.name}: Banzhaf ${m.banzhaf}`);
    assert.ok(close(m.shapleyShubik, all[i].ss), `${m.name}: Shapley–Shubik ${m.shapleyShubik}`);
  });
  const r = all[munis.length];
  assert.equal(region.banzhafCount, String(r.swings));
  assert.ok(close(region.shapleyShubik, r.ss));
  // Each index sums to 1 over all 20 members (to the rounding of 6 decimals).
  for (const key of ['banzhaf', 'shapleyShubik']) {
    const sum = each.members.reduce((a, m) => a + Number(m[key]) * m.count, 0);
    assert.ok(Math.abs(sum - 1) < 1e-4, `${key} sums to ${sum}`);
  }
  // The region as one bloc (11 of 21 votes) decides alone.
  assert.ok(result.bloc.members.filter((m) => m.kind === 'municipality').every((m) => Number(m.banzhaf) === 0 && Number(m.shapleyShubik) === 0));
  assert.equal(result.bloc.regionCanPass, true);
  // Bad input is a readable error, not a crash.
  const error = await page.evaluate(async () => {
    const m = await import('/pkg/sundhedsraad.js');
    try { await m.power('atlantis', { lang: 'da' }); return null; } catch (e) { return e.message; }
  });
  assert.match(error, /atlantis/);
});
