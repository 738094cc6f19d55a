//! The settings pane: the accounts on the left, the selected one on the
//! right with the wizard's widgets and validation. "Re-test" runs the doctor
//! on the edited values before they are saved; Save writes them; the
//! password can be changed; removing an account asks whether to keep the
//! downloaded mail.
//!
//! Under the accounts, the language picker: a choice applies at once (every
//! view asks the catalog again when it is drawn) and is saved to the
//! preferences off the UI thread.

use std::fmt;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;

use iced::widget::{
    button, checkbox, column, container, pick_list, row, scrollable, text, text_input,
};
use iced::{Alignment, Element, Fill, Task};

use postern::account::{is_plausible_address, Account, AccountId, AccountSettings};
use postern::fl;
use postern::prefs::{self, Prefs};
use postern::secrets::{Secret, SecretKey};
use postern::store::{Store, StoreError};

use super::checkup::{self, Checkup, Verdict};
use super::options_form::{self, OptionsForm};
use super::server_form::{self, ServerForm};
use super::widgets::{field, heading, indented, note, section, title, warning_box, FIELD_WIDTH};
use super::{blocking, delete_password, load_password, save_password, Context, Saved};

#[derive(Debug, Default)]
pub struct Settings {
    accounts: Vec<Account>,
    editor: Option<Editor>,
    loaded: bool,
    error: Option<String>,
    /// The saved preferences; `None` until read.
    prefs: Option<Prefs>,
    /// Saving the language failed (the choice still applies).
    prefs_error: Option<String>,
}

/// An entry of the language picker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Language {
    /// Follow the system's languages.
    System,
    /// A language with a catalog, by tag ("de", "pt-BR").
    Tag(String),
}

impl Language {
    fn from_prefs(prefs: &Prefs) -> Language {
        match &prefs.language {
            Some(tag) => Language::Tag(tag.clone()),
            None => Language::System,
        }
    }

    /// "System default", then every language by its own name.
    fn all() -> Vec<Language> {
        let mut tags = postern::i18n::available_languages();
        tags.sort_by_key(|t| postern::i18n::language_name(t).unwrap_or(t).to_lowercase());
        std::iter::once(Language::System)
            .chain(tags.into_iter().map(Language::Tag))
            .collect()
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Language::System => f.write_str(&fl!("settings-language-system")),
            Language::Tag(tag) => f.write_str(postern::i18n::language_name(tag).unwrap_or(tag)),
        }
    }
}

#[derive(Debug)]
struct Editor {
    original: Account,
    name: String,
    email: String,
    password: String,
    show_password: bool,
    form: ServerForm,
    options: OptionsForm,
    checkup: Checkup,
    attempted: bool,
    /// Re-test found no password: the user must type it.
    need_password: bool,
    confirm_remove: bool,
    busy: bool,
    notice: Option<Result<String, String>>,
}

#[derive(Debug, Clone)]
pub enum Message {
    Loaded(Result<Vec<Account>, String>),
    PrefsLoaded(Prefs),
    LanguageChanged(Language),
    PrefsSaved(Result<(), String>),
    Select(AccountId),
    NameChanged(String),
    EmailChanged(String),
    PasswordChanged(String),
    ShowPasswordToggled(bool),
    Form(server_form::Message),
    Options(options_form::Message),
    Checkup(checkup::Message),
    Retest,
    /// The stored passwords (incoming, outgoing) for a re-test.
    RetestPasswords(Option<Secret>, Option<Secret>),
    Save,
    Saved(Result<(Account, Saved), String>),
    Remove,
    RemoveConfirmed {
        keep_mail: bool,
    },
    RemoveCancelled,
    Removed(Result<AccountId, String>),
    Close,
    AddAccount,
    Escape,
}

pub enum Action {
    None,
    Run(Task<Message>),
    Close,
    AddAccount,
    /// A password could only be kept for this session.
    SessionOnly,
}

impl Settings {
    pub fn new(ctx: &Context) -> (Settings, Task<Message>) {
        let db = ctx.db_path.clone();
        let accounts = Task::perform(
            blocking(move || {
                Store::open(&db)
                    .and_then(|s| s.accounts())
                    .map_err(|e| e.to_string())
            }),
            Message::Loaded,
        );
        let dir = data_dir(ctx);
        let prefs = Task::perform(blocking(move || prefs::load(&dir)), Message::PrefsLoaded);
        (Settings::default(), Task::batch([accounts, prefs]))
    }

    pub fn update(&mut self, message: Message, ctx: &Context) -> Action {
        match message {
            Message::Loaded(Ok(accounts)) => {
                self.loaded = true;
                self.accounts = accounts;
                if let Some(first) = self.accounts.first() {
                    self.editor = Some(Editor::new(first.clone()));
                }
                Action::None
            }
            Message::Loaded(Err(reason)) => {
                self.loaded = true;
                self.error = Some(fl!("settings-error-load", reason = reason));
                Action::None
            }
            Message::Select(id) => {
                if self.editor.as_ref().map(|e| e.original.id) != Some(id) {
                    if let Some(account) = self.accounts.iter().find(|a| a.id == id) {
                        self.editor = Some(Editor::new(account.clone()));
                    }
                }
                Action::None
            }
            Message::PrefsLoaded(prefs) => {
                self.prefs = Some(prefs);
                Action::None
            }
            Message::LanguageChanged(language) => self.language_changed(language, ctx),
            Message::PrefsSaved(result) => {
                self.prefs_error = result
                    .err()
                    .map(|reason| fl!("settings-language-error-save", reason = reason));
                Action::None
            }
            Message::Close => Action::Close,
            Message::AddAccount => Action::AddAccount,
            Message::Escape => match &mut self.editor {
                Some(editor) if editor.confirm_remove => {
                    editor.confirm_remove = false;
                    Action::None
                }
                _ => Action::Close,
            },
            Message::Removed(Ok(id)) => {
                self.accounts.retain(|a| a.id != id);
                self.editor = self.accounts.first().cloned().map(Editor::new);
                if self.accounts.is_empty() {
                    return Action::AddAccount;
                }
                Action::None
            }
            Message::Saved(Ok((account, saved))) => {
                if let Some(slot) = self.accounts.iter_mut().find(|a| a.id == account.id) {
                    *slot = account.clone();
                }
                if let Some(editor) = &mut self.editor {
                    if editor.original.id == account.id {
                        editor.saved(account);
                    }
                }
                if saved == Saved::SessionOnly {
                    return Action::SessionOnly;
                }
                Action::None
            }
            message => match &mut self.editor {
                Some(editor) => editor.update(message, ctx),
                None => Action::None,
            },
        }
    }

    /// Applies the language at once and saves the choice in the background.
    fn language_changed(&mut self, language: Language, ctx: &Context) -> Action {
        let tag = match &language {
            Language::System => None,
            Language::Tag(tag) => Some(tag.clone()),
        };
        postern::i18n::use_language_choice(tag.as_deref());
        let mut prefs = self.prefs.clone().unwrap_or_default();
        if prefs.language == tag {
            return Action::None;
        }
        prefs.language = tag;
        self.prefs = Some(prefs.clone());
        self.prefs_error = None;
        let dir = data_dir(ctx);
        let generation = SAVES.fetch_add(1, Ordering::SeqCst) + 1;
        Action::Run(Task::perform(
            blocking(move || save_prefs(&dir, &prefs, generation)),
            Message::PrefsSaved,
        ))
    }

    /// The sidebar's language picker.
    fn language_view(&self) -> Element<'_, Message> {
        let selected = self.prefs.as_ref().map(Language::from_prefs);
        let mut part = column![
            heading(fl!("settings-language-heading")),
            pick_list(Language::all(), selected, Message::LanguageChanged)
                .width(Fill)
                .padding(8),
        ]
        .spacing(6);
        if let Some(error) = &self.prefs_error {
            part = part.push(text(error.clone()).size(13).style(text::danger));
        }
        part.into()
    }

    pub fn view(&self) -> Element<'_, Message> {
        let mut list = column![heading(fl!("settings-accounts"))].spacing(6);
        let selected = self.editor.as_ref().map(|e| e.original.id);
        for account in &self.accounts {
            let chosen = selected == Some(account.id);
            let label = column![
                text(account.settings.display_name.clone()),
                text(account.settings.email.clone())
                    .size(13)
                    .style(if chosen { text::base } else { text::secondary }),
            ];
            list = list.push(
                button(label)
                    .width(Fill)
                    .style(if chosen {
                        button::primary
                    } else {
                        button::text
                    })
                    .on_press(Message::Select(account.id)),
            );
        }
        list = list.push(
            button(text(fl!("settings-add-account")))
                .style(button::secondary)
                .on_press(Message::AddAccount),
        );
        let sidebar = container(column![list, self.language_view()].spacing(28).height(Fill))
            .width(230)
            .padding(16);

        let body: Element<'_, Message> = match (&self.editor, &self.error) {
            (_, Some(error)) => text(error.clone()).style(text::danger).into(),
            (Some(editor), None) => editor.view(),
            (None, None) if self.loaded => note(fl!("settings-no-accounts")),
            (None, None) => note(fl!("app-loading")),
        };
        let header = row![
            title(fl!("settings-title")),
            iced::widget::space().width(Fill),
            button(text(fl!("settings-close")))
                .style(button::secondary)
                .on_press(Message::Close),
        ]
        .align_y(Alignment::Center);
        column![
            container(header).padding([20, 24]),
            row![
                sidebar,
                iced::widget::rule::vertical(1),
                scrollable(container(body).padding([8, 24]).max_width(860)).height(Fill),
            ]
            .height(Fill),
        ]
        .into()
    }

    #[cfg(test)]
    fn editor(&self) -> &Editor {
        self.editor.as_ref().expect("an account is selected")
    }
}

impl Editor {
    fn new(account: Account) -> Editor {
        let s = &account.settings;
        Editor {
            name: s.display_name.clone(),
            email: s.email.clone(),
            password: String::new(),
            show_password: false,
            form: ServerForm::from_settings(s),
            options: OptionsForm::from_options(&s.options),
            checkup: Checkup::default(),
            attempted: false,
            need_password: false,
            confirm_remove: false,
            busy: false,
            notice: None,
            original: account,
        }
    }

    fn saved(&mut self, account: Account) {
        self.busy = false;
        self.password.clear();
        self.form.smtp_password.clear();
        self.original = account;
        self.notice = Some(Ok(fl!("settings-saved")));
    }

    /// The edited values as settings.
    fn settings(&self) -> AccountSettings {
        let mut settings = self.original.settings.clone();
        settings.display_name = self.name.trim().to_owned();
        settings.email = self.email.trim().to_owned();
        settings.options = self.options.to_options();
        self.form.apply_to(&mut settings);
        settings
    }

    fn identity_errors(&self) -> (Option<String>, Option<String>) {
        (
            self.name
                .trim()
                .is_empty()
                .then(|| fl!("wizard-error-name-required")),
            (!is_plausible_address(self.email.trim())).then(|| fl!("wizard-error-email-invalid")),
        )
    }

    fn valid(&self) -> bool {
        let (name, email) = self.identity_errors();
        name.is_none()
            && email.is_none()
            && self.form.errors().is_empty()
            && self.options.errors().is_empty()
    }

    fn update(&mut self, message: Message, ctx: &Context) -> Action {
        match message {
            Message::NameChanged(v) => self.name = v,
            Message::EmailChanged(v) => self.email = v,
            Message::PasswordChanged(v) => {
                self.password = v;
                self.need_password = false;
            }
            Message::ShowPasswordToggled(on) => self.show_password = on,
            Message::Form(server_form::Message::Submit) => return self.save(ctx),
            Message::Form(message) => self.form.update(message),
            Message::Options(options_form::Message::Submit) => return self.save(ctx),
            Message::Options(message) => self.options.update(message),
            Message::Checkup(message) => {
                if let checkup::Event::ApplyFix(service, fix) = self.checkup.update(message) {
                    self.form.apply_fix(service, &fix);
                    if self.form.errors().is_empty() {
                        return self.retest(ctx);
                    }
                    self.form.show_errors = true;
                }
            }
            Message::Retest => return self.retest(ctx),
            Message::RetestPasswords(incoming, outgoing) => match incoming {
                Some(password) => return self.start_check(password, outgoing, ctx),
                None => self.need_password = true,
            },
            Message::Save => return self.save(ctx),
            Message::Saved(Err(reason)) => {
                self.busy = false;
                self.notice = Some(Err(reason));
            }
            Message::Remove => self.confirm_remove = true,
            Message::RemoveCancelled => self.confirm_remove = false,
            Message::RemoveConfirmed { keep_mail } => {
                self.confirm_remove = false;
                self.busy = true;
                let account = self.original.clone();
                let ctx = ctx.clone();
                return Action::Run(Task::perform(
                    blocking(move || remove(&ctx, &account, keep_mail)),
                    Message::Removed,
                ));
            }
            Message::Removed(Err(reason)) => {
                self.busy = false;
                self.notice = Some(Err(reason));
            }
            _ => {}
        }
        Action::None
    }

    fn retest(&mut self, ctx: &Context) -> Action {
        self.attempted = true;
        self.form.show_errors = true;
        self.notice = None;
        if !self.valid() || self.checkup.verdict() == Verdict::Running {
            return Action::None;
        }
        let typed_smtp = (self.form.smtp_own_password() && !self.form.smtp_password.is_empty())
            .then(|| Secret::new(self.form.smtp_password.clone()));
        let typed = (!self.password.is_empty()).then(|| Secret::new(self.password.clone()));
        let smtp_missing = self.form.smtp_own_password() && typed_smtp.is_none();
        if let Some(password) = typed.clone() {
            if !smtp_missing {
                let smtp = typed_smtp.or_else(|| self.same_smtp(&password));
                return self.start_check(password, smtp, ctx);
            }
        }
        // What was not typed comes from the keyring, filed under the saved
        // settings' keys; an outgoing server with its own login never gets
        // the incoming password.
        let incoming = SecretKey::incoming(&self.original.settings);
        let outgoing = SecretKey::outgoing(&self.original.settings)
            .filter(|k| *k != SecretKey::incoming(&self.original.settings));
        let ctx = ctx.clone();
        Action::Run(Task::perform(
            blocking(move || {
                let inc = typed.or_else(|| load_password(&ctx, &incoming));
                let out = match typed_smtp {
                    Some(typed) => Some(typed),
                    None => outgoing.and_then(|k| load_password(&ctx, &k)),
                };
                (inc, out)
            }),
            |(inc, out)| Message::RetestPasswords(inc, out),
        ))
    }

    fn same_smtp(&self, password: &Secret) -> Option<Secret> {
        (self.form.has_outgoing() && self.form.smtp_auth && self.form.smtp_same)
            .then(|| password.clone())
    }

    fn start_check(&mut self, password: Secret, smtp: Option<Secret>, ctx: &Context) -> Action {
        let smtp = smtp.or_else(|| self.same_smtp(&password));
        let task = self
            .checkup
            .start(self.settings(), password, smtp, ctx.doctor.clone());
        Action::Run(task.map(Message::Checkup))
    }

    fn save(&mut self, ctx: &Context) -> Action {
        self.attempted = true;
        self.form.show_errors = true;
        self.notice = None;
        if !self.valid() || self.busy {
            return Action::None;
        }
        self.busy = true;
        let account = Account {
            id: self.original.id,
            settings: self.settings(),
        };
        let old = self.original.settings.clone();
        let password = (!self.password.is_empty()).then(|| Secret::new(self.password.clone()));
        let smtp = (self.form.smtp_own_password() && !self.form.smtp_password.is_empty())
            .then(|| Secret::new(self.form.smtp_password.clone()));
        let ctx = ctx.clone();
        Action::Run(Task::perform(
            blocking(move || save(&ctx, account, &old, password, smtp)),
            Message::Saved,
        ))
    }

    fn view(&self) -> Element<'_, Message> {
        let (name_error, email_error) = if self.attempted {
            self.identity_errors()
        } else {
            (None, None)
        };
        let password_error = self
            .need_password
            .then(|| fl!("settings-error-password-needed"));
        let identity = column![
            heading(fl!("settings-identity")),
            field(
                fl!("wizard-name-label"),
                text_input("", &self.name)
                    .on_input(Message::NameChanged)
                    .on_submit(Message::Save)
                    .padding(8)
                    .width(FIELD_WIDTH),
                name_error,
            ),
            field(
                fl!("wizard-email-label"),
                text_input("", &self.email)
                    .on_input(Message::EmailChanged)
                    .on_submit(Message::Save)
                    .padding(8)
                    .width(FIELD_WIDTH),
                email_error,
            ),
            field(
                fl!("settings-password-label"),
                text_input(&fl!("settings-password-unchanged"), &self.password)
                    .secure(!self.show_password)
                    .on_input(Message::PasswordChanged)
                    .on_submit(Message::Save)
                    .padding(8)
                    .width(FIELD_WIDTH),
                password_error,
            ),
            indented(
                checkbox(self.show_password)
                    .label(fl!("wizard-show-password"))
                    .on_toggle(Message::ShowPasswordToggled)
            ),
        ]
        .spacing(10);

        let running = self.checkup.verdict() == Verdict::Running;
        let test = column![
            row![
                heading(fl!("settings-test-heading")),
                iced::widget::space().width(Fill),
                button(text(fl!("settings-retest")))
                    .style(button::secondary)
                    .on_press_maybe((!running && !self.busy).then_some(Message::Retest)),
            ]
            .align_y(Alignment::Center),
            note(fl!("settings-retest-note")),
            self.checkup.view().map(Message::Checkup),
        ]
        .spacing(10);

        let options = column![
            heading(fl!("settings-options-heading")),
            self.options.view().map(Message::Options)
        ]
        .spacing(10);

        let mut content = column![
            section(identity),
            self.form.view().map(Message::Form),
            section(test),
            section(options),
        ]
        .spacing(16);

        if self.confirm_remove {
            content = content.push(warning_box(
                column![
                    text(fl!(
                        "settings-remove-question",
                        email = self.original.settings.email.clone()
                    ))
                    .size(16),
                    text(fl!("settings-remove-explain")),
                    row![
                        button(text(fl!("settings-remove-keep")))
                            .style(button::danger)
                            .on_press(Message::RemoveConfirmed { keep_mail: true }),
                        button(text(fl!("settings-remove-delete")))
                            .style(button::danger)
                            .on_press(Message::RemoveConfirmed { keep_mail: false }),
                        button(text(fl!("wizard-cancel")))
                            .style(button::secondary)
                            .on_press(Message::RemoveCancelled),
                    ]
                    .spacing(12),
                ]
                .spacing(10),
            ));
        }

        let notice: Element<'_, Message> = match &self.notice {
            Some(Ok(t)) => text(t.clone()).style(text::success).into(),
            Some(Err(t)) => text(t.clone()).style(text::danger).into(),
            None => iced::widget::space().into(),
        };
        let footer = row![
            button(text(fl!("settings-remove")))
                .style(button::danger)
                .on_press_maybe((!self.busy && !self.confirm_remove).then_some(Message::Remove)),
            container(notice).width(Fill).padding([0, 12]),
            button(text(fl!("settings-save")))
                .style(button::primary)
                .on_press_maybe((!self.busy).then_some(Message::Save)),
        ]
        .align_y(Alignment::Center);
        column![content, footer]
            .spacing(20)
            .padding(iced::Padding::ZERO.bottom(24))
            .into()
    }
}

/// The data folder: where the database and the preferences live.
fn data_dir(ctx: &Context) -> PathBuf {
    ctx.db_path
        .parent()
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("."))
}

/// Numbers the language choices, so that saves finish in the order they
/// were made even when two run at once.
static SAVES: AtomicU64 = AtomicU64::new(0);

/// Writes the preferences unless a later choice was saved already. Blocking.
fn save_prefs(dir: &std::path::Path, prefs: &Prefs, generation: u64) -> Result<(), String> {
    static LAST: Mutex<u64> = Mutex::new(0);
    let mut last = LAST.lock().unwrap_or_else(|p| p.into_inner());
    if generation < *last {
        return Ok(());
    }
    *last = generation;
    prefs::save(dir, prefs).map_err(|e| e.to_string())
}

/// Writes the edited account and moves or changes its passwords. Blocking.
fn save(
    ctx: &Context,
    account: Account,
    old: &AccountSettings,
    password: Option<Secret>,
    smtp: Option<Secret>,
) -> Result<(Account, Saved), String> {
    let describe = |e: StoreError| match e {
        StoreError::DuplicateAccount { email } => fl!("wizard-error-duplicate", email = email),
        other => fl!("wizard-error-save", reason = other.to_string()),
    };
    let store = Store::open(&ctx.db_path).map_err(describe)?;
    store.update_account(&account).map_err(describe)?;
    let new = &account.settings;
    let mut saved = Saved::Keyring;
    let mut keep = |result: Result<Saved, String>| -> Result<(), String> {
        if result? == Saved::SessionOnly {
            saved = Saved::SessionOnly;
        }
        Ok(())
    };
    let (old_in, new_in) = (SecretKey::incoming(old), SecretKey::incoming(new));
    match password {
        Some(p) => keep(save_password(ctx, &new_in, &p))?,
        None if old_in != new_in => {
            if let Some(p) = load_password(ctx, &old_in) {
                keep(save_password(ctx, &new_in, &p))?;
            }
        }
        None => {}
    }
    let (old_out, new_out) = (SecretKey::outgoing(old), SecretKey::outgoing(new));
    if let Some(key) = new_out.as_ref().filter(|k| **k != new_in) {
        match smtp {
            Some(p) => keep(save_password(ctx, key, &p))?,
            None => {
                if let Some(p) = old_out
                    .as_ref()
                    .filter(|o| *o != key)
                    .and_then(|o| load_password(ctx, o))
                {
                    keep(save_password(ctx, key, &p))?;
                }
            }
        }
    }
    for stale in [Some(old_in), old_out].into_iter().flatten() {
        if stale != new_in && Some(&stale) != new_out.as_ref() {
            delete_password(ctx, &stale);
        }
    }
    Ok((account, saved))
}

/// Removes an account and forgets its passwords. Blocking.
fn remove(ctx: &Context, account: &Account, keep_mail: bool) -> Result<AccountId, String> {
    let mut store = Store::open(&ctx.db_path)
        .map_err(|e| fl!("settings-error-remove", reason = e.to_string()))?;
    store
        .remove_account(account.id, keep_mail)
        .map_err(|e| fl!("settings-error-remove", reason = e.to_string()))?;
    delete_password(ctx, &SecretKey::incoming(&account.settings));
    if let Some(key) = SecretKey::outgoing(&account.settings) {
        delete_password(ctx, &key);
    }
    Ok(account.id)
}

#[cfg(test)]
#[path = "settings/tests.rs"]
mod tests;
