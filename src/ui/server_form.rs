//! The server settings form, shared by the wizard and the settings pane:
//! incoming (POP3) and outgoing (SMTP) server, port, security, user names.
//!
//! Ports follow the security the user picks, as long as the user did not
//! type the port: ticking SSL/TLS moves 110 to 995 (SMTP 587/25 to 465),
//! unticking moves them back. Choosing no encryption shows a warning the
//! user must accept before going on.

use iced::widget::{checkbox, column, pick_list, row, text, text_input};
use iced::{Element, Length};

use postern::account::{AccountSettings, Incoming, Outgoing, PopAuth, Security};
use postern::autoconfig::Discovery;
use postern::doctor::{Fix, Service};
use postern::fl;

use super::widgets::{field, heading, indented, parse_port, section, warning_box, FIELD_WIDTH};

/// A connection security as the pickers show it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SecurityChoice(pub Security);

impl SecurityChoice {
    pub const ALL: [SecurityChoice; 3] = [
        SecurityChoice(Security::Tls),
        SecurityChoice(Security::StartTls),
        SecurityChoice(Security::None),
    ];
}

impl std::fmt::Display for SecurityChoice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&security_label(self.0))
    }
}

pub fn security_label(security: Security) -> String {
    match security {
        Security::Tls => fl!("wizard-security-tls"),
        Security::StartTls => fl!("wizard-security-starttls"),
        Security::None => fl!("wizard-security-none"),
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServerForm {
    pub in_host: String,
    pub in_port: String,
    /// The user typed the incoming port: never move it.
    pub in_port_typed: bool,
    pub in_security: Security,
    pub username: String,
    pub auth: PopAuth,
    pub in_pin: Option<String>,
    pub out_host: String,
    pub out_port: String,
    pub out_port_typed: bool,
    pub out_security: Security,
    pub smtp_auth: bool,
    pub smtp_same: bool,
    pub smtp_username: String,
    pub smtp_password: String,
    pub out_pin: Option<String>,
    pub plaintext_accepted: bool,
    /// Show "required" errors (after the user tried to go on).
    pub show_errors: bool,
    /// The wizard needs a separate SMTP password; the settings pane keeps
    /// the stored one when the field is empty.
    pub require_smtp_password: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Message {
    InHostChanged(String),
    InPortChanged(String),
    InEncryptedToggled(bool),
    InSecuritySelected(SecurityChoice),
    UsernameChanged(String),
    OutHostChanged(String),
    OutPortChanged(String),
    OutEncryptedToggled(bool),
    OutSecuritySelected(SecurityChoice),
    SmtpAuthToggled(bool),
    SmtpSameToggled(bool),
    SmtpUsernameChanged(String),
    SmtpPasswordChanged(String),
    PlaintextAccepted(bool),
    /// Enter in a field: the parent decides (Next, Save).
    Submit,
}

/// Inline problems, one per field.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Errors {
    pub in_host: Option<String>,
    pub in_port: Option<String>,
    pub username: Option<String>,
    pub out_host: Option<String>,
    pub out_port: Option<String>,
    pub smtp_username: Option<String>,
    pub smtp_password: Option<String>,
    pub plaintext: Option<String>,
}

impl Errors {
    pub fn is_empty(&self) -> bool {
        *self == Errors::default()
    }
}

/// Field ids, for focus.
pub const IN_HOST: &str = "server-in-host";
pub const IN_PORT: &str = "server-in-port";

impl Default for ServerForm {
    fn default() -> Self {
        ServerForm {
            in_host: String::new(),
            in_port: Security::Tls.default_pop_port().to_string(),
            in_port_typed: false,
            in_security: Security::Tls,
            username: String::new(),
            auth: PopAuth::Auto,
            in_pin: None,
            out_host: String::new(),
            out_port: Security::StartTls.default_smtp_port().to_string(),
            out_port_typed: false,
            out_security: Security::StartTls,
            smtp_auth: true,
            smtp_same: true,
            smtp_username: String::new(),
            smtp_password: String::new(),
            out_pin: None,
            plaintext_accepted: false,
            show_errors: false,
            require_smtp_password: true,
        }
    }
}

/// Moves an untouched standard POP3 port to the one of the new security.
fn move_pop_port(port: &mut String, typed: bool, to: Security) {
    if !typed && matches!(parse_port(port), Some(110 | 995)) {
        *port = to.default_pop_port().to_string();
    }
}

/// Moves an untouched standard SMTP port to the one of the new security.
fn move_smtp_port(port: &mut String, typed: bool, to: Security) {
    if !typed && matches!(parse_port(port), Some(25 | 465 | 587)) {
        *port = to.default_smtp_port().to_string();
    }
}

impl ServerForm {
    /// Pre-filled from discovery; the user name defaults to the address.
    pub fn from_discovery(email: &str, discovery: &Discovery) -> ServerForm {
        let mut form = ServerForm {
            username: email.to_owned(),
            ..ServerForm::default()
        };
        if let Some(found) = &discovery.incoming {
            form.in_host = found.host.clone();
            form.in_port = found.port.to_string();
            form.in_security = found.security;
            if !found.username.is_empty() {
                form.username = found.username.clone();
            }
        }
        if let Some(found) = &discovery.outgoing {
            form.out_host = found.host.clone();
            form.out_port = found.port.to_string();
            form.out_security = found.security;
            if !found.username.is_empty() && found.username != form.username {
                form.smtp_same = false;
                form.smtp_username = found.username.clone();
            }
        }
        form
    }

    pub fn from_settings(settings: &AccountSettings) -> ServerForm {
        let inc = &settings.incoming;
        let mut form = ServerForm {
            in_host: inc.host.clone(),
            in_port: inc.port.to_string(),
            in_security: inc.security,
            username: inc.username.clone(),
            auth: inc.auth,
            in_pin: inc.pin_sha256.clone(),
            plaintext_accepted: settings.allow_plaintext,
            require_smtp_password: false,
            ..ServerForm::default()
        };
        if let Some(out) = &settings.outgoing {
            form.out_host = out.host.clone();
            form.out_port = out.port.to_string();
            form.out_security = out.security;
            form.smtp_auth = out.auth_required;
            form.smtp_same = out.same_as_incoming;
            form.smtp_username = out.username.clone().unwrap_or_default();
            form.out_pin = out.pin_sha256.clone();
        } else {
            form.out_host.clear();
        }
        form
    }

    pub fn has_outgoing(&self) -> bool {
        !self.out_host.trim().is_empty()
    }

    /// True when a password would travel unencrypted.
    pub fn needs_plaintext_consent(&self) -> bool {
        self.in_security == Security::None
            || (self.has_outgoing() && self.out_security == Security::None && self.smtp_auth)
    }

    /// Whether SMTP has its own password (not the incoming one).
    pub fn smtp_own_password(&self) -> bool {
        self.has_outgoing() && self.smtp_auth && !self.smtp_same
    }

    pub fn update(&mut self, message: Message) {
        match message {
            Message::InHostChanged(v) => self.in_host = v,
            Message::InPortChanged(v) => {
                self.in_port = v;
                self.in_port_typed = true;
            }
            Message::InEncryptedToggled(on) => {
                let to = if on {
                    Security::Tls
                } else {
                    Security::StartTls
                };
                self.set_in_security(to);
            }
            Message::InSecuritySelected(choice) => self.set_in_security(choice.0),
            Message::UsernameChanged(v) => self.username = v,
            Message::OutHostChanged(v) => self.out_host = v,
            Message::OutPortChanged(v) => {
                self.out_port = v;
                self.out_port_typed = true;
            }
            Message::OutEncryptedToggled(on) => {
                let to = if on {
                    Security::Tls
                } else {
                    Security::StartTls
                };
                self.set_out_security(to);
            }
            Message::OutSecuritySelected(choice) => self.set_out_security(choice.0),
            Message::SmtpAuthToggled(on) => self.smtp_auth = on,
            Message::SmtpSameToggled(on) => self.smtp_same = on,
            Message::SmtpUsernameChanged(v) => self.smtp_username = v,
            Message::SmtpPasswordChanged(v) => self.smtp_password = v,
            Message::PlaintextAccepted(on) => self.plaintext_accepted = on,
            Message::Submit => {}
        }
    }

    fn set_in_security(&mut self, to: Security) {
        if to == self.in_security {
            return;
        }
        move_pop_port(&mut self.in_port, self.in_port_typed, to);
        self.in_security = to;
        if to == Security::None {
            self.plaintext_accepted = false;
        }
    }

    fn set_out_security(&mut self, to: Security) {
        if to == self.out_security {
            return;
        }
        move_smtp_port(&mut self.out_port, self.out_port_typed, to);
        self.out_security = to;
        if to == Security::None {
            self.plaintext_accepted = false;
        }
    }

    /// Every problem, whether or not it is shown yet.
    pub fn errors(&self) -> Errors {
        let mut e = Errors::default();
        let host_error = |host: &str| {
            if host.trim().is_empty() {
                Some(fl!("wizard-error-host-required"))
            } else if host.trim().contains(char::is_whitespace) {
                Some(fl!("wizard-error-host-invalid"))
            } else {
                None
            }
        };
        e.in_host = host_error(&self.in_host);
        if parse_port(&self.in_port).is_none() {
            e.in_port = Some(fl!("wizard-error-port"));
        }
        if self.username.trim().is_empty() {
            e.username = Some(fl!("wizard-error-username-required"));
        }
        if self.has_outgoing() {
            e.out_host = host_error(&self.out_host);
            if parse_port(&self.out_port).is_none() {
                e.out_port = Some(fl!("wizard-error-port"));
            }
            if self.smtp_own_password() {
                if self.smtp_username.trim().is_empty() {
                    e.smtp_username = Some(fl!("wizard-error-username-required"));
                }
                if self.require_smtp_password && self.smtp_password.is_empty() {
                    e.smtp_password = Some(fl!("wizard-error-password-required"));
                }
            }
        }
        if self.needs_plaintext_consent() && !self.plaintext_accepted {
            e.plaintext = Some(fl!("wizard-error-plaintext"));
        }
        e
    }

    /// The errors to show now: format errors at once, "required" ones only
    /// after the user tried to go on.
    fn shown_errors(&self) -> Errors {
        let all = self.errors();
        if self.show_errors {
            return all;
        }
        Errors {
            in_port: all.in_port.filter(|_| !self.in_port.trim().is_empty()),
            out_port: all.out_port.filter(|_| !self.out_port.trim().is_empty()),
            in_host: all.in_host.filter(|_| !self.in_host.trim().is_empty()),
            out_host: all.out_host.filter(|_| !self.out_host.trim().is_empty()),
            ..Errors::default()
        }
    }

    /// Writes the servers into `settings` (identity and options untouched).
    pub fn apply_to(&self, settings: &mut AccountSettings) {
        settings.incoming = Incoming {
            host: self.in_host.trim().to_owned(),
            port: parse_port(&self.in_port).unwrap_or(0),
            security: self.in_security,
            username: self.username.trim().to_owned(),
            auth: self.auth,
            pin_sha256: self.in_pin.clone(),
        };
        settings.outgoing = self.has_outgoing().then(|| Outgoing {
            host: self.out_host.trim().to_owned(),
            port: parse_port(&self.out_port).unwrap_or(0),
            security: self.out_security,
            auth_required: self.smtp_auth,
            same_as_incoming: self.smtp_same,
            username: (!self.smtp_same && !self.smtp_username.trim().is_empty())
                .then(|| self.smtp_username.trim().to_owned()),
            pin_sha256: self.out_pin.clone(),
        });
        settings.allow_plaintext = self.needs_plaintext_consent() && self.plaintext_accepted;
    }

    /// Applies a doctor's fix to the form.
    pub fn apply_fix(&mut self, service: Service, fix: &Fix) {
        let mut settings = blank_settings();
        self.apply_to(&mut settings);
        fix.apply(service, &mut settings);
        let inc = &settings.incoming;
        if inc.port != 0 {
            self.in_port = inc.port.to_string();
        }
        if inc.security != self.in_security && inc.security == Security::None {
            self.plaintext_accepted = false;
        }
        self.in_security = inc.security;
        self.in_pin = inc.pin_sha256.clone();
        if let Some(out) = &settings.outgoing {
            if out.port != 0 {
                self.out_port = out.port.to_string();
            }
            if out.security != self.out_security && out.security == Security::None {
                self.plaintext_accepted = false;
            }
            self.out_security = out.security;
            self.smtp_auth = out.auth_required;
            self.out_pin = out.pin_sha256.clone();
        }
    }

    pub fn view(&self) -> Element<'_, Message> {
        let errors = self.shown_errors();
        let input = |placeholder: String, value: &str, on: fn(String) -> Message| {
            text_input(&placeholder, value)
                .on_input(on)
                .on_submit(Message::Submit)
                .padding(8)
        };
        let port_input = |value: &str, on: fn(String) -> Message| {
            text_input("", value)
                .on_input(on)
                .on_submit(Message::Submit)
                .padding(8)
                .width(110)
        };

        let incoming = column![
            heading(fl!("wizard-incoming-heading")),
            field(
                fl!("wizard-account-type-label"),
                text(fl!("wizard-account-type-pop3"))
                    .height(34)
                    .align_y(iced::Center),
                None
            ),
            field(
                fl!("wizard-in-host-label"),
                input(
                    fl!("wizard-in-host-placeholder"),
                    &self.in_host,
                    Message::InHostChanged
                )
                .id(IN_HOST)
                .width(FIELD_WIDTH),
                errors.in_host,
            ),
            field(
                fl!("wizard-port-label"),
                port_input(&self.in_port, Message::InPortChanged).id(IN_PORT),
                errors.in_port,
            ),
            indented(
                checkbox(self.in_security == Security::Tls)
                    .label(fl!("wizard-in-encrypted"))
                    .on_toggle(Message::InEncryptedToggled)
            ),
            field(
                fl!("wizard-security-label"),
                pick_list(
                    SecurityChoice::ALL,
                    Some(SecurityChoice(self.in_security)),
                    Message::InSecuritySelected
                )
                .padding(8)
                .width(200),
                None,
            ),
            field(
                fl!("wizard-username-label"),
                input(String::new(), &self.username, Message::UsernameChanged).width(FIELD_WIDTH),
                errors.username,
            ),
        ]
        .spacing(10);

        let mut outgoing = column![
            heading(fl!("wizard-outgoing-heading")),
            field(
                fl!("wizard-out-host-label"),
                input(
                    fl!("wizard-out-host-placeholder"),
                    &self.out_host,
                    Message::OutHostChanged
                )
                .width(FIELD_WIDTH),
                errors.out_host,
            ),
        ]
        .spacing(10);
        if self.has_outgoing() {
            outgoing = outgoing
                .push(field(
                    fl!("wizard-port-label"),
                    port_input(&self.out_port, Message::OutPortChanged),
                    errors.out_port,
                ))
                .push(indented(
                    checkbox(self.out_security == Security::Tls)
                        .label(fl!("wizard-out-encrypted"))
                        .on_toggle(Message::OutEncryptedToggled),
                ))
                .push(field(
                    fl!("wizard-security-label"),
                    pick_list(
                        SecurityChoice::ALL,
                        Some(SecurityChoice(self.out_security)),
                        Message::OutSecuritySelected,
                    )
                    .padding(8)
                    .width(200),
                    None,
                ))
                .push(indented(
                    checkbox(self.smtp_auth)
                        .label(fl!("wizard-smtp-auth"))
                        .on_toggle(Message::SmtpAuthToggled),
                ));
            if self.smtp_auth {
                outgoing = outgoing.push(indented(
                    checkbox(self.smtp_same)
                        .label(fl!("wizard-smtp-same"))
                        .on_toggle(Message::SmtpSameToggled),
                ));
                if !self.smtp_same {
                    outgoing = outgoing
                        .push(field(
                            fl!("wizard-username-label"),
                            input(
                                String::new(),
                                &self.smtp_username,
                                Message::SmtpUsernameChanged,
                            )
                            .width(FIELD_WIDTH),
                            errors.smtp_username,
                        ))
                        .push(field(
                            fl!("wizard-password-label"),
                            input(
                                if self.require_smtp_password {
                                    String::new()
                                } else {
                                    fl!("settings-password-unchanged")
                                },
                                &self.smtp_password,
                                Message::SmtpPasswordChanged,
                            )
                            .secure(true)
                            .width(FIELD_WIDTH),
                            errors.smtp_password,
                        ));
                }
            }
        } else {
            outgoing = outgoing.push(indented(
                text(fl!("wizard-outgoing-optional"))
                    .size(14)
                    .style(text::secondary),
            ));
        }

        let mut content = column![section(incoming), section(outgoing)].spacing(16);
        if self.needs_plaintext_consent() {
            let mut warning = column![
                text(fl!("wizard-plaintext-title")).size(16),
                text(fl!("wizard-plaintext-warning")),
                checkbox(self.plaintext_accepted)
                    .label(fl!("wizard-plaintext-accept"))
                    .on_toggle(Message::PlaintextAccepted),
            ]
            .spacing(8);
            if let Some(error) = errors.plaintext {
                warning = warning.push(text(error).size(13).style(text::danger));
            }
            content = content.push(warning_box(warning));
        }
        row![content.width(Length::Fill)].into()
    }
}

/// Settings with nothing filled in, to run fixes and checks on.
pub fn blank_settings() -> AccountSettings {
    AccountSettings {
        display_name: String::new(),
        email: String::new(),
        incoming: Incoming {
            host: String::new(),
            port: 0,
            security: Security::Tls,
            username: String::new(),
            auth: PopAuth::Auto,
            pin_sha256: None,
        },
        outgoing: None,
        options: Default::default(),
        allow_plaintext: false,
        password_command: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form() -> ServerForm {
        ServerForm {
            in_host: "pop.example.com".into(),
            in_port: "110".into(),
            in_security: Security::StartTls,
            username: "alice".into(),
            out_host: "smtp.example.com".into(),
            out_port: "587".into(),
            out_security: Security::StartTls,
            ..ServerForm::default()
        }
    }

    #[test]
    fn ticking_ssl_moves_untouched_ports_and_unticking_moves_them_back() {
        let mut f = form();
        f.update(Message::InEncryptedToggled(true));
        assert_eq!((f.in_port.as_str(), f.in_security), ("995", Security::Tls));
        f.update(Message::InEncryptedToggled(false));
        assert_eq!(
            (f.in_port.as_str(), f.in_security),
            ("110", Security::StartTls)
        );

        f.update(Message::OutEncryptedToggled(true));
        assert_eq!(
            (f.out_port.as_str(), f.out_security),
            ("465", Security::Tls)
        );
        f.update(Message::OutEncryptedToggled(false));
        assert_eq!(f.out_port, "587");

        f.out_port = "25".into();
        f.update(Message::OutSecuritySelected(SecurityChoice(Security::Tls)));
        assert_eq!(f.out_port, "465");
    }

    #[test]
    fn a_typed_port_is_never_moved() {
        let mut f = form();
        f.update(Message::InPortChanged("110".into()));
        f.update(Message::InEncryptedToggled(true));
        assert_eq!((f.in_port.as_str(), f.in_security), ("110", Security::Tls));
        f.update(Message::OutPortChanged("2525".into()));
        f.update(Message::OutSecuritySelected(SecurityChoice(Security::Tls)));
        assert_eq!(f.out_port, "2525");
        f.update(Message::OutPortChanged("587".into()));
        f.update(Message::OutEncryptedToggled(false));
        f.update(Message::OutEncryptedToggled(true));
        assert_eq!(f.out_port, "587");
    }

    #[test]
    fn the_picker_moves_ports_like_the_checkbox() {
        let mut f = form();
        f.update(Message::InSecuritySelected(SecurityChoice(Security::Tls)));
        assert_eq!(f.in_port, "995");
        f.update(Message::InSecuritySelected(SecurityChoice(Security::None)));
        assert_eq!(f.in_port, "110");
    }

    #[test]
    fn plaintext_needs_explicit_consent() {
        let mut f = form();
        assert!(f.errors().is_empty());
        f.update(Message::InSecuritySelected(SecurityChoice(Security::None)));
        assert!(f.needs_plaintext_consent());
        assert!(f.errors().plaintext.is_some());
        f.update(Message::PlaintextAccepted(true));
        assert!(f.errors().is_empty());
        let mut s = blank_settings();
        f.apply_to(&mut s);
        assert!(s.allow_plaintext);
        // Choosing None again asks again.
        f.update(Message::InSecuritySelected(SecurityChoice(
            Security::StartTls,
        )));
        f.update(Message::InSecuritySelected(SecurityChoice(Security::None)));
        assert!(!f.plaintext_accepted);
        // SMTP without encryption but also without authentication is fine.
        let mut f = form();
        f.update(Message::OutSecuritySelected(SecurityChoice(Security::None)));
        assert!(f.errors().plaintext.is_some());
        f.update(Message::SmtpAuthToggled(false));
        assert!(f.errors().is_empty());
    }

    #[test]
    fn validation_names_each_field() {
        let mut f = ServerForm {
            out_host: "smtp.example.com".into(),
            ..ServerForm::default()
        };
        f.update(Message::InPortChanged("99999".into()));
        f.update(Message::SmtpSameToggled(false));
        let e = f.errors();
        assert!(e.in_host.is_some());
        assert!(e.in_port.is_some());
        assert!(e.username.is_some());
        assert!(e.smtp_username.is_some());
        assert!(e.smtp_password.is_some());
        // Not shown before the user tries to go on, except the bad port.
        let shown = f.shown_errors();
        assert!(shown.in_host.is_none() && shown.in_port.is_some());
        f.show_errors = true;
        assert_eq!(f.shown_errors(), e);
    }

    #[test]
    fn fixes_change_port_and_security() {
        let mut f = form();
        f.apply_fix(
            Service::Incoming,
            &Fix::UsePortSecurity {
                port: 995,
                security: Security::Tls,
            },
        );
        assert_eq!((f.in_port.as_str(), f.in_security), ("995", Security::Tls));
        f.apply_fix(
            Service::Outgoing,
            &Fix::TrustCertificate {
                sha256: "ab".repeat(32),
            },
        );
        assert_eq!(f.out_pin, Some("ab".repeat(32)));
        f.smtp_auth = false;
        f.apply_fix(Service::Outgoing, &Fix::EnableSmtpAuth);
        assert!(f.smtp_auth);
    }

    #[test]
    fn settings_round_trip() {
        let f = form();
        let mut s = blank_settings();
        f.apply_to(&mut s);
        let back = ServerForm::from_settings(&s);
        assert_eq!(back.in_host, f.in_host);
        assert_eq!(back.out_port, f.out_port);
        assert_eq!(back.smtp_same, f.smtp_same);
        assert!(!back.require_smtp_password);
    }
}
