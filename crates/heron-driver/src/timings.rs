//! Per-phase wall-clock timings, shown by `heron -v`.

use std::fmt::Write;
use std::time::{Duration, Instant};

/// One timed phase, for the whole build (`module` is `None`) or for one module.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PhaseTime {
    /// The phase: `probe`, `syntax check`, `read`, `parse`, `lower`, `optimize`, `codegen`,
    /// `link`, `total`, ...
    pub phase: &'static str,
    /// The module the phase worked on (its dotted name), if it is per module.
    pub module: Option<String>,
    /// How long it took.
    pub duration: Duration,
}

/// The timings of a build, in the order the phases finished (per-module phases are grouped by
/// module, in source order).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Timings {
    /// The phases.
    pub phases: Vec<PhaseTime>,
}

impl Timings {
    /// Records a phase.
    pub fn push(&mut self, phase: &'static str, module: Option<&str>, duration: Duration) {
        self.phases.push(PhaseTime {
            phase,
            module: module.map(str::to_string),
            duration,
        });
    }

    /// Runs `f`, recording how long it took as `phase`.
    pub fn time<T>(
        &mut self,
        phase: &'static str,
        module: Option<&str>,
        f: impl FnOnce() -> T,
    ) -> T {
        let start = Instant::now();
        let r = f();
        self.push(phase, module, start.elapsed());
        r
    }

    /// Appends the phases of another set of timings.
    pub fn extend(&mut self, other: Timings) {
        self.phases.extend(other.phases);
    }

    /// A human-readable table, one phase a line: `  parse      app      1.23 ms`.
    pub fn report(&self) -> String {
        let name_width = self
            .phases
            .iter()
            .map(|p| p.module.as_deref().map_or(0, str::len))
            .max()
            .unwrap_or(0);
        let mut out = String::new();
        for p in &self.phases {
            let ms = p.duration.as_secs_f64() * 1000.0;
            let module = p.module.as_deref().unwrap_or("");
            let _ = writeln!(
                out,
                "  {:<13} {:<name_width$} {:>9.2} ms",
                p.phase, module, ms
            );
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn report_aligns_columns() {
        let mut t = Timings::default();
        t.push("probe", None, Duration::from_millis(12));
        t.push("parse", Some("pkg.mod"), Duration::from_micros(1500));
        let r = t.report();
        let lines: Vec<&str> = r.lines().collect();
        assert_eq!(lines.len(), 2);
        assert!(lines[0].starts_with("  probe "));
        assert!(lines[0].ends_with("12.00 ms"));
        assert!(lines[1].contains("pkg.mod"));
        assert!(lines[1].ends_with("1.50 ms"));
        assert_eq!(lines[0].len(), lines[1].len());
    }
}
