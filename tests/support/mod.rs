//! Test support shared by the integration tests (`mod support;`).
//!
//! - `certs`: a test CA and leaf/expired/wrong-host/self-signed certificates.
//! - `fake_pop3`: a scripted POP3 server with faults on demand.
//! - `dovecot`: a private Dovecot on loopback (real-server interop).
//!
//! Each test binary uses only part of this, hence the `dead_code` allowance.
#![allow(dead_code)]

pub mod certs;
pub mod dovecot;
pub mod fake_pop3;
pub mod mail;
