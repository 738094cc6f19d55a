//! Test support shared by the integration tests (`mod support;`).
//!
//! - `certs`: a test CA and leaf/expired/wrong-host/self-signed certificates.
//! - `fake_pop3`: a scripted POP3 server with faults on demand.
//! - `dovecot`: a private Dovecot on loopback (real-server interop).
//! - `fake_smtp`: a scripted SMTP submission server with faults on demand.
//! - `dovecot_submission`: Dovecot's submission service (real SMTP interop).
//!
//! Each test binary uses only part of this, hence the `dead_code` allowance.
#![allow(dead_code)]

pub mod certs;
pub mod dovecot;
pub mod dovecot_submission;
pub mod fake_pop3;
pub mod fake_smtp;
pub mod mail;
