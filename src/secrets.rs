//! Passwords: a small trait over the OS keyring (Secret Service on Linux,
//! Keychain on macOS, Credential Manager on Windows) and an in-memory store
//! for tests. Never a silent plaintext fallback.
//!
//! INTERFACE STUB: being written.

use std::fmt;

/// A password. Its `Debug` never shows it, it has no `Display`, and its
/// memory is overwritten when dropped.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn new(s: impl Into<String>) -> Self {
        Secret(s.into())
    }
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(***)")
    }
}

impl Drop for Secret {
    fn drop(&mut self) {
        // SAFETY: zero bytes are valid UTF-8.
        unsafe {
            for b in self.0.as_bytes_mut() {
                std::ptr::write_volatile(b, 0);
            }
        }
    }
}
