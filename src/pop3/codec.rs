//! The POP3 codec: status lines, response codes, multi-line replies with
//! dot-unstuffing, CAPA, LIST/UIDL lines, the APOP timestamp. No I/O.

/// An extended response code (RFC 2449, 3206) in brackets after +OK/-ERR.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RespCode {
    InUse,
    LoginDelay,
    SysTemp,
    SysPerm,
    Auth,
    Other(String),
}
