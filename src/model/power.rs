//! Voting power in a council, exactly: the Banzhaf, Shapley–Shubik and
//! Coleman indices of the weighted majority game the council plays.
//!
//! # The game
//! A council is a weighted majority game `[q; w_1, …, w_n]`: a coalition (a
//! set of members voting for a motion) wins when its weights sum to at least
//! the quota `q`. The quota is the council's [`Composition::majority_needed`]
//! (more than half of all weighted votes); a municipality weighs its votes and
//! each regional member weighs [`VoteRule::regional_weight`]. In
//! [`Mode::RegionBloc`] the regional members act as one player whose weight
//! is theirs together.
//!
//! Member `i` *swings* a coalition `S` of the others when `S` loses and
//! `S ∪ {i}` wins. With `η_i` the number of coalitions `i` swings, `c_i[s]`
//! the number of those of size `s`, `W` the winning and `L = 2ⁿ − W` the
//! losing coalitions among all `2ⁿ`:
//!
//! * **Banzhaf** (Banzhaf 1965): the raw count `η_i`, and the normalized index
//!   `β_i = η_i / Σ_j η_j`.
//! * **Shapley–Shubik** (Shapley & Shubik 1954): the share of the `n!` voting
//!   orders in which `i` is pivotal, `φ_i = Σ_s c_i[s] · s!(n−1−s)! / n!`.
//! * **Coleman** (Coleman 1971): the *power of the collectivity to act*
//!   `A = W / 2ⁿ`; a member's *power to prevent action* `η_i / W` (the share
//!   of winning coalitions that turn losing when `i` leaves) and *power to
//!   initiate action* `η_i / L` (the share of losing coalitions that turn
//!   winning when `i` joins). A side (the municipal members together, or the
//!   regional members together) is measured the same way as one unit: its
//!   power to prevent is the share of winning coalitions that lose when the
//!   side's members in them leave, its power to initiate the share of losing
//!   coalitions that win when all the side's members join.
//!
//! Every index is an exact fraction ([`Share`]); every count is a `u128`,
//! which holds `2ⁿ` and `n · 2ⁿ⁻¹` for the [`MAX_PLAYERS`] = 100 players
//! allowed.
//!
//! # The method: generating functions, not enumeration
//! The coalitions are counted by size and weight, `D[s][x]`, with one
//! polynomial product per class of equal-weight players (Brams & Affuso 1976;
//! Bilbao et al. 2000): adding `m` players of weight `w` maps `D[s][x]` to
//! `Σ_j C(m, j) · D[s−j][x−j·w]`. Weights of `q` and more are pooled in one
//! cell, as only "at least `q`" matters there. The coalitions of the others
//! of a player of weight `w` follow from `D` by removing one player:
//! `D'[s][x] = D[s][x] − D'[s−1][x−w]` for `x < q`. A player's swings are
//! then the coalitions of the others of weight `q−w ≤ x < q`. Weights are
//! first divided by their greatest common divisor (the quota rounded up).
//! The work is `O(n · q · n)` for the table, whatever `2ⁿ` is; a 40-member
//! what-if takes microseconds.
//!
//! # References
//! * J. F. Banzhaf III, "Weighted voting doesn't work: a mathematical
//!   analysis", *Rutgers Law Review* 19 (1965), 317–343.
//! * L. S. Shapley and M. Shubik, "A method for evaluating the distribution
//!   of power in a committee system", *American Political Science Review* 48
//!   (1954), 787–792.
//! * J. S. Coleman, "Control of collectivities and the power of a collectivity
//!   to act", in B. Lieberman (ed.), *Social Choice*, Gordon and Breach, New
//!   York, 1971, 269–300.
//! * S. J. Brams and P. J. Affuso, "Power and size: a new paradox", *Theory
//!   and Decision* 7 (1976), 29–56.
//! * J. M. Bilbao, J. R. Fernández, A. Jiménez Losada, J. J. López,
//!   "Generating functions for computing power indices efficiently", *TOP* 8
//!   (2000), 191–213.
//!
//! ```
//! use sundhedsraad_beregner::model::power::{power, Member, Mode};
//! use sundhedsraad_beregner::model::report::{calculate, Options};
//! let r = calculate("fyn", &Options::default()).unwrap();
//! let p = power(&r.composition, &r.options.rule, Mode::Individual).unwrap();
//! // The region holds a majority of the votes: alone it can pass a motion.
//! assert!(p.region_can_pass() && !p.municipalities_can_block());
//! // As one bloc the region is a dictator and every municipality has no power.
//! let bloc = power(&r.composition, &r.options.rule, Mode::RegionBloc).unwrap();
//! assert!(bloc.members.iter().all(|m| m.member == Member::RegionalBloc || m.banzhaf.is_zero()));
//! ```

use super::error::ModelError;
use super::votes::{Composition, VoteRule};
use num_bigint::BigUint;
use num_rational::Ratio;
use num_traits::{ToPrimitive, Zero};
use rust_decimal::Decimal;
use std::collections::BTreeMap;
use std::fmt;

/// The most players a game may have: `2¹⁰⁰` coalitions and every sum of
/// swings still fit a `u128`.
pub const MAX_PLAYERS: u32 = 100;

/// The most cells of the size × weight table (16 bytes each); a larger game
/// is refused rather than allocating without bound.
const MAX_CELLS: usize = 1 << 22;

/// An exact share between 0 and 1, a reduced fraction `p/q`.
///
/// A share whose denominator would be 0 (for example a normalized Banzhaf
/// index in a game where nobody ever swings) is 0.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Share(Ratio<BigUint>);

impl Share {
    /// `numer / denom`, reduced; 0 when `denom` is 0.
    fn new(numer: BigUint, denom: BigUint) -> Self {
        debug_assert!(numer <= denom || denom.is_zero(), "a share is at most 1");
        if denom.is_zero() {
            return Self(Ratio::from_integer(BigUint::zero()));
        }
        Self(Ratio::new(numer, denom))
    }

    /// `numer / denom` of two counts, reduced; 0 when `denom` is 0.
    fn of(numer: u128, denom: u128) -> Self {
        Self::new(numer.into(), denom.into())
    }

    /// The exact fraction.
    pub fn ratio(&self) -> &Ratio<BigUint> {
        &self.0
    }

    /// The numerator of the reduced fraction.
    pub fn numer(&self) -> &BigUint {
        self.0.numer()
    }

    /// The denominator of the reduced fraction (at least 1).
    pub fn denom(&self) -> &BigUint {
        self.0.denom()
    }

    /// Whether the share is 0.
    pub fn is_zero(&self) -> bool {
        self.0.numer().is_zero()
    }

    /// The share as a decimal with `places` decimals (at most 28), rounded
    /// half up; for display. `2/3` to 6 places is `0.666667`.
    pub fn to_decimal(&self, places: u32) -> Decimal {
        let places = places.min(28);
        let scaled = self.numer() * BigUint::from(10u8).pow(places) * 2u8 + self.denom();
        let mantissa = scaled / (self.denom() * 2u8);
        // A share is at most 1, so the mantissa is at most 10^28 < 2^96.
        let mantissa = mantissa.to_i128().expect("a share is at most 1");
        Decimal::try_from_i128_with_scale(mantissa, places).expect("a share is at most 1")
    }
}

impl fmt::Display for Share {
    /// The exact fraction as text, always `p/q`: `3/5`, `0/1`, `1/1`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.numer(), self.denom())
    }
}

/// Whether the regional members vote one by one or as one bloc.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Mode {
    /// Every member votes on their own: `n` municipal and `R` regional players.
    #[default]
    Individual,
    /// The `R` regional members vote together: one player of weight `R · w`.
    RegionBloc,
}

/// Who a row of results is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Member {
    /// A municipal member, by kommunekode.
    Municipality(u16),
    /// Each regional member ([`Mode::Individual`]); all have the same power.
    Regional,
    /// The regional members as one player ([`Mode::RegionBloc`]).
    RegionalBloc,
}

/// The power of one member, or of each of a group of identical members.
#[derive(Debug, Clone, PartialEq)]
pub struct MemberPower {
    /// Who.
    pub member: Member,
    /// How many players this row stands for, each with the power given:
    /// `R` for [`Member::Regional`], otherwise 1.
    pub count: u32,
    /// The weight of one such player (for the bloc: of the whole bloc).
    pub weight: u64,
    /// Banzhaf raw count `η_i`: coalitions of the others that this player swings.
    pub swings: u128,
    /// Normalized Banzhaf index `η_i / Σ_j η_j`.
    pub banzhaf: Share,
    /// Shapley–Shubik index `φ_i`.
    pub shapley_shubik: Share,
    /// Coleman's power to prevent action, `η_i / W`.
    pub coleman_prevent: Share,
    /// Coleman's power to initiate action, `η_i / L`.
    pub coleman_initiate: Share,
}

/// The municipal or the regional members taken together as one unit.
#[derive(Debug, Clone, PartialEq)]
pub struct SidePower {
    /// Members on this side (people, also in bloc mode).
    pub members: u32,
    /// Their weight together.
    pub weight: u64,
    /// Coleman's power to prevent action of the side as a unit: the share of
    /// winning coalitions that lose when the side's members in them leave.
    pub prevent: Share,
    /// Coleman's power to initiate action of the side as a unit: the share of
    /// losing coalitions that win when all the side's members join.
    pub initiate: Share,
    /// The side voting against defeats any motion: the other side's weight
    /// together is below the quota.
    pub can_block_alone: bool,
    /// The side voting for passes any motion: its weight meets the quota.
    pub can_pass_alone: bool,
}

/// A winning coalition of as few members as possible, and among those, of as
/// few regional members as possible. Municipalities are taken heaviest
/// first, in the composition's order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WinningCoalition {
    /// The municipal members in it, by kommunekode.
    pub municipalities: Vec<u16>,
    /// How many regional members are in it (in bloc mode 0 or all).
    pub regional_members: u32,
    /// Its weight.
    pub weight: u64,
}

impl WinningCoalition {
    /// Members in the coalition.
    pub fn size(&self) -> u32 {
        self.municipalities.len() as u32 + self.regional_members
    }
}

/// Voting power in a council under one [`Mode`].
#[derive(Debug, Clone, PartialEq)]
pub struct Power {
    /// The mode computed.
    pub mode: Mode,
    /// The quota: weight a coalition needs to win.
    pub quota: u64,
    /// The weight of all players together.
    pub total_weight: u64,
    /// Players in the game, `n` (the bloc counts as one).
    pub players: u32,
    /// One row per municipality (composition order), then the regional
    /// members (one row standing for all `R`) or the bloc.
    pub members: Vec<MemberPower>,
    /// All coalitions, `2ⁿ`.
    pub coalitions: u128,
    /// Winning coalitions, `W`.
    pub winning: u128,
    /// Swings of all players together, `Σ_i η_i`.
    pub total_swings: u128,
    /// Coleman's power of the collectivity to act, `W / 2ⁿ`.
    pub power_to_act: Share,
    /// The municipal members together.
    pub municipal_side: SidePower,
    /// The regional members together.
    pub regional_side: SidePower,
    /// A smallest winning coalition with the fewest regional members; `None`
    /// when even all members together do not meet the quota.
    pub smallest_winning: Option<WinningCoalition>,
}

impl Power {
    /// The municipal members voting together against can defeat any motion.
    pub fn municipalities_can_block(&self) -> bool {
        self.municipal_side.can_block_alone
    }

    /// The regional members voting together for can pass any motion.
    pub fn region_can_pass(&self) -> bool {
        self.regional_side.can_pass_alone
    }

    /// Losing coalitions, `L = 2ⁿ − W`.
    pub fn losing(&self) -> u128 {
        self.coalitions - self.winning
    }
}

/// Computes the voting power of a council's members.
///
/// The quota is `c.majority_needed`, a municipality's weight its votes, a
/// regional member's weight `rule.regional_weight` (the rule the composition
/// was made with). Fails with [`ModelError::Overflow`] when the game has more
/// than [`MAX_PLAYERS`] players or its weights are too large to tabulate.
pub fn power(c: &Composition, rule: &VoteRule, mode: Mode) -> Result<Power, ModelError> {
    let game = Game::new(c, rule, mode)?;
    let counts = game.counts();
    let (municipal_side, regional_side) = (game.side(Side::Municipal, &counts), game.side(Side::Regional, &counts));
    Ok(Power {
        mode,
        quota: game.quota,
        total_weight: game.total_weight,
        players: game.players as u32,
        members: game.member_rows(&counts),
        coalitions: counts.coalitions,
        winning: counts.winning,
        total_swings: counts.total_swings,
        power_to_act: Share::of(counts.winning, counts.coalitions),
        municipal_side,
        regional_side,
        smallest_winning: game.smallest_winning(),
    })
}

/// Which side of the council a player sits on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Side {
    Municipal,
    Regional,
}

/// `count` identical players.
#[derive(Debug, Clone)]
struct Row {
    member: Member,
    side: Side,
    count: u32,
    /// People the row stands for: `R` for the bloc, otherwise `count`.
    people: u32,
    weight: u64,
}

/// The game, with weights divided by their greatest common divisor.
#[derive(Debug)]
struct Game {
    rows: Vec<Row>,
    players: usize,
    quota: u64,
    total_weight: u64,
    /// Weights divided by `divisor`.
    divisor: u64,
    /// The quota in divided weights, at most total + 1: every table has
    /// `q + 1` weight cells, the last meaning "at least `q`".
    q: usize,
}

/// The counts every index is made from.
struct Counts {
    coalitions: u128,
    winning: u128,
    total_swings: u128,
    /// By divided weight: swings of one player of that weight, by the size
    /// of the coalition swung.
    swings_by_size: BTreeMap<usize, Vec<u128>>,
}

impl Game {
    fn new(c: &Composition, rule: &VoteRule, mode: Mode) -> Result<Self, ModelError> {
        let mut rows: Vec<Row> = c
            .municipalities
            .iter()
            .map(|m| Row {
                member: Member::Municipality(m.code),
                side: Side::Municipal,
                count: 1,
                people: 1,
                weight: u64::from(m.votes),
            })
            .collect();
        let (r, w) = (c.regional_members, u64::from(rule.regional_weight));
        if r > 0 {
            rows.push(match mode {
                Mode::Individual => {
                    Row { member: Member::Regional, side: Side::Regional, count: r, people: r, weight: w }
                }
                Mode::RegionBloc => Row {
                    member: Member::RegionalBloc,
                    side: Side::Regional,
                    count: 1,
                    people: r,
                    weight: u64::from(r) * w,
                },
            });
        }
        let players: u64 = rows.iter().map(|r| u64::from(r.count)).sum();
        if players > u64::from(MAX_PLAYERS) {
            return Err(ModelError::Overflow);
        }
        let total_weight: u64 = rows.iter().map(|r| u64::from(r.count) * r.weight).sum();
        let divisor = rows.iter().fold(0, |g, r| gcd(g, r.weight)).max(1);
        let quota = u64::from(c.majority_needed);
        let q = quota.div_ceil(divisor).min(total_weight / divisor + 1);
        let q = usize::try_from(q).map_err(|_| ModelError::Overflow)?;
        let players = players as usize;
        if (players + 1).saturating_mul(q + 1) > MAX_CELLS {
            return Err(ModelError::Overflow);
        }
        Ok(Self { rows, players, quota, total_weight, divisor, q })
    }

    /// A row's weight divided by the common divisor.
    fn scaled(&self, row: &Row) -> usize {
        (row.weight / self.divisor) as usize
    }

    /// Players by divided weight: weight → how many, over rows that `keep`.
    fn classes(&self, keep: impl Fn(&Row) -> bool) -> BTreeMap<usize, usize> {
        let mut classes = BTreeMap::new();
        for row in self.rows.iter().filter(|r| keep(r)) {
            *classes.entry(self.scaled(row)).or_insert(0) += row.count as usize;
        }
        classes
    }

    fn counts(&self) -> Counts {
        let classes = self.classes(|_| true);
        let table = Table::of(&classes, self.players + 1, self.q);
        let swings_by_size: BTreeMap<usize, Vec<u128>> =
            classes.keys().map(|&w| (w, table.swings_by_size(w))).collect();
        let total_swings = classes.iter().map(|(w, &m)| m as u128 * swings_by_size[w].iter().sum::<u128>()).sum();
        Counts { coalitions: 1u128 << self.players, winning: table.winning(), total_swings, swings_by_size }
    }

    fn member_rows(&self, counts: &Counts) -> Vec<MemberPower> {
        let n = self.players;
        let fact = factorials(n);
        let losing = counts.coalitions - counts.winning;
        // Every class computed once; rows of a class share the result.
        let by_class: BTreeMap<usize, (u128, [Share; 4])> = counts
            .swings_by_size
            .iter()
            .map(|(&w, c)| {
                let swings: u128 = c.iter().sum();
                let orders: BigUint = c
                    .iter()
                    .enumerate()
                    .filter(|(_, &k)| k != 0)
                    .map(|(s, &k)| BigUint::from(k) * &fact[s] * &fact[n - 1 - s])
                    .sum();
                let shares = [
                    Share::of(swings, counts.total_swings),
                    Share::new(orders, fact[n].clone()),
                    Share::of(swings, counts.winning),
                    Share::of(swings, losing),
                ];
                (w, (swings, shares))
            })
            .collect();
        self.rows
            .iter()
            .map(|row| {
                let (swings, [banzhaf, shapley_shubik, coleman_prevent, coleman_initiate]) =
                    by_class[&self.scaled(row)].clone();
                MemberPower {
                    member: row.member,
                    count: row.count,
                    weight: row.weight,
                    swings,
                    banzhaf,
                    shapley_shubik,
                    coleman_prevent,
                    coleman_initiate,
                }
            })
            .collect()
    }

    /// The side as one unit: coalitions are pairs `(A, B)` of a subset `A` of
    /// the side and a subset `B` of the others, counted by weight.
    fn side(&self, side: Side, counts: &Counts) -> SidePower {
        let q = self.q;
        let ours = Table::of(&self.classes(|r| r.side == side), 1, q).by_weight();
        let theirs = Table::of(&self.classes(|r| r.side != side), 1, q).by_weight();
        let scaled_weight = |s: bool| -> usize {
            self.rows.iter().filter(|r| (r.side == side) == s).map(|r| self.scaled(r) * r.count as usize).sum()
        };
        let (our_weight, their_weight) = (scaled_weight(true), scaled_weight(false));
        let mut prevent = 0u128;
        let mut initiate = 0u128;
        for (y, &b) in theirs.iter().enumerate().filter(|(_, &b)| b != 0) {
            // Subsets of the side that make B win (x + y ≥ q), and that do not.
            let with: u128 = ours[q.saturating_sub(y).min(q)..].iter().sum();
            let without: u128 = ours.iter().sum::<u128>() - with;
            if y < q {
                prevent += b * with;
            }
            if our_weight + y >= q {
                initiate += b * without;
            }
        }
        let people = self.rows.iter().filter(|r| r.side == side).map(|r| r.people).sum();
        SidePower {
            members: people,
            weight: self.rows.iter().filter(|r| r.side == side).map(|r| u64::from(r.count) * r.weight).sum(),
            prevent: Share::of(prevent, counts.winning),
            initiate: Share::of(initiate, counts.coalitions - counts.winning),
            can_block_alone: their_weight < q,
            can_pass_alone: our_weight >= q,
        }
    }

    /// Tries every number of regional members: with `r` of them, the fewest
    /// municipalities (heaviest first) that reach the quota.
    fn smallest_winning(&self) -> Option<WinningCoalition> {
        let mut municipal: Vec<(u16, u64)> = self
            .rows
            .iter()
            .filter_map(|r| match r.member {
                Member::Municipality(code) => Some((code, r.weight)),
                _ => None,
            })
            .collect();
        municipal.sort_by(|a, b| b.1.cmp(&a.1)); // stable: ties keep composition order
        let heaviest: Vec<u64> = std::iter::once(0)
            .chain(municipal.iter().scan(0, |sum, m| {
                *sum += m.1;
                Some(*sum)
            }))
            .collect();
        let options: Vec<(u32, u64)> = match self.rows.iter().find(|r| r.side == Side::Regional) {
            None => vec![(0, 0)],
            Some(r) if r.member == Member::RegionalBloc => vec![(0, 0), (r.people, r.weight)],
            Some(r) => (0..=r.count).map(|k| (k, u64::from(k) * r.weight)).collect(),
        };
        options
            .into_iter()
            .filter_map(|(regional, weight)| {
                let j = heaviest.iter().position(|&m| m + weight >= self.quota)?;
                Some((j as u32 + regional, regional, j, weight + heaviest[j]))
            })
            .min_by_key(|&(size, regional, _, _)| (size, regional))
            .map(|(_, regional_members, j, weight)| WinningCoalition {
                municipalities: municipal[..j].iter().map(|m| m.0).collect(),
                regional_members,
                weight,
            })
    }
}

/// Coalitions counted by size `s` and weight `x`: `cells[s · (q+1) + x]`,
/// with `x = q` meaning "at least `q`".
struct Table {
    sizes: usize,
    q: usize,
    cells: Vec<u128>,
}

impl Table {
    /// The table of all subsets of `classes` (weight → how many players).
    /// With `sizes == 1` sizes are not kept apart (all in row 0).
    fn of(classes: &BTreeMap<usize, usize>, sizes: usize, q: usize) -> Self {
        let mut cells = vec![0u128; sizes * (q + 1)];
        cells[0] = 1;
        let mut table = Self { sizes, q, cells };
        for (&w, &m) in classes {
            table.add(w, m);
        }
        table
    }

    /// Multiplies in `(1 + z·t^w)^m`: `m` more players of weight `w`.
    fn add(&mut self, w: usize, m: usize) {
        let width = self.q + 1;
        let binomial = binomials(m);
        let mut next = vec![0u128; self.cells.len()];
        for (i, &c) in self.cells.iter().enumerate().filter(|(_, &c)| c != 0) {
            let (s, x) = (i / width, i % width);
            for (j, &b) in binomial.iter().enumerate() {
                let s2 = if self.sizes == 1 { 0 } else { s + j };
                let x2 = (x + j * w).min(self.q);
                next[s2 * width + x2] += b * c;
            }
        }
        self.cells = next;
    }

    /// Coalitions of weight at least `q`.
    fn winning(&self) -> u128 {
        self.cells.iter().skip(self.q).step_by(self.q + 1).sum()
    }

    /// Coalitions by weight, sizes summed.
    fn by_weight(&self) -> Vec<u128> {
        let width = self.q + 1;
        (0..width).map(|x| self.cells.iter().skip(x).step_by(width).sum()).collect()
    }

    /// For one player of weight `w` (at least one is in the table): the
    /// coalitions of the others that it swings, by size. The others' table
    /// below the quota is `D'[s][x] = D[s][x] − D'[s−1][x−w]`.
    fn swings_by_size(&self, w: usize) -> Vec<u128> {
        let (q, width) = (self.q, self.q + 1);
        let mut others = vec![0u128; self.sizes * q];
        for s in 0..self.sizes {
            for x in 0..q {
                let joined = if s > 0 && x >= w { others[(s - 1) * q + x - w] } else { 0 };
                others[s * q + x] = self.cells[s * width + x] - joined;
            }
        }
        (0..self.sizes).map(|s| others[s * q..(s + 1) * q].iter().skip(q.saturating_sub(w)).sum()).collect()
    }
}

/// `C(m, 0), …, C(m, m)`.
fn binomials(m: usize) -> Vec<u128> {
    let mut row = vec![1u128; m + 1];
    for j in 1..m {
        row[j] = row[j - 1] * (m - j + 1) as u128 / j as u128;
    }
    row
}

/// `0!, 1!, …, n!`.
fn factorials(n: usize) -> Vec<BigUint> {
    let mut f = vec![BigUint::from(1u8)];
    for k in 1..=n {
        let next = &f[k - 1] * BigUint::from(k);
        f.push(next);
    }
    f
}

fn gcd(a: u64, b: u64) -> u64 {
    if b == 0 {
        a
    } else {
        gcd(b, a % b)
    }
}
