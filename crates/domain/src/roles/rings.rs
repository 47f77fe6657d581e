//! The participation picture: concentric rings whose areas follow the
//! shares the sources give. Radii are fractions of the community's edge
//! (1.0); levels outside the community are bands beyond it.

use super::{Level, RolesFile};

/// Width of each band outside the community, as a fraction of its radius.
pub const OUTSIDE_BAND: f64 = 0.2;
/// The smallest area a level without a share gets, in percent, so that its
/// ring stays visible and clickable.
const MIN_UNSHARED: f64 = 5.0;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Ring {
    /// Index into the file's levels.
    pub level: usize,
    pub inner: f64,
    pub outer: f64,
}

impl RolesFile {
    /// One ring per level, from the centre outwards.
    pub fn rings(&self) -> Vec<Ring> {
        rings(&self.levels)
    }
}

/// Areas: a level with a share gets the middle of its range; levels without
/// one split what is left equally (at least `MIN_UNSHARED` each); the total
/// is then scaled to the whole community, and radius = √(cumulative area).
pub fn rings(levels: &[Level]) -> Vec<Ring> {
    let inside: Vec<usize> = (0..levels.len()).filter(|&i| !levels[i].outside).collect();
    let shared: f64 = inside
        .iter()
        .filter_map(|&i| levels[i].share)
        .map(|share| (f64::from(share.min) + f64::from(share.max)) / 2.0)
        .sum();
    let unshared = inside
        .iter()
        .filter(|&&i| levels[i].share.is_none())
        .count();
    let each_unshared = if unshared == 0 {
        0.0
    } else {
        ((100.0 - shared) / unshared as f64).max(MIN_UNSHARED)
    };
    let areas: Vec<f64> = inside
        .iter()
        .map(|&i| match levels[i].share {
            Some(share) => (f64::from(share.min) + f64::from(share.max)) / 2.0,
            None => each_unshared,
        })
        .collect();
    let total: f64 = areas.iter().sum();
    let mut rings = Vec::with_capacity(levels.len());
    let mut cumulative = 0.0;
    let mut inner = 0.0;
    for (&level, area) in inside.iter().zip(&areas) {
        cumulative += area;
        let outer = if total > 0.0 {
            (cumulative / total).sqrt().min(1.0)
        } else {
            1.0
        };
        rings.push(Ring {
            level,
            inner,
            outer,
        });
        inner = outer;
    }
    let mut edge = 1.0;
    for level in (0..levels.len()).filter(|&i| levels[i].outside) {
        rings.push(Ring {
            level,
            inner: edge,
            outer: edge + OUTSIDE_BAND,
        });
        edge += OUTSIDE_BAND;
    }
    rings
}

/// An SVG path for a ring between radii `inner` and `outer` (in user units)
/// around (`cx`, `cy`), filled with the even-odd rule so the hole stays empty.
pub fn ring_path(cx: f64, cy: f64, inner: f64, outer: f64) -> String {
    let circle = |r: f64| {
        let (x0, x1, y, r) = (fixed(cx - r), fixed(cx + r), fixed(cy), fixed(r));
        format!("M {x0} {y} A {r} {r} 0 1 0 {x1} {y} A {r} {r} 0 1 0 {x0} {y} Z")
    };
    if inner <= 0.0 {
        circle(outer)
    } else {
        format!("{} {}", circle(outer), circle(inner))
    }
}

/// `value` with two decimals ("12.50"), formatted through integers: float
/// formatting would add ~25 KB of code to the app for this alone.
pub fn fixed(value: f64) -> String {
    let hundredths = (value * 100.0).round() as i64;
    let sign = if hundredths < 0 { "-" } else { "" };
    let hundredths = hundredths.unsigned_abs();
    format!("{sign}{}.{:02}", hundredths / 100, hundredths % 100)
}
