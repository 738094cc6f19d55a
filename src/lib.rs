//! Postern's GUI-free core: accounts, storage, secrets, the POP3 client and
//! the download engine. Nothing below this file imports iced (a test checks).

pub mod account;
pub mod autoconfig;
pub mod doctor;
pub mod export;
pub mod i18n;
pub mod mime;
pub mod net;
pub mod pop3;
pub mod prefs;
pub mod reader;
pub mod secrets;
pub mod smtp;
pub mod store;
pub mod sync;
