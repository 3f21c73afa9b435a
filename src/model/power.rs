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
//! The work is `O(n² · q)` for the table, whatever `2ⁿ` is; a 40-member
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
    /// The greatest common divisor of the weights (1 if all are 0).
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
        let total_weight = rows
            .iter()
            .try_fold(0u64, |sum, r| sum.checked_add(u64::from(r.count).checked_mul(r.weight)?))
            .ok_or(ModelError::Overflow)?;
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

    /// A row's weight divided by the common divisor, and capped at the
    /// quota: every weight of at least `q` plays alike, and the cap keeps
    /// table indices small (also where `usize` has 32 bits).
    fn scaled(&self, row: &Row) -> usize {
        (row.weight / self.divisor).min(self.q as u64) as usize
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
                // Coalitions of the others have at most n − 1 members.
                let orders: BigUint = c
                    .iter()
                    .take(n)
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
        // Capped weights: compared with q only, where the cap changes nothing.
        let scaled_weight = |ours: bool| -> usize {
            self.rows.iter().filter(|r| (r.side == side) == ours).map(|r| self.scaled(r) * r.count as usize).sum()
        };
        let (our_weight, their_weight) = (scaled_weight(true), scaled_weight(false));
        let our_subsets: u128 = ours.iter().sum();
        let (mut prevent, mut initiate) = (0u128, 0u128);
        for (y, &b) in theirs.iter().enumerate().filter(|(_, &b)| b != 0) {
            // Subsets A of the side with which B wins (x + y ≥ q), and without.
            let with: u128 = ours[q - y..].iter().sum();
            let without = our_subsets - with;
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
        municipal.sort_by_key(|m| std::cmp::Reverse(m.1)); // stable: ties keep composition order
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

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::model::edition::COUNCILS;
    use crate::model::report::{calculate, Options};
    use crate::model::votes::{compose, MunicipalSeat, Populations, VoteBasis};
    use proptest::prelude::*;

    type Q = Ratio<BigUint>;

    fn q(p: u128, d: u128) -> Q {
        if d == 0 {
            return Q::from_integer(0u8.into());
        }
        Q::new(p.into(), d.into())
    }

    /// A hand-made council: municipalities with `votes` (kommunekoder 1, 2,
    /// …), `regional` members of weight `w`, and the given quota.
    fn council(votes: &[u32], regional: u32, w: u32, quota: u32) -> (Composition, VoteRule) {
        let municipalities: Vec<MunicipalSeat> = votes
            .iter()
            .enumerate()
            .map(|(i, &v)| MunicipalSeat { code: i as u16 + 1, name: "k", votes: v, basis: VoteBasis::Published })
            .collect();
        let (n, v) = (votes.len() as u32, votes.iter().sum::<u32>());
        let c = Composition {
            municipalities,
            municipal_members: n,
            municipal_votes: v,
            regional_members: regional,
            regional_votes: regional * w,
            total_members: n + regional,
            total_votes: v + regional * w,
            majority_needed: quota,
            region_majority_heads: regional > n,
            region_majority_votes: regional * w > v,
        };
        (c, VoteRule { regional_weight: w, ..VoteRule::default() })
    }

    fn majority(votes: &[u32], regional: u32, w: u32) -> u32 {
        (votes.iter().sum::<u32>() + regional * w) / 2 + 1
    }

    /// Σ over rows of `count · index`.
    fn total(p: &Power, index: impl Fn(&MemberPower) -> &Share) -> Q {
        p.members.iter().map(|m| index(m).ratio() * BigUint::from(m.count)).sum()
    }

    /// Every coalition enumerated, for comparison with the fast method.
    struct BruteForce {
        /// Per player: its row in `Power::members`, weight, side, people.
        players: Vec<(usize, u64, Side, u32)>,
        quota: u64,
    }

    impl BruteForce {
        fn new(c: &Composition, rule: &VoteRule, mode: Mode) -> Self {
            let mut players: Vec<_> =
                c.municipalities.iter().enumerate().map(|(i, m)| (i, u64::from(m.votes), Side::Municipal, 1)).collect();
            let (r, w, row) = (c.regional_members, u64::from(rule.regional_weight), c.municipalities.len());
            match mode {
                Mode::Individual => players.extend((0..r).map(|_| (row, w, Side::Regional, 1))),
                Mode::RegionBloc if r > 0 => players.push((row, u64::from(r) * w, Side::Regional, r)),
                Mode::RegionBloc => {}
            }
            Self { players, quota: u64::from(c.majority_needed) }
        }

        fn side_mask(&self, side: Side) -> usize {
            self.players.iter().enumerate().filter(|(_, p)| p.2 == side).map(|(i, _)| 1 << i).sum()
        }

        /// Checks every count and index of `p` against the enumeration.
        fn check(&self, p: &Power) {
            let n = self.players.len();
            let all = (1usize << n) - 1;
            let mut weight = vec![0u64; 1 << n];
            for mask in 1..=all {
                weight[mask] = weight[mask & (mask - 1)] + self.players[mask.trailing_zeros() as usize].1;
            }
            let wins = |mask: usize| weight[mask] >= self.quota;
            let mut by_size = vec![vec![0u128; n]; n];
            let (mut winning, mut best): (u128, Option<(u32, u32)>) = (0, None);
            let sides = [Side::Municipal, Side::Regional].map(|s| self.side_mask(s));
            let (mut prevent, mut initiate) = ([0u128; 2], [0u128; 2]);
            for mask in 0..=all {
                if wins(mask) {
                    winning += 1;
                    let people: u32 = (0..n).filter(|i| mask >> i & 1 == 1).map(|i| self.players[i].3).sum();
                    let regional = (0..n)
                        .filter(|&i| mask >> i & 1 == 1 && self.players[i].2 == Side::Regional)
                        .map(|i| self.players[i].3)
                        .sum();
                    best = Some(best.map_or((people, regional), |b| b.min((people, regional))));
                    for (k, side) in sides.iter().enumerate() {
                        prevent[k] += u128::from(!wins(mask & !side));
                    }
                    continue;
                }
                for (k, side) in sides.iter().enumerate() {
                    initiate[k] += u128::from(wins(mask | side));
                }
                let size = mask.count_ones() as usize;
                for i in (0..n).filter(|&i| mask >> i & 1 == 0 && wins(mask | 1 << i)) {
                    by_size[i][size] += 1;
                }
            }
            let coalitions = 1u128 << n;
            let losing = coalitions - winning;
            let swings: Vec<u128> = by_size.iter().map(|c| c.iter().sum()).collect();
            let total_swings: u128 = swings.iter().sum();
            assert_eq!((p.coalitions, p.winning, p.total_swings), (coalitions, winning, total_swings));
            assert_eq!(p.power_to_act.ratio(), &q(winning, coalitions));
            let fact: Vec<u128> =
                (0..=n as u128).scan(1u128, |f, k| Some(std::mem::replace(f, *f * (k + 1)))).collect();
            for (i, &(row, ..)) in self.players.iter().enumerate() {
                let m = &p.members[row];
                let ss: Q = (0..n).map(|s| q(by_size[i][s] * fact[s] * fact[n - 1 - s], fact[n])).sum();
                assert_eq!(m.swings, swings[i], "player {i}");
                assert_eq!(m.banzhaf.ratio(), &q(swings[i], total_swings), "player {i}");
                assert_eq!(m.shapley_shubik.ratio(), &ss, "player {i}");
                assert_eq!(m.coleman_prevent.ratio(), &q(swings[i], winning), "player {i}");
                assert_eq!(m.coleman_initiate.ratio(), &q(swings[i], losing), "player {i}");
            }
            for (k, (side, s)) in [(&p.municipal_side, sides[0]), (&p.regional_side, sides[1])].into_iter().enumerate()
            {
                assert_eq!(side.prevent.ratio(), &q(prevent[k], winning), "side {k}");
                assert_eq!(side.initiate.ratio(), &q(initiate[k], losing), "side {k}");
                assert_eq!(side.can_pass_alone, wins(s), "side {k}");
                assert_eq!(side.can_block_alone, !wins(all & !s), "side {k}");
            }
            self.check_smallest(p, best);
        }

        fn check_smallest(&self, p: &Power, best: Option<(u32, u32)>) {
            let found = p.smallest_winning.as_ref().map(|w| (w.size(), w.regional_members));
            assert_eq!(found, best);
            if let Some(w) = &p.smallest_winning {
                let k = u64::from(w.regional_members);
                let regional: u64 = p
                    .members
                    .iter()
                    .map(|m| match m.member {
                        Member::Regional => m.weight * k,
                        Member::RegionalBloc if k > 0 => m.weight,
                        _ => 0,
                    })
                    .sum();
                let municipal: u64 = w
                    .municipalities
                    .iter()
                    .map(|&code| p.members.iter().find(|m| m.member == Member::Municipality(code)).unwrap().weight)
                    .sum();
                assert_eq!(municipal + regional, w.weight);
                assert!(w.weight >= self.quota);
            }
        }
    }

    fn check(c: &Composition, rule: &VoteRule, mode: Mode) -> Power {
        let p = power(c, rule, mode).unwrap();
        BruteForce::new(c, rule, mode).check(&p);
        p
    }

    #[test]
    fn quota_3_with_weights_2_1_1_by_hand() {
        // [3; 2, 1, 1]: A (municipality, 2 votes), B (municipality, 1), C (regional, 1).
        // Coalitions of the others and their weights:
        //   A: {} 0, {B} 1, {C} 1, {B,C} 2 → A swings those of weight 1..=2: 3
        //   B: {} 0, {A} 2, {C} 1, {A,C} 3 → B swings weight 2 only: {A}: 1
        //   C: likewise {A}: 1
        // Banzhaf: 3/5, 1/5, 1/5.
        // Shapley–Shubik, n = 3, n! = 6: A swings 2 of size 1 and 1 of size 2:
        //   φ_A = (2·1!·1! + 1·2!·0!)/6 = 4/6 = 2/3; φ_B = 1·1!·1!/6 = 1/6 = φ_C.
        // Winning: {A,B}, {A,C}, {A,B,C}: W = 3 of 8, L = 5. Power to act 3/8.
        // Coleman prevent: A 3/3 = 1, B 1/3; initiate: A 3/5, B 1/5.
        // Sides: municipalities {A,B} weigh 3: pass alone; C weighs 1 < 3, so
        // they also block alone; they prevent all 3 and initiate all 5. The
        // region {C} prevents only {A,C} (1/3) and initiates only {A} (1/5).
        let (c, rule) = council(&[2, 1], 1, 1, 3);
        let p = check(&c, &rule, Mode::Individual);
        let row = |i: usize| &p.members[i];
        assert_eq!((row(0).swings, row(1).swings, row(2).swings), (3, 1, 1));
        assert_eq!(row(2).member, Member::Regional);
        let text = |f: fn(&MemberPower) -> &Share| p.members.iter().map(|m| f(m).to_string()).collect::<Vec<_>>();
        assert_eq!(text(|m| &m.banzhaf), ["3/5", "1/5", "1/5"]);
        assert_eq!(text(|m| &m.shapley_shubik), ["2/3", "1/6", "1/6"]);
        assert_eq!(text(|m| &m.coleman_prevent), ["1/1", "1/3", "1/3"]);
        assert_eq!(text(|m| &m.coleman_initiate), ["3/5", "1/5", "1/5"]);
        assert_eq!(p.power_to_act.to_string(), "3/8");
        let (m, r) = (&p.municipal_side, &p.regional_side);
        assert_eq!((m.prevent.to_string(), m.initiate.to_string()), ("1/1".into(), "1/1".into()));
        assert_eq!((r.prevent.to_string(), r.initiate.to_string()), ("1/3".into(), "1/5".into()));
        assert!(m.can_pass_alone && m.can_block_alone && !r.can_pass_alone && !r.can_block_alone);
        // Smallest winning: two members; {A, B} has no regional member.
        assert_eq!(
            p.smallest_winning,
            Some(WinningCoalition { municipalities: vec![1, 2], regional_members: 0, weight: 3 })
        );
    }

    #[test]
    fn soenderjylland_is_symmetric_by_hand() {
        // 4 municipalities and 5 regional members, 1 vote each, quota 5 of 9.
        // A member swings the coalitions of exactly 4 of the 8 others:
        // C(8,4) = 70. Winning: Σ_{k≥5} C(9,k) = 256 of 512, so power to act
        // 1/2; prevent 70/256 = 35/128, initiate likewise 70/256. By symmetry
        // every index is 1/9.
        let r = calculate("soenderjylland", &Options::default()).unwrap();
        let p = check(&r.composition, &r.options.rule, Mode::Individual);
        assert_eq!((p.winning, p.coalitions, p.total_swings), (256, 512, 9 * 70));
        assert_eq!(p.power_to_act.to_string(), "1/2");
        for m in &p.members {
            assert_eq!(
                (m.swings, m.banzhaf.to_string(), m.shapley_shubik.to_string()),
                (70, "1/9".into(), "1/9".into())
            );
            assert_eq!(
                (m.coleman_prevent.to_string(), m.coleman_initiate.to_string()),
                ("35/128".into(), "35/128".into())
            );
        }
        assert_eq!(p.members.last().map(|m| (m.member, m.count)), Some((Member::Regional, 5)));
        // 5 members win; the 4 municipalities need 1 regional member.
        let w = p.smallest_winning.unwrap();
        assert_eq!((w.municipalities.len(), w.regional_members, w.weight), (4, 1, 5));
    }

    #[test]
    fn shares_show_as_decimal_and_exact_text() {
        let s = |p: u128, d: u128| Share::of(p, d);
        assert_eq!(s(2, 3).to_decimal(6), Decimal::new(666_667, 6));
        assert_eq!(s(1, 6).to_decimal(6), Decimal::new(166_667, 6));
        assert_eq!(s(1, 8).to_decimal(2), Decimal::new(13, 2)); // 0.125 rounds half up
        assert_eq!(s(1, 1).to_decimal(6), Decimal::new(1_000_000, 6));
        assert_eq!(s(1, 3).to_decimal(40), Decimal::from_i128_with_scale(3_333_333_333_333_333_333_333_333_333, 28));
        assert_eq!(
            (s(6, 10).to_string(), s(0, 7).to_string(), s(4, 4).to_string()),
            ("3/5".into(), "0/1".into(), "1/1".into())
        );
        assert!(s(5, 0).is_zero());
    }

    #[test]
    fn every_council_equals_brute_force_in_both_modes() {
        for council in COUNCILS {
            let r = calculate(council.id, &Options::default()).unwrap();
            for mode in [Mode::Individual, Mode::RegionBloc] {
                check(&r.composition, &r.options.rule, mode);
            }
        }
    }

    #[test]
    fn a_region_bloc_that_meets_the_quota_leaves_municipalities_no_power() {
        for council in COUNCILS {
            let r = calculate(council.id, &Options::default()).unwrap();
            let p = power(&r.composition, &r.options.rule, Mode::RegionBloc).unwrap();
            assert!(p.region_can_pass() && !p.municipalities_can_block(), "{}", council.id);
            for m in &p.members {
                let (zero, one) = (Share::of(0, 1), Share::of(1, 1));
                let want = if m.member == Member::RegionalBloc { &one } else { &zero };
                assert_eq!((&m.banzhaf, &m.shapley_shubik, &m.coleman_prevent), (want, want, want), "{}", council.id);
            }
            let w = p.smallest_winning.unwrap();
            assert!(w.municipalities.is_empty() && w.regional_members == r.composition.regional_members);
        }
    }

    #[test]
    fn weights_with_a_common_divisor_and_an_odd_quota() {
        // [3; 2, 2, 2] is [2; 1, 1, 1]: any two members win.
        let (c, rule) = council(&[2, 2], 1, 2, 3);
        let p = check(&c, &rule, Mode::Individual);
        assert!(p.members.iter().all(|m| m.banzhaf.to_string() == "1/3"));
    }

    #[test]
    fn hundred_players_fit_and_more_are_refused() {
        // 48 municipalities of 1 vote and one of 2: V = 50, R = 51, 100 members.
        let mut members: Vec<(u16, &'static str, u32)> = (1..=48).map(|i| (i, "k", 1)).collect();
        members.push((49, "k", 2));
        let c = compose(&members, &Populations::new(), &VoteRule::default()).unwrap();
        assert_eq!(c.total_members, 100);
        let p = power(&c, &VoteRule::default(), Mode::Individual).unwrap();
        assert_eq!(p.coalitions, 1u128 << 100);
        assert_eq!(total(&p, |m| &m.banzhaf), Q::from_integer(1u8.into()));
        assert_eq!(total(&p, |m| &m.shapley_shubik), Q::from_integer(1u8.into()));
        members.push((50, "k", 1));
        let c = compose(&members, &Populations::new(), &VoteRule::default()).unwrap();
        assert_eq!(power(&c, &VoteRule::default(), Mode::Individual), Err(ModelError::Overflow));
        assert!(power(&c, &VoteRule::default(), Mode::RegionBloc).is_ok());
    }

    #[test]
    fn a_quota_nobody_meets_and_a_quota_of_zero() {
        let (c, rule) = council(&[1, 2], 2, 1, 6);
        let p = check(&c, &rule, Mode::Individual);
        assert_eq!((p.winning, p.total_swings, p.smallest_winning.clone()), (0, 0, None));
        assert!(p.members.iter().all(|m| m.banzhaf.is_zero() && m.shapley_shubik.is_zero()));
        let (c, rule) = council(&[1, 2], 2, 1, 0);
        let p = check(&c, &rule, Mode::Individual);
        assert_eq!((p.winning, p.total_swings), (16, 0));
        assert_eq!(p.smallest_winning.map(|w| w.size()), Some(0));
    }

    #[test]
    fn huge_weights_are_capped_or_refused() {
        // [2; 4·10⁹, 1, 1]: the heavy member wins alone, the two others together.
        let (c, rule) = council(&[4_000_000_000, 1, 1], 0, 1, 2);
        let p = check(&c, &rule, Mode::Individual);
        assert_eq!(p.members.iter().map(|m| m.banzhaf.to_string()).collect::<Vec<_>>(), ["3/5", "1/5", "1/5"]);
        // A quota of 4·10⁹ + 1 would need a table of 4·10⁹ weights.
        let (c, rule) = council(&[4_000_000_000, 3], 0, 1, 4_000_000_001);
        assert_eq!(power(&c, &rule, Mode::Individual), Err(ModelError::Overflow));
    }

    fn game() -> impl Strategy<Value = (Vec<u32>, u32, u32)> {
        (proptest::collection::vec(1u32..=4, 0..7), 0u32..=6, 1u32..=3)
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        #[test]
        fn fast_method_equals_brute_force(
            (votes, regional, w) in game(), zero in any::<bool>(), quota in 0u32..=40, bloc in any::<bool>(),
        ) {
            let mut votes = votes;
            if zero { votes.push(0); }
            let top = votes.iter().sum::<u32>() + regional * w + 1;
            let (c, rule) = council(&votes, regional, w, quota % (top + 1));
            check(&c, &rule, if bloc { Mode::RegionBloc } else { Mode::Individual });
        }

        #[test]
        fn indices_sum_to_exactly_one((votes, regional, w) in game(), bloc in any::<bool>()) {
            prop_assume!(!votes.is_empty() || regional > 0);
            let (c, rule) = council(&votes, regional, w, majority(&votes, regional, w));
            let p = power(&c, &rule, if bloc { Mode::RegionBloc } else { Mode::Individual }).unwrap();
            let one = Q::from_integer(1u8.into());
            prop_assert_eq!(total(&p, |m| &m.banzhaf), one.clone());
            prop_assert_eq!(total(&p, |m| &m.shapley_shubik), one);
        }

        #[test]
        fn equal_weights_give_equal_power(k in 1u32..=4, n in 1usize..=8, regional in 0u32..=8, quota in 1u32..=100) {
            // All members weigh k: a symmetric game, every index 1/players.
            let votes = vec![k; n];
            let players = n as u32 + regional;
            let (c, rule) = council(&votes, regional, k, 1 + quota % (players * k));
            let p = power(&c, &rule, Mode::Individual).unwrap();
            let each = Q::new(1u8.into(), players.into());
            for m in &p.members {
                prop_assert_eq!(m.banzhaf.ratio(), &each);
                prop_assert_eq!(m.shapley_shubik.ratio(), &each);
                prop_assert_eq!(&m.coleman_prevent, &p.members[0].coleman_prevent);
            }
        }

        #[test]
        fn a_dummy_gets_nothing((votes, regional, w) in game(), bloc in any::<bool>()) {
            // A member with 0 votes never swings; nor does anyone else the
            // enumeration finds never decisive.
            let mut votes = votes;
            votes.push(0);
            let (c, rule) = council(&votes, regional, w, majority(&votes, regional, w));
            let mode = if bloc { Mode::RegionBloc } else { Mode::Individual };
            let p = check(&c, &rule, mode);
            let dummy = &p.members[votes.len() - 1];
            prop_assert!(dummy.swings == 0 && dummy.banzhaf.is_zero() && dummy.shapley_shubik.is_zero());
            prop_assert!(dummy.coleman_prevent.is_zero() && dummy.coleman_initiate.is_zero());
            for m in p.members.iter().filter(|m| m.swings == 0) {
                prop_assert!(m.banzhaf.is_zero() && m.shapley_shubik.is_zero());
            }
        }

        #[test]
        fn a_player_meeting_the_quota_alone_gets_all_power((votes, regional, w) in game(), extra in 0u32..=5) {
            // The dictator outweighs everyone else by 2 or more, so under a
            // majority quota it wins alone and the rest cannot win without it.
            let others = votes.iter().sum::<u32>() + regional * w;
            let mut all = vec![others + 2 + extra];
            all.extend(&votes);
            let (c, rule) = council(&all, regional, w, majority(&all, regional, w));
            let p = power(&c, &rule, Mode::Individual).unwrap();
            let one = Share::of(1, 1);
            prop_assert_eq!(&p.members[0].banzhaf, &one);
            prop_assert_eq!(&p.members[0].shapley_shubik, &one);
            prop_assert_eq!(&p.members[0].coleman_prevent, &one);
            for m in &p.members[1..] {
                prop_assert!(m.banzhaf.is_zero() && m.shapley_shubik.is_zero() && m.swings == 0);
            }
        }
    }
}
