//! Schema versions and the steps that upgrade old data.
//!
//! Schema versions start at 1. Each step is a plain function that turns the `data` of version
//! `k` into the `data` of version `k + 1`, working on `serde_json::Value` so that old shapes
//! never need a Rust type. The newest version is `1 + number of steps`.

use serde_json::Value;

/// A step's failure. The text is fixed by the step's author and must not quote the data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MigrationError(pub &'static str);

impl std::fmt::Display for MigrationError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0)
    }
}

impl std::error::Error for MigrationError {}

/// One upgrade step, from version `k` to `k + 1`.
pub type MigrationStep = fn(Value) -> Result<Value, MigrationError>;

/// The ordered list of upgrade steps; defines the current schema version.
#[derive(Debug, Clone, Default)]
pub struct Migrations {
    steps: Vec<MigrationStep>,
}

impl Migrations {
    /// No steps: the current schema is version 1.
    pub fn none() -> Self {
        Self::default()
    }

    /// Steps in order: `steps[0]` upgrades 1 → 2, `steps[1]` 2 → 3, and so on.
    pub fn from_steps(steps: &[MigrationStep]) -> Self {
        Self {
            steps: steps.to_vec(),
        }
    }

    /// Appends the step from the current newest version to the next one.
    pub fn then(mut self, step: MigrationStep) -> Self {
        self.steps.push(step);
        self
    }

    /// The newest schema version: what `save` writes and the highest `load` accepts.
    pub fn current(&self) -> u32 {
        u32::try_from(self.steps.len()).map_or(u32::MAX, |n| n.saturating_add(1))
    }

    /// Upgrades `data` from version `from` (1 ≤ `from` ≤ current) to the current version.
    ///
    /// On failure returns the version the failing step started from.
    pub fn upgrade(&self, from: u32, mut data: Value) -> Result<Value, u32> {
        let first = usize::try_from(from.saturating_sub(1)).unwrap_or(usize::MAX);
        for (index, step) in self.steps.iter().enumerate().skip(first) {
            let version = u32::try_from(index + 1).unwrap_or(u32::MAX);
            data = step(data).map_err(|_| version)?;
        }
        Ok(data)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn add_b(mut v: Value) -> Result<Value, MigrationError> {
        v.as_object_mut()
            .ok_or(MigrationError("not an object"))?
            .insert("b".into(), json!(2));
        Ok(v)
    }

    fn double_b(mut v: Value) -> Result<Value, MigrationError> {
        let b = v["b"].as_i64().ok_or(MigrationError("b is not a number"))?;
        v["b"] = json!(b * 2);
        Ok(v)
    }

    #[test]
    fn versions_count_from_one() {
        assert_eq!(Migrations::none().current(), 1);
        assert_eq!(Migrations::none().then(add_b).then(double_b).current(), 3);
    }

    #[test]
    fn upgrade_runs_only_the_needed_steps() {
        let m = Migrations::from_steps(&[add_b, double_b]);
        assert_eq!(m.upgrade(1, json!({"a": 1})), Ok(json!({"a": 1, "b": 4})));
        assert_eq!(m.upgrade(2, json!({"b": 5})), Ok(json!({"b": 10})));
        assert_eq!(m.upgrade(3, json!({"b": 5})), Ok(json!({"b": 5})));
    }

    #[test]
    fn upgrade_reports_the_failing_step() {
        let m = Migrations::from_steps(&[add_b, double_b]);
        assert_eq!(m.upgrade(1, json!([1])), Err(1));
        assert_eq!(m.upgrade(2, json!({"b": "x"})), Err(2));
    }
}
