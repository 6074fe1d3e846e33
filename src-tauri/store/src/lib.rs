//! Durable records on the device.
