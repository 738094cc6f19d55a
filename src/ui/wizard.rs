//! The add-account wizard, one screen with an inner [`Step`]:
//!
//! 1. Identity: name, address, password (masked, with a show toggle);
//! 2. Discovery: the provider list, then probing, abortable, with progress;
//! 3. Server settings, pre-filled and editable (the shared server form);
//! 4. Test: the connection doctor, step by step, with fixes;
//! 5. Options: download policy; Finish saves the account and the password.
//!
//! Back and Next keep what was typed. Enter is Next, Escape is Cancel.

use iced::task::Handle;
use iced::widget::{button, checkbox, column, container, row, scrollable, text, text_input};
use iced::{Alignment, Element, Fill, Length, Task};

use postern::account::{is_plausible_address, Account, AccountSettings};
use postern::autoconfig::{self, DiscoverEvent, Discovery, Origin, ServerSuggestion};
use postern::fl;
use postern::secrets::{Secret, SecretKey};
use postern::store::{Store, StoreError};

use super::checkup::{self, Checkup, Verdict};
use super::options_form::{self, OptionsForm};
use super::server_form::{self, security_label, ServerForm};
use super::widgets::{field, indented, note, title, FIELD_WIDTH};
use super::{Context, Saved};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Identity,
    Discovery,
    Server,
    Test,
    Options,
}

impl Step {
    const ALL: [Step; 5] = [
        Step::Identity,
        Step::Discovery,
        Step::Server,
        Step::Test,
        Step::Options,
    ];

    fn label(self) -> String {
        match self {
            Step::Identity => fl!("wizard-step-identity"),
            Step::Discovery => fl!("wizard-step-discovery"),
            Step::Server => fl!("wizard-step-server"),
            Step::Test => fl!("wizard-step-test"),
            Step::Options => fl!("wizard-step-options"),
        }
    }
}

pub const NAME: &str = "wizard-name";
pub const EMAIL: &str = "wizard-email";
pub const PASSWORD: &str = "wizard-password";

#[derive(Debug)]
pub struct Wizard {
    step: Step,
    name: String,
    email: String,
    password: String,
    show_password: bool,
    identity_attempted: bool,
    discovering: Option<Handle>,
    /// Latest progress, newest last.
    discover_log: Vec<DiscoverEvent>,
    discovery: Option<Discovery>,
    /// The address the form was discovered for; a new address discovers again.
    discovered_for: Option<String>,
    discovery_stopped: bool,
    form: ServerForm,
    checkup: Checkup,
    options: OptionsForm,
    saving: bool,
    error: Option<String>,
}

#[derive(Debug, Clone)]
pub enum Message {
    NameChanged(String),
    EmailChanged(String),
    PasswordChanged(String),
    ShowPasswordToggled(bool),
    Next,
    Back,
    Cancel,
    Discovering(DiscoverEvent),
    Discovered(Discovery),
    Form(server_form::Message),
    Checkup(checkup::Message),
    Retest,
    Options(options_form::Message),
    Saved(Result<(Account, Saved), String>),
}

pub enum Action {
    None,
    Run(Task<Message>),
    /// The user left the wizard.
    Cancelled,
    /// The account is saved: show the inbox and download.
    Finished {
        account: Box<Account>,
        saved: Saved,
    },
}

impl Wizard {
    pub fn new() -> (Wizard, Task<Message>) {
        let wizard = Wizard {
            step: Step::Identity,
            name: String::new(),
            email: String::new(),
            password: String::new(),
            show_password: false,
            identity_attempted: false,
            discovering: None,
            discover_log: Vec::new(),
            discovery: None,
            discovered_for: None,
            discovery_stopped: false,
            form: ServerForm::default(),
            checkup: Checkup::default(),
            options: OptionsForm::default(),
            saving: false,
            error: None,
        };
        (wizard, iced::widget::operation::focus(NAME))
    }

    #[cfg(test)]
    pub fn step(&self) -> Step {
        self.step
    }

    #[cfg(test)]
    pub fn form(&self) -> &ServerForm {
        &self.form
    }

    pub fn update(&mut self, message: Message, ctx: &Context) -> Action {
        match message {
            Message::NameChanged(v) => self.name = v,
            Message::EmailChanged(v) => self.email = v,
            Message::PasswordChanged(v) => self.password = v,
            Message::ShowPasswordToggled(on) => self.show_password = on,
            Message::Next => return self.next(ctx),
            Message::Back => return self.back(),
            Message::Cancel => return self.cancel(),
            Message::Discovering(event) => {
                if self.discovering.is_some() {
                    self.discover_log.push(event);
                    let excess = self.discover_log.len().saturating_sub(6);
                    self.discover_log.drain(..excess);
                }
            }
            Message::Discovered(discovery) => {
                if self.discovering.take().is_some() {
                    self.form = ServerForm::from_discovery(self.email.trim(), &discovery);
                    self.discovery = Some(discovery);
                }
            }
            Message::Form(server_form::Message::Submit) => return self.next(ctx),
            Message::Form(message) => self.form.update(message),
            Message::Checkup(message) => match self.checkup.update(message) {
                checkup::Event::None => {}
                checkup::Event::ApplyFix(service, fix) => {
                    self.form.apply_fix(service, &fix);
                    if self.form.errors().is_empty() {
                        return self.start_check(ctx);
                    }
                    // The fix needs the user (plain text consent): show the form.
                    self.checkup.reset();
                    self.form.show_errors = true;
                    self.step = Step::Server;
                }
            },
            Message::Retest => {
                if self.step == Step::Test && self.checkup.verdict() != Verdict::Running {
                    return self.start_check(ctx);
                }
            }
            Message::Options(options_form::Message::Submit) => return self.next(ctx),
            Message::Options(message) => self.options.update(message),
            Message::Saved(result) => {
                self.saving = false;
                match result {
                    Ok((account, saved)) => {
                        return Action::Finished {
                            account: Box::new(account),
                            saved,
                        }
                    }
                    Err(reason) => self.error = Some(reason),
                }
            }
        }
        Action::None
    }

    fn identity_errors(&self) -> [Option<String>; 3] {
        [
            self.name
                .trim()
                .is_empty()
                .then(|| fl!("wizard-error-name-required")),
            if self.email.trim().is_empty() {
                Some(fl!("wizard-error-email-required"))
            } else if !is_plausible_address(self.email.trim()) {
                Some(fl!("wizard-error-email-invalid"))
            } else {
                None
            },
            self.password
                .is_empty()
                .then(|| fl!("wizard-error-password-required")),
        ]
    }

    fn next(&mut self, ctx: &Context) -> Action {
        self.error = None;
        match self.step {
            Step::Identity => {
                self.identity_attempted = true;
                if self.identity_errors().iter().any(Option::is_some) {
                    return Action::None;
                }
                let email = self.email.trim().to_owned();
                if self.discovered_for.as_deref() == Some(email.as_str()) {
                    self.step = Step::Server;
                    return Action::Run(iced::widget::operation::focus(server_form::IN_HOST));
                }
                self.step = Step::Discovery;
                self.start_discovery(email, ctx)
            }
            Step::Discovery => {
                if self.discovering.is_none() {
                    self.step = Step::Server;
                    return Action::Run(iced::widget::operation::focus(server_form::IN_HOST));
                }
                Action::None
            }
            Step::Server => {
                self.form.show_errors = true;
                if !self.form.errors().is_empty() {
                    return Action::None;
                }
                self.step = Step::Test;
                self.start_check(ctx)
            }
            Step::Test => match self.checkup.verdict() {
                Verdict::Passed | Verdict::Warnings => {
                    self.step = Step::Options;
                    Action::None
                }
                _ => Action::None,
            },
            Step::Options => {
                if self.saving || !self.options.errors().is_empty() {
                    return Action::None;
                }
                self.saving = true;
                let settings = self.settings();
                let password = Secret::new(self.password.clone());
                let smtp = self
                    .form
                    .smtp_own_password()
                    .then(|| Secret::new(self.form.smtp_password.clone()));
                let ctx = ctx.clone();
                Action::Run(Task::perform(
                    super::blocking(move || save(&ctx, &settings, &password, smtp.as_ref())),
                    Message::Saved,
                ))
            }
        }
    }

    fn back(&mut self) -> Action {
        self.error = None;
        match self.step {
            Step::Identity => {}
            Step::Discovery => {
                self.discovering = None;
                self.step = Step::Identity;
            }
            Step::Server => self.step = Step::Identity,
            Step::Test => {
                self.checkup.abort();
                self.step = Step::Server;
            }
            Step::Options => self.step = Step::Test,
        }
        Action::None
    }

    fn cancel(&mut self) -> Action {
        if self.step == Step::Discovery && self.discovering.is_some() {
            // Stop looking; the user types the settings.
            self.discovering = None;
            self.discovery_stopped = true;
            let empty = Discovery {
                email: self.email.trim().to_owned(),
                incoming: None,
                outgoing: None,
                provider: None,
                notes: Vec::new(),
            };
            self.form = ServerForm::from_discovery(self.email.trim(), &empty);
            self.discovery = Some(empty);
            return Action::None;
        }
        if self.step == Step::Test && self.checkup.verdict() == Verdict::Running {
            self.checkup.abort();
            return Action::None;
        }
        self.discovering = None;
        self.checkup.abort();
        Action::Cancelled
    }

    fn start_discovery(&mut self, email: String, ctx: &Context) -> Action {
        self.discover_log.clear();
        self.discovery = None;
        self.discovery_stopped = false;
        self.discovered_for = Some(email.clone());
        let options = ctx.discover.clone();
        let (task, handle) = super::with_progress(
            move |tx| async move { autoconfig::discover(&email, &options, tx).await },
            Message::Discovering,
            Message::Discovered,
        )
        .abortable();
        self.discovering = Some(handle.abort_on_drop());
        Action::Run(task)
    }

    /// Everything typed so far, as account settings.
    fn settings(&self) -> AccountSettings {
        let mut settings = server_form::blank_settings();
        settings.display_name = self.name.trim().to_owned();
        settings.email = self.email.trim().to_owned();
        settings.options = self.options.to_options();
        self.form.apply_to(&mut settings);
        settings
    }

    fn start_check(&mut self, ctx: &Context) -> Action {
        let password = Secret::new(self.password.clone());
        let smtp = if self.form.smtp_own_password() {
            Some(Secret::new(self.form.smtp_password.clone()))
        } else if self.form.has_outgoing() && self.form.smtp_auth {
            Some(password.clone())
        } else {
            None
        };
        let task = self
            .checkup
            .start(self.settings(), password, smtp, ctx.doctor.clone());
        Action::Run(task.map(Message::Checkup))
    }

    pub fn view(&self) -> Element<'_, Message> {
        let body: Element<'_, Message> = match self.step {
            Step::Identity => self.identity_view(),
            Step::Discovery => self.discovery_view(),
            Step::Server => column![self.origin_note(), self.form.view().map(Message::Form)]
                .spacing(16)
                .into(),
            Step::Test => self.test_view(),
            Step::Options => column![
                note(fl!("wizard-options-intro")),
                self.options.view().map(Message::Options)
            ]
            .spacing(16)
            .into(),
        };
        let header = column![
            title(fl!("wizard-title")),
            self.progress_view(),
            iced::widget::rule::horizontal(1)
        ]
        .spacing(12);
        let content = scrollable(container(body).padding([8, 24]).max_width(820)).height(Fill);
        column![
            container(header).padding([20, 24]),
            content,
            container(self.footer()).padding([16, 24])
        ]
        .into()
    }

    fn progress_view(&self) -> Element<'_, Message> {
        let current = Step::ALL.iter().position(|s| *s == self.step).unwrap_or(0);
        let mut steps = row![].spacing(18).align_y(Alignment::Center);
        for (i, step) in Step::ALL.iter().enumerate() {
            let label = text(fl!(
                "wizard-step-numbered",
                number = (i + 1).to_string(),
                label = step.label()
            ))
            .size(14);
            steps = steps.push(if i == current {
                label.style(text::primary)
            } else if i < current {
                label
            } else {
                label.style(text::secondary)
            });
        }
        steps.wrap().into()
    }

    fn identity_view(&self) -> Element<'_, Message> {
        let [name_error, email_error, password_error] = if self.identity_attempted {
            self.identity_errors()
        } else {
            [None, None, None]
        };
        column![
            note(fl!("wizard-identity-intro")),
            field(
                fl!("wizard-name-label"),
                text_input(&fl!("wizard-name-placeholder"), &self.name)
                    .id(NAME)
                    .on_input(Message::NameChanged)
                    .on_submit(Message::Next)
                    .padding(8)
                    .width(FIELD_WIDTH),
                name_error,
            ),
            field(
                fl!("wizard-email-label"),
                text_input(&fl!("wizard-email-placeholder"), &self.email)
                    .id(EMAIL)
                    .on_input(Message::EmailChanged)
                    .on_submit(Message::Next)
                    .padding(8)
                    .width(FIELD_WIDTH),
                email_error,
            ),
            field(
                fl!("wizard-password-label"),
                text_input("", &self.password)
                    .id(PASSWORD)
                    .secure(!self.show_password)
                    .on_input(Message::PasswordChanged)
                    .on_submit(Message::Next)
                    .padding(8)
                    .width(FIELD_WIDTH),
                password_error,
            ),
            indented(
                checkbox(self.show_password)
                    .label(fl!("wizard-show-password"))
                    .on_toggle(Message::ShowPasswordToggled)
            ),
            indented(note(fl!("wizard-password-note"))),
        ]
        .spacing(14)
        .into()
    }

    fn discovery_view(&self) -> Element<'_, Message> {
        let domain = self
            .email
            .trim()
            .rsplit_once('@')
            .map(|(_, d)| d.to_owned())
            .unwrap_or_default();
        let mut content = column![].spacing(12);
        if self.discovering.is_some() {
            content = content.push(text(fl!("wizard-discovery-running", domain = domain)));
            let mut log = column![].spacing(4);
            for event in &self.discover_log {
                log = log.push(text(describe_event(event)).size(14).style(text::secondary));
            }
            content = content
                .push(iced::widget::progress_bar(
                    0.0..=6.0,
                    self.discover_log.len().max(1) as f32,
                ))
                .push(log)
                .push(note(fl!("wizard-discovery-cancel-hint")));
        } else if let Some(discovery) = &self.discovery {
            let origin = if self.discovery_stopped {
                fl!("wizard-discovery-stopped")
            } else {
                origin_text(discovery)
            };
            content = content.push(text(origin).size(17));
            for (label, found) in [
                (fl!("wizard-discovery-incoming"), &discovery.incoming),
                (fl!("wizard-discovery-outgoing"), &discovery.outgoing),
            ] {
                if let Some(found) = found {
                    content = content.push(
                        row![
                            text(label).width(180).style(text::secondary),
                            text(describe_suggestion(found))
                        ]
                        .spacing(12),
                    );
                }
            }
            if !discovery.notes.is_empty() {
                let notes = discovery
                    .notes
                    .iter()
                    .fold(column![].spacing(6), |c, n| c.push(text(n.text())));
                content = content.push(super::widgets::warning_box(notes));
            }
            content = content.push(note(fl!("wizard-discovery-next-hint")));
        }
        content.into()
    }

    fn origin_note(&self) -> Element<'_, Message> {
        match &self.discovery {
            Some(d) if !self.discovery_stopped => note(origin_text(d)),
            _ => note(fl!("wizard-server-intro")),
        }
    }

    fn test_view(&self) -> Element<'_, Message> {
        let retest = button(text(fl!("wizard-test-again")))
            .style(button::secondary)
            .on_press_maybe(
                (self.checkup.verdict() != Verdict::Running).then_some(Message::Retest),
            );
        column![
            row![
                container(note(fl!("wizard-test-intro"))).width(Fill),
                retest
            ]
            .spacing(12)
            .align_y(Alignment::Center),
            self.checkup.view().map(Message::Checkup),
        ]
        .spacing(16)
        .into()
    }

    fn footer(&self) -> Element<'_, Message> {
        let (next_label, next_enabled) = match self.step {
            Step::Identity | Step::Server => (fl!("wizard-next"), true),
            Step::Discovery => (fl!("wizard-next"), self.discovering.is_none()),
            Step::Test => match self.checkup.verdict() {
                Verdict::Passed => (fl!("wizard-next"), true),
                Verdict::Warnings => (fl!("wizard-continue-anyway"), true),
                _ => (fl!("wizard-next"), false),
            },
            Step::Options => (fl!("wizard-finish"), !self.saving),
        };
        let cancel_label = match self.step {
            Step::Discovery if self.discovering.is_some() => fl!("wizard-stop"),
            Step::Test if self.checkup.verdict() == Verdict::Running => fl!("wizard-stop"),
            _ => fl!("wizard-cancel"),
        };
        let mut bar = row![button(text(cancel_label))
            .style(button::secondary)
            .on_press(Message::Cancel),]
        .spacing(12)
        .align_y(Alignment::Center);
        if let Some(error) = &self.error {
            bar = bar.push(text(error.clone()).style(text::danger).width(Fill));
        } else {
            bar = bar.push(iced::widget::space().width(Fill));
        }
        bar.push(
            button(text(fl!("wizard-back")))
                .style(button::secondary)
                .on_press_maybe((self.step != Step::Identity).then_some(Message::Back)),
        )
        .push(
            button(text(next_label))
                .style(button::primary)
                .width(Length::Shrink)
                .on_press_maybe(next_enabled.then_some(Message::Next)),
        )
        .into()
    }
}

fn describe_event(event: &DiscoverEvent) -> String {
    match event {
        DiscoverEvent::LookingUpProvider { domain } => {
            fl!("wizard-discovery-provider", domain = domain.clone())
        }
        DiscoverEvent::Probing {
            host,
            port,
            security,
        } => fl!(
            "wizard-discovery-probing",
            host = host.clone(),
            port = port.to_string(),
            security = security_label(*security)
        ),
        DiscoverEvent::Found(found) => {
            fl!(
                "wizard-discovery-found-server",
                server = describe_suggestion(found)
            )
        }
    }
}

fn describe_suggestion(s: &ServerSuggestion) -> String {
    fl!(
        "wizard-discovery-server",
        host = s.host.clone(),
        port = s.port.to_string(),
        security = security_label(s.security)
    )
}

/// Where the settings came from, in one sentence.
pub fn origin_text(discovery: &Discovery) -> String {
    let origin = discovery
        .incoming
        .as_ref()
        .or(discovery.outgoing.as_ref())
        .map(|s| &s.origin);
    match origin {
        Some(Origin::ProviderDatabase { provider }) => {
            fl!(
                "wizard-discovery-from-provider",
                provider = provider.clone()
            )
        }
        Some(Origin::Probed { host }) => fl!("wizard-discovery-probed", host = host.clone()),
        Some(Origin::NotFound) | None => fl!("wizard-discovery-not-found"),
    }
}

/// Adds the account and files its password(s). Blocking.
fn save(
    ctx: &Context,
    settings: &AccountSettings,
    password: &Secret,
    smtp: Option<&Secret>,
) -> Result<(Account, Saved), String> {
    let describe = |e: StoreError| match e {
        StoreError::DuplicateAccount { email } => fl!("wizard-error-duplicate", email = email),
        other => fl!("wizard-error-save", reason = other.to_string()),
    };
    let mut store = Store::open(&ctx.db_path).map_err(describe)?;
    let id = store.add_account(settings).map_err(describe)?;
    let account = match store.account(id) {
        Ok(Some(account)) => account,
        Ok(None) => return Err(describe(StoreError::NoSuchAccount(id))),
        Err(e) => return Err(describe(e)),
    };
    let incoming = SecretKey::incoming(settings);
    let mut saved = super::save_password(ctx, &incoming, password);
    if let (Ok(first), Some(key), Some(smtp)) = (&saved, SecretKey::outgoing(settings), smtp) {
        if key != incoming {
            saved = super::save_password(ctx, &key, smtp).map(|second| {
                if *first == Saved::SessionOnly {
                    Saved::SessionOnly
                } else {
                    second
                }
            });
        }
    }
    match saved {
        Ok(saved) => Ok((account, saved)),
        Err(reason) => {
            // No account without its password: undo, so Finish can be retried.
            let _ = store.remove_account(id, false);
            Err(fl!("wizard-error-password-save", reason = reason))
        }
    }
}

#[cfg(test)]
#[path = "wizard/tests.rs"]
mod tests;
