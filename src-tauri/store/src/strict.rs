//! A strict JSON reader: one document, bounded nesting, no duplicate keys.
//!
//! `serde_json::Value` silently keeps the last of two equal keys; a file this app wrote never has
//! them, so a duplicate means the file was altered and it is treated as damaged. Nesting is
//! bounded well below serde_json's own recursion limit so a hostile file cannot exhaust the stack.

use std::cell::Cell;
use std::fmt;

use serde::de::{DeserializeSeed, Error as _, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Number, Value};

use crate::damage::DamageReason;

/// The deepest nesting of arrays and objects accepted (the app's records need fewer than 10).
pub const MAX_DEPTH: usize = 64;

/// Parses `bytes` as exactly one JSON value, or says why it is not usable.
pub(crate) fn parse(bytes: &[u8]) -> Result<Value, DamageReason> {
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(DamageReason::Empty);
    }
    let issue = Cell::new(None);
    let mut de = serde_json::Deserializer::from_slice(bytes);
    let result = StrictSeed {
        depth: 0,
        issue: &issue,
    }
    .deserialize(&mut de)
    .and_then(|value| de.end().map(|()| value));
    match result {
        Ok(value) => Ok(value),
        Err(err) => Err(match issue.get() {
            Some(found) => found.into(),
            None if err.is_eof() => DamageReason::Truncated,
            None => DamageReason::NotJson,
        }),
    }
}

/// The reasons the seed itself detects (everything else comes from the JSON syntax).
#[derive(Clone, Copy)]
enum Issue {
    TooDeep,
    DuplicateKey,
}

impl From<Issue> for DamageReason {
    fn from(issue: Issue) -> Self {
        match issue {
            Issue::TooDeep => DamageReason::TooDeep,
            Issue::DuplicateKey => DamageReason::DuplicateKey,
        }
    }
}

#[derive(Clone, Copy)]
struct StrictSeed<'a> {
    depth: usize,
    issue: &'a Cell<Option<Issue>>,
}

impl StrictSeed<'_> {
    fn deeper<E: serde::de::Error>(self) -> Result<Self, E> {
        if self.depth >= MAX_DEPTH {
            self.issue.set(Some(Issue::TooDeep));
            return Err(E::custom("nesting too deep"));
        }
        Ok(StrictSeed {
            depth: self.depth + 1,
            issue: self.issue,
        })
    }
}

impl<'de> DeserializeSeed<'de> for StrictSeed<'_> {
    type Value = Value;

    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for StrictSeed<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::Number(v.into()))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::Number(v.into()))
    }

    fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<Value, E> {
        Number::from_f64(v)
            .map(Value::Number)
            .ok_or_else(|| E::custom("non-finite number"))
    }

    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_owned()))
    }

    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let inner = self.deeper()?;
        let mut items = Vec::new();
        while let Some(item) = seq.next_element_seed(inner)? {
            items.push(item);
        }
        Ok(Value::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let inner = self.deeper()?;
        let mut object = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            if object.contains_key(&key) {
                self.issue.set(Some(Issue::DuplicateKey));
                return Err(A::Error::custom("duplicate key"));
            }
            let value = map.next_value_seed(inner)?;
            object.insert(key, value);
        }
        Ok(Value::Object(object))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_plain_documents() {
        let v = parse(br#" {"a": [1, -2, 3.5, "x", null, true, {"b": {}}]} "#).unwrap();
        assert_eq!(v["a"][6]["b"], serde_json::json!({}));
        assert_eq!(v["a"][1], serde_json::json!(-2));
    }

    #[test]
    fn classifies_problems() {
        assert_eq!(parse(b""), Err(DamageReason::Empty));
        assert_eq!(parse(b" \n\t"), Err(DamageReason::Empty));
        assert_eq!(parse(br#"{"a": [1, "#), Err(DamageReason::Truncated));
        assert_eq!(parse(b"{} x"), Err(DamageReason::NotJson));
        assert_eq!(parse(b"\xEF\xBB\xBF{}"), Err(DamageReason::NotJson));
        assert_eq!(parse(br#"{"a":1,"a":2}"#), Err(DamageReason::DuplicateKey));
        assert_eq!(
            parse(br#"{"x":{"a":1,"b":{"c":1,"c":1}}}"#),
            Err(DamageReason::DuplicateKey)
        );
    }

    #[test]
    fn nesting_is_bounded_exactly() {
        let ok = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
        assert!(parse(ok.as_bytes()).is_ok());
        let deep = format!("{}{}", "[".repeat(MAX_DEPTH + 1), "]".repeat(MAX_DEPTH + 1));
        assert_eq!(parse(deep.as_bytes()), Err(DamageReason::TooDeep));
        let very_deep = "[".repeat(1_000_000);
        assert_eq!(parse(very_deep.as_bytes()), Err(DamageReason::TooDeep));
    }
}
