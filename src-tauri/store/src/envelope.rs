//! The envelope around every file the store writes:
//! `{ "format": "zairyu-records", "schema": N, "saved_at": "<RFC 3339 UTC>", "data": ... }`.

use chrono::{DateTime, SecondsFormat, Utc};
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

use crate::damage::DamageReason;
use crate::migrate::Migrations;
use crate::strict;

/// The `format` tag of the records file.
pub const RECORDS_FORMAT: &str = "zairyu-records";
/// The `format` tag of an export file.
pub const EXPORT_FORMAT: &str = "zairyu-export";

#[derive(Serialize)]
struct EnvelopeOut<'a, T> {
    format: &'a str,
    schema: u32,
    saved_at: String,
    data: &'a T,
}

/// A decoded envelope.
#[derive(Debug)]
pub(crate) struct Decoded<T> {
    pub data: T,
    /// The schema version the file was written with, when older than the current one.
    pub migrated_from: Option<u32>,
}

/// Encodes `data` in an envelope of `format`, and checks that the bytes decode back to a value
/// (a file that could not be read back must never be written).
pub(crate) fn encode<T: Serialize + DeserializeOwned>(
    format: &str,
    migrations: &Migrations,
    data: &T,
) -> Option<Vec<u8>> {
    let envelope = EnvelopeOut {
        format,
        schema: migrations.current(),
        saved_at: Utc::now().to_rfc3339_opts(SecondsFormat::Millis, true),
        data,
    };
    let mut bytes = serde_json::to_vec_pretty(&envelope).ok()?;
    bytes.push(b'\n');
    decode::<T>(format, migrations, &bytes).ok()?;
    Some(bytes)
}

/// Decodes an envelope of `format` from `bytes`, upgrading older schemas.
pub(crate) fn decode<T: DeserializeOwned>(
    format: &str,
    migrations: &Migrations,
    bytes: &[u8],
) -> Result<Decoded<T>, DamageReason> {
    let value = strict::parse(bytes)?;
    let Value::Object(mut object) = value else {
        return Err(DamageReason::NotAnObject);
    };
    match object.get("format") {
        None => return Err(DamageReason::MissingField { field: "format" }),
        Some(Value::String(found)) if found == format => {}
        Some(Value::String(_)) => return Err(DamageReason::WrongFormat),
        Some(_) => return Err(DamageReason::BadField { field: "format" }),
    }
    let known = migrations.current();
    let schema = match object.get("schema") {
        None => return Err(DamageReason::MissingField { field: "schema" }),
        Some(v) => match v.as_u64() {
            Some(0) | None => return Err(DamageReason::BadField { field: "schema" }),
            Some(n) if n > u64::from(known) => {
                return Err(DamageReason::NewerSchema { found: n, known })
            }
            Some(n) => u32::try_from(n).map_err(|_| DamageReason::BadField { field: "schema" })?,
        },
    };
    match object.get("saved_at") {
        None => return Err(DamageReason::MissingField { field: "saved_at" }),
        Some(Value::String(s)) if DateTime::parse_from_rfc3339(s).is_ok() => {}
        Some(_) => return Err(DamageReason::BadField { field: "saved_at" }),
    }
    let data = object
        .remove("data")
        .ok_or(DamageReason::MissingField { field: "data" })?;
    let data = migrations
        .upgrade(schema, data)
        .map_err(|from| DamageReason::MigrationFailed { from })?;
    let data = serde_json::from_value(data).map_err(|_| DamageReason::InvalidData)?;
    Ok(Decoded {
        data,
        migrated_from: (schema < known).then_some(schema),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn bytes(v: Value) -> Vec<u8> {
        serde_json::to_vec(&v).unwrap()
    }

    fn env(schema: Value) -> Value {
        json!({"format": RECORDS_FORMAT, "schema": schema, "saved_at": "2026-01-02T03:04:05Z", "data": [1]})
    }

    #[test]
    fn round_trip() {
        let m = Migrations::none();
        let b = encode(RECORDS_FORMAT, &m, &vec![1u8, 2, 3]).unwrap();
        let d: Decoded<Vec<u8>> = decode(RECORDS_FORMAT, &m, &b).unwrap();
        assert_eq!(d.data, vec![1, 2, 3]);
        assert_eq!(d.migrated_from, None);
        let text = String::from_utf8(b).unwrap();
        assert!(text.contains("\"format\": \"zairyu-records\""));
        assert!(text.contains("\"schema\": 1"));
    }

    #[test]
    fn encode_refuses_what_would_not_read_back() {
        assert!(encode(RECORDS_FORMAT, &Migrations::none(), &vec![f64::NAN]).is_none());
    }

    #[test]
    fn schema_values() {
        let m = Migrations::none();
        let d = |v: Value| decode::<Vec<u8>>(RECORDS_FORMAT, &m, &bytes(v)).map(|d| d.data);
        assert_eq!(d(env(json!(1))), Ok(vec![1]));
        let bad = Err(DamageReason::BadField { field: "schema" });
        assert_eq!(d(env(json!(0))), bad);
        assert_eq!(d(env(json!(-1))), bad);
        assert_eq!(d(env(json!(1.5))), bad);
        assert_eq!(d(env(json!("1"))), bad);
        assert_eq!(
            d(env(json!(2))),
            Err(DamageReason::NewerSchema { found: 2, known: 1 })
        );
        assert_eq!(
            d(env(json!(u64::MAX))),
            Err(DamageReason::NewerSchema {
                found: u64::MAX,
                known: 1
            })
        );
    }

    #[test]
    fn envelope_fields() {
        let m = Migrations::none();
        let d = |v: Value| decode::<Vec<u8>>(RECORDS_FORMAT, &m, &bytes(v)).map(|d| d.data);
        for field in ["format", "schema", "saved_at", "data"] {
            let mut v = env(json!(1));
            v.as_object_mut().unwrap().remove(field);
            assert_eq!(d(v), Err(DamageReason::MissingField { field }), "{field}");
        }
        let mut v = env(json!(1));
        v["format"] = json!(EXPORT_FORMAT);
        assert_eq!(d(v), Err(DamageReason::WrongFormat));
        let mut v = env(json!(1));
        v["saved_at"] = json!("yesterday");
        assert_eq!(d(v), Err(DamageReason::BadField { field: "saved_at" }));
        let mut v = env(json!(1));
        v["data"] = json!("not a list");
        assert_eq!(d(v), Err(DamageReason::InvalidData));
        assert_eq!(d(json!([env(json!(1))])), Err(DamageReason::NotAnObject));
    }
}
