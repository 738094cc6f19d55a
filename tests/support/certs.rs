//! Test certificates, generated at test time with rcgen.
//!
//! One process-wide test PKI (`pki()`): a test CA and leaf certificates
//! signed by it for `localhost` / `127.0.0.1` (valid), an expired one, one
//! for a wrong host name, plus a self-signed certificate for `localhost`.
//! Keys are ECDSA P-256, PEM PKCS#8.

use std::sync::OnceLock;

use rcgen::{
    BasicConstraints, CertificateParams, DnType, ExtendedKeyUsagePurpose, IsCa, Issuer, KeyPair,
    KeyUsagePurpose,
};
use sha2::{Digest, Sha256};
use time::{Duration, OffsetDateTime};

/// One certificate with its private key.
#[derive(Clone, Debug)]
pub struct TestCert {
    /// The certificate alone, PEM.
    pub cert_pem: String,
    /// The private key, PEM PKCS#8 (`-----BEGIN PRIVATE KEY-----`).
    pub key_pem: String,
    /// The certificate, DER.
    pub der: Vec<u8>,
    /// SHA-256 of the DER certificate, lower-case hex without separators.
    pub fingerprint: String,
    /// PEM of the issuing CA when the certificate is CA-signed (sent as chain).
    pub chain_pem: Option<String>,
}

impl TestCert {
    /// Certificate followed by its issuing CA (if any): what a server sends.
    pub fn full_chain_pem(&self) -> String {
        match &self.chain_pem {
            Some(ca) => format!("{}{}", self.cert_pem, ca),
            None => self.cert_pem.clone(),
        }
    }

    /// A server identity (certificate chain + key) for native-tls.
    pub fn identity(&self) -> native_tls::Identity {
        native_tls::Identity::from_pkcs8(self.full_chain_pem().as_bytes(), self.key_pem.as_bytes())
            .expect("test identity")
    }

    /// A native-tls server-side acceptor for this certificate.
    pub fn acceptor(&self) -> native_tls::TlsAcceptor {
        native_tls::TlsAcceptor::new(self.identity()).expect("test TLS acceptor")
    }

    /// The certificate as a native-tls certificate (e.g. to add as a root).
    pub fn certificate(&self) -> native_tls::Certificate {
        native_tls::Certificate::from_der(&self.der).expect("test certificate")
    }
}

/// The whole test PKI.
#[derive(Debug)]
pub struct TestPki {
    /// The test CA (self-signed, `IsCa`). Its key signs the leaves.
    pub ca: TestCert,
    /// Leaf for `localhost` and `127.0.0.1`, valid from yesterday for a year.
    pub valid: TestCert,
    /// Leaf for `localhost` and `127.0.0.1` that expired (2020-01-01 .. 2021-01-01).
    pub expired: TestCert,
    /// Leaf for `mail.wrong-host.example` only (valid dates, right CA).
    pub wrong_host: TestCert,
    /// Self-signed certificate for `localhost` and `127.0.0.1` (not CA-signed).
    pub self_signed: TestCert,
}

impl TestPki {
    /// The CA as a root certificate for a native-tls client connector.
    pub fn ca_certificate(&self) -> native_tls::Certificate {
        self.ca.certificate()
    }

    /// A native-tls client connector trusting only the test CA (plus system roots).
    pub fn client_connector(&self) -> native_tls::TlsConnector {
        native_tls::TlsConnector::builder()
            .add_root_certificate(self.ca_certificate())
            .build()
            .expect("test TLS connector")
    }
}

/// Lower-case hex SHA-256 of DER bytes.
pub fn sha256_hex(der: &[u8]) -> String {
    Sha256::digest(der)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The process-wide test PKI (generated once, on first use).
pub fn pki() -> &'static TestPki {
    static PKI: OnceLock<TestPki> = OnceLock::new();
    PKI.get_or_init(generate)
}

fn names(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

fn leaf_params(
    cn: &str,
    sans: &[&str],
    from: OffsetDateTime,
    to: OffsetDateTime,
) -> CertificateParams {
    let mut params = CertificateParams::new(names(sans)).expect("leaf params");
    params.distinguished_name.push(DnType::CommonName, cn);
    params
        .distinguished_name
        .push(DnType::OrganizationName, "Postern tests");
    params.not_before = from;
    params.not_after = to;
    params.is_ca = IsCa::ExplicitNoCa;
    params.key_usages = vec![
        KeyUsagePurpose::DigitalSignature,
        KeyUsagePurpose::KeyEncipherment,
    ];
    params.extended_key_usages = vec![ExtendedKeyUsagePurpose::ServerAuth];
    params.use_authority_key_identifier_extension = true;
    params
}

fn test_cert(cert: rcgen::Certificate, key: &KeyPair, chain: Option<&str>) -> TestCert {
    let der = cert.der().to_vec();
    TestCert {
        cert_pem: cert.pem(),
        key_pem: key.serialize_pem(),
        fingerprint: sha256_hex(&der),
        der,
        chain_pem: chain.map(str::to_string),
    }
}

fn generate() -> TestPki {
    let now = OffsetDateTime::now_utc();
    let from = now - Duration::days(1);
    let to = now + Duration::days(365);

    // CA
    let ca_key = KeyPair::generate().expect("CA key");
    let mut ca_params = CertificateParams::new(Vec::<String>::new()).expect("CA params");
    ca_params
        .distinguished_name
        .push(DnType::CommonName, "Postern Test CA");
    ca_params
        .distinguished_name
        .push(DnType::OrganizationName, "Postern tests");
    ca_params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    ca_params.key_usages = vec![
        KeyUsagePurpose::KeyCertSign,
        KeyUsagePurpose::CrlSign,
        KeyUsagePurpose::DigitalSignature,
    ];
    ca_params.not_before = now - Duration::days(2);
    ca_params.not_after = now + Duration::days(3650);
    let ca_cert = ca_params.self_signed(&ca_key).expect("CA cert");
    let ca = test_cert(ca_cert, &ca_key, None);
    let issuer = Issuer::new(ca_params, ca_key);

    let signed = |cn: &str, sans: &[&str], from: OffsetDateTime, to: OffsetDateTime| {
        let key = KeyPair::generate().expect("leaf key");
        let cert = leaf_params(cn, sans, from, to)
            .signed_by(&key, &issuer)
            .expect("leaf cert");
        test_cert(cert, &key, Some(&ca.cert_pem))
    };

    let valid = signed("localhost", &["localhost", "127.0.0.1"], from, to);
    let expired = signed(
        "localhost",
        &["localhost", "127.0.0.1"],
        rcgen::date_time_ymd(2020, 1, 1),
        rcgen::date_time_ymd(2021, 1, 1),
    );
    let wrong_host = signed(
        "mail.wrong-host.example",
        &["mail.wrong-host.example"],
        from,
        to,
    );

    let self_key = KeyPair::generate().expect("self-signed key");
    let self_cert = leaf_params("localhost", &["localhost", "127.0.0.1"], from, to)
        .self_signed(&self_key)
        .expect("self-signed cert");
    let self_signed = test_cert(self_cert, &self_key, None);

    TestPki {
        ca,
        valid,
        expired,
        wrong_host,
        self_signed,
    }
}
