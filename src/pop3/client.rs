//! The async POP3 client.
