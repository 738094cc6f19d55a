//! The background download worker. It lives in the `App`, so downloads go
//! on whatever screen is shown, and never blocks the UI:
//!
//! - one download per account at a time, a `Task::sip` over `sync::fetch`'s
//!   event channel, kept abortable (the handle aborts on drop) and
//!   cancellable (a [`CancelToken`]: what arrived is committed, nothing is
//!   deleted on the server);
//! - started at startup (accounts that check at startup), every N minutes
//!   (a 15-second tick starts what is due), and by "Get Messages";
//! - temporary failures retry by themselves after 1, 2, 5, then every 10
//!   minutes; a permanent failure waits for the user and shows its cause
//!   in the doctor's words with a way to re-test the account;
//! - a background indexer catches the search index up (mail stored by
//!   `postern fetch` is indexed later), in chunks off the UI thread.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use iced::task;
use iced::widget::{button, column, progress_bar, row, text, text_input};
use iced::{Alignment, Element, Fill, Subscription, Task};

use postern::account::{Account, AccountId};
use postern::doctor::{clean_text, Diagnosis, Problem};
use postern::fl;
use postern::pop3::Pop3Error;
use postern::secrets::{self, Secret, SecretKey, SecretStore};
use postern::store::Store;
use postern::sync::{self, CancelToken, FetchOptions, Progress, SearchIndex, Summary, SyncError};

use super::inbox::format::Locale;
use super::widgets::warning_box;
use super::{blocking, load_password, Context};

/// How often the worker looks for downloads that are due.
pub const TICK: Duration = Duration::from_secs(15);
/// Waits before retrying after a temporary failure, in minutes; the last
/// one repeats.
pub const BACKOFF_MINUTES: [i64; 4] = [1, 2, 5, 10];
/// The wait after a `[LOGIN-DELAY]` refusal when the server never said
/// how long it wants (its LOGIN-DELAY capability), in seconds.
const LOGIN_DELAY_UNKNOWN: i64 = 10 * 60;
/// Messages indexed for search per step of the background indexer.
const INDEX_CHUNK: usize = 200;

#[derive(Debug, Default)]
pub struct Worker {
    slots: Vec<Slot>,
    indexing: bool,
}

/// One account's downloads.
#[derive(Debug)]
pub struct Slot {
    pub account: Account,
    run: Option<Run>,
    /// Unix seconds of the last download that ended well.
    last_ok: Option<i64>,
    /// Unix seconds of the next automatic download, if any.
    next_check: Option<i64>,
    /// Temporary failures in a row.
    failures: u32,
    failure: Option<Failure>,
    /// Asking for the password (none in the keyring or memory).
    asking: Option<String>,
    /// What the last download did ("3 new messages.").
    result: Option<String>,
    /// Seconds the server wants between logins (its LOGIN-DELAY), as
    /// last seen.
    login_delay: Option<i64>,
}

#[derive(Debug)]
struct Run {
    cancel: CancelToken,
    phase: Phase,
    _handle: Option<task::Handle>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Phase {
    Connecting,
    Connected(u32),
    Downloading(Progress),
    Deleting(u32),
    Stopping,
}

/// Why the last download failed, in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    pub cause: String,
    pub temporary: bool,
}

#[derive(Debug, Clone)]
pub enum Outcome {
    Done(Summary),
    NeedPassword,
    Failed(SyncError),
}

#[derive(Debug, Clone)]
pub enum Message {
    /// "Get Messages" for every account.
    GetAll,
    Get(AccountId),
    Cancel(AccountId),
    Sync(AccountId, sync::Event),
    Fetched(AccountId, Outcome),
    /// The clock, unix seconds: start what is due.
    Tick(i64),
    PasswordChanged(AccountId, String),
    PasswordSubmitted(AccountId),
    Retest(AccountId),
    /// The indexer's step ended; messages still to index.
    Indexed(Result<u64, String>),
}

pub enum Action {
    None,
    Run(Task<Message>),
    /// New messages are in the store: reload the visible rows.
    Stored,
    /// A download ended: counts and the list may have changed.
    Finished,
    /// Open the settings pane on this account.
    OpenSettings(AccountId),
}

pub fn unix_now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
        .unwrap_or(0)
}

fn every(account: &Account) -> Option<i64> {
    account
        .settings
        .options
        .check_every_minutes
        .map(|m| i64::from(m.max(1)) * 60)
}

impl Worker {
    pub fn new() -> Worker {
        Worker::default()
    }

    pub fn slot(&self, id: AccountId) -> Option<&Slot> {
        self.slots.iter().find(|s| s.account.id == id)
    }

    fn slot_mut(&mut self, id: AccountId) -> Option<&mut Slot> {
        self.slots.iter_mut().find(|s| s.account.id == id)
    }

    #[cfg(test)]
    pub fn is_running(&self, id: AccountId) -> bool {
        self.slot(id).is_some_and(|s| s.run.is_some())
    }

    pub fn any_running(&self) -> bool {
        self.slots.iter().any(|s| s.run.is_some())
    }

    pub fn is_indexing(&self) -> bool {
        self.indexing
    }

    /// Takes the accounts as they are now (at startup, after the wizard or
    /// the settings pane). `startup`: download those that check at startup.
    pub fn set_accounts(
        &mut self,
        accounts: Vec<Account>,
        startup: bool,
        ctx: &Context,
    ) -> Task<Message> {
        let now = unix_now();
        let mut slots = Vec::with_capacity(accounts.len());
        for account in accounts {
            let slot = match self.slots.iter().position(|s| s.account.id == account.id) {
                Some(i) => {
                    let mut slot = self.slots.swap_remove(i);
                    if slot.account.settings != account.settings {
                        // Changed settings deserve a fresh try.
                        slot.failure = None;
                        slot.failures = 0;
                        slot.next_check = every(&account).map(|e| now + e);
                    }
                    slot.account = account;
                    slot
                }
                None => {
                    let first = if startup && account.settings.options.check_at_startup {
                        Some(now)
                    } else {
                        every(&account).map(|e| now + e)
                    };
                    Slot::new(account, first)
                }
            };
            slots.push(slot);
        }
        // Removed accounts: dropping their run aborts it.
        for gone in self.slots.drain(..) {
            if let Some(run) = &gone.run {
                run.cancel.cancel();
            }
        }
        self.slots = slots;
        self.due(now, ctx)
    }

    /// Starts every download whose time has come.
    fn due(&mut self, now: i64, ctx: &Context) -> Task<Message> {
        let ids: Vec<AccountId> = self
            .slots
            .iter()
            .filter(|s| s.run.is_none() && s.asking.is_none())
            .filter(|s| s.next_check.is_some_and(|t| t <= now))
            .map(|s| s.account.id)
            .collect();
        Task::batch(ids.into_iter().map(|id| self.start(id, None, ctx)))
    }

    pub fn subscription(&self) -> Subscription<Message> {
        if self.slots.iter().any(|s| s.next_check.is_some()) {
            iced::time::every(TICK).map(|_| Message::Tick(unix_now()))
        } else {
            Subscription::none()
        }
    }

    pub fn update(&mut self, message: Message, ctx: &Context) -> Action {
        match message {
            Message::GetAll => {
                let ids: Vec<AccountId> = self.slots.iter().map(|s| s.account.id).collect();
                Action::Run(Task::batch(
                    ids.into_iter().map(|id| self.start(id, None, ctx)),
                ))
            }
            Message::Get(id) => Action::Run(self.start(id, None, ctx)),
            Message::Cancel(id) => {
                if let Some(run) = self.slot_mut(id).and_then(|s| s.run.as_mut()) {
                    run.cancel.cancel();
                    run.phase = Phase::Stopping;
                }
                Action::None
            }
            Message::Sync(id, event) => self.event(id, event),
            Message::Fetched(id, outcome) => self.fetched(id, outcome, unix_now()),
            Message::Tick(now) => Action::Run(self.due(now, ctx)),
            Message::PasswordChanged(id, value) => {
                if let Some(slot) = self.slot_mut(id) {
                    slot.asking = Some(value);
                }
                Action::None
            }
            Message::PasswordSubmitted(id) => {
                let Some(slot) = self.slot_mut(id) else {
                    return Action::None;
                };
                let Some(typed) = slot.asking.take().filter(|p| !p.is_empty()) else {
                    return Action::None;
                };
                let secret = Secret::new(typed);
                let key = SecretKey::incoming(&slot.account.settings);
                // Typed at a prompt: kept for this session only.
                if let Err(e) = ctx.session.set(&key, &secret) {
                    tracing::warn!("{e}");
                }
                Action::Run(self.start(id, Some(secret), ctx))
            }
            Message::Retest(id) => Action::OpenSettings(id),
            Message::Indexed(result) => {
                self.indexing = false;
                match result {
                    Ok(0) => Action::Finished,
                    Ok(_) => Action::Run(self.index(ctx)),
                    Err(e) => {
                        tracing::warn!("cannot index messages for search: {e}");
                        Action::None
                    }
                }
            }
        }
    }

    fn event(&mut self, id: AccountId, event: sync::Event) -> Action {
        let Some(run) = self.slot_mut(id).and_then(|s| s.run.as_mut()) else {
            return Action::None;
        };
        if run.phase == Phase::Stopping {
            return match event {
                sync::Event::Stored(_) => Action::Stored,
                _ => Action::None,
            };
        }
        match event {
            sync::Event::Connecting => run.phase = Phase::Connecting,
            sync::Event::Connected { messages, .. } => run.phase = Phase::Connected(messages),
            sync::Event::Planned(p) | sync::Event::Progress(p) => run.phase = Phase::Downloading(p),
            sync::Event::Deleting(n) => run.phase = Phase::Deleting(n),
            sync::Event::Stored(ids) => {
                return if ids.is_empty() {
                    Action::None
                } else {
                    Action::Stored
                };
            }
            sync::Event::Finished(_) => {}
        }
        Action::None
    }

    fn fetched(&mut self, id: AccountId, outcome: Outcome, now: i64) -> Action {
        let Some(slot) = self.slot_mut(id) else {
            return Action::None;
        };
        slot.run = None;
        let every = every(&slot.account);
        match outcome {
            Outcome::Done(summary) => {
                slot.failure = None;
                slot.failures = 0;
                slot.login_delay = summary
                    .login_delay
                    .map(|d| i64::try_from(d).unwrap_or(i64::MAX));
                // Never sooner than the server allows a new login.
                slot.next_check =
                    every.map(|e| now.saturating_add(e.max(slot.login_delay.unwrap_or(0))));
                if summary.cancelled {
                    slot.result = Some(fl!("inbox-sync-cancelled"));
                } else {
                    slot.last_ok = Some(now);
                    slot.result = Some(fl!("inbox-fetched", count = i64::from(summary.downloaded)));
                }
            }
            Outcome::NeedPassword => {
                slot.asking = Some(String::new());
                slot.next_check = None;
            }
            Outcome::Failed(error) => {
                let temporary = error.is_temporary();
                slot.failure = Some(Failure {
                    cause: describe(&error, &slot.account),
                    temporary,
                });
                slot.result = None;
                if temporary {
                    let step = (slot.failures as usize).min(BACKOFF_MINUTES.len() - 1);
                    slot.failures += 1;
                    // Never log in again sooner than the server allows; after
                    // a refusal for logging in too soon, wait as long as it
                    // asks (or a while, if it never said).
                    let mut wait = (BACKOFF_MINUTES[step] * 60).max(slot.login_delay.unwrap_or(0));
                    if matches!(error, SyncError::Pop3(Pop3Error::LoginDelay { .. })) {
                        wait = wait.max(slot.login_delay.unwrap_or(LOGIN_DELAY_UNKNOWN));
                    }
                    slot.next_check = Some(now.saturating_add(wait));
                } else {
                    // The settings or the server must change first: no
                    // automatic retry that could lock the account.
                    slot.next_check = None;
                }
            }
        }
        Action::Finished
    }

    /// Starts a download of account `id` unless one runs.
    pub fn start(
        &mut self,
        id: AccountId,
        password: Option<Secret>,
        ctx: &Context,
    ) -> Task<Message> {
        let Some(slot) = self.slot_mut(id) else {
            return Task::none();
        };
        if slot.run.is_some() {
            return Task::none();
        }
        slot.asking = None;
        let cancel = CancelToken::new();
        let account = slot.account.clone();
        let ctx = ctx.clone();
        let token = cancel.clone();
        let task = super::with_progress(
            move |tx| async move {
                let password = match password {
                    Some(p) => p,
                    None => {
                        let key = SecretKey::incoming(&account.settings);
                        let lookup = ctx.clone();
                        let command = account.settings.password_command.clone();
                        let found = blocking(move || match command {
                            // Like mpop's passwordeval: the account's command
                            // gives the password each time.
                            Some(command) => secrets::password_from_command(&command)
                                .map_err(|e| tracing::warn!("{e}"))
                                .ok(),
                            None => load_password(&lookup, &key),
                        });
                        match found.await {
                            Some(p) => p,
                            None => return Outcome::NeedPassword,
                        }
                    }
                };
                let options = FetchOptions {
                    search_index: SearchIndex::Complete,
                    ..ctx.fetch.clone()
                };
                match sync::fetch(&ctx.db_path, &account, password, &options, tx, token).await {
                    Ok(summary) => Outcome::Done(summary),
                    Err(e) => Outcome::Failed(e),
                }
            },
            move |event| Message::Sync(id, event),
            move |outcome| Message::Fetched(id, outcome),
        );
        let (task, handle) = task.abortable();
        slot.run = Some(Run {
            cancel,
            phase: Phase::Connecting,
            _handle: Some(handle.abort_on_drop()),
        });
        task
    }

    /// One step of the background indexer (it continues by itself until
    /// everything is indexed).
    pub fn index(&mut self, ctx: &Context) -> Task<Message> {
        if self.indexing {
            return Task::none();
        }
        self.indexing = true;
        let db = ctx.db_path.clone();
        Task::perform(
            blocking(move || {
                let mut store = Store::open(&db).map_err(|e| e.to_string())?;
                store
                    .index_pending(INDEX_CHUNK)
                    .map_err(|e| e.to_string())?;
                store.pending_index_count().map_err(|e| e.to_string())
            }),
            Message::Indexed,
        )
    }

    /// The status line of one account, or of all: the last successful
    /// check and the next one.
    pub fn status_line(&self, account: Option<AccountId>, locale: &Locale) -> String {
        let now = unix_now();
        let slots = self
            .slots
            .iter()
            .filter(|s| account.is_none_or(|id| s.account.id == id));
        let (mut last, mut next) = (None::<i64>, None::<i64>);
        for s in slots {
            last = last.max(s.last_ok);
            next = match (next, s.next_check) {
                (Some(a), Some(b)) => Some(a.min(b)),
                (a, b) => a.or(b),
            };
        }
        let last = last.map(|t| locale.date_time(t, now));
        let next = next.map(|t| locale.date_time(t.max(now), now));
        match (last, next) {
            (Some(last), Some(next)) => fl!("inbox-status-both", last = last, next = next),
            (Some(last), None) => fl!("inbox-status-last", last = last),
            (None, Some(next)) => fl!("inbox-status-next", next = next),
            (None, None) => fl!("inbox-status-never"),
        }
    }

    /// Progress, errors and the password prompt of the accounts in view.
    pub fn view<'a>(&'a self, account: Option<AccountId>, locale: &Locale) -> Element<'a, Message> {
        let mut out = column![].spacing(8);
        for slot in self
            .slots
            .iter()
            .filter(|s| account.is_none_or(|id| s.account.id == id))
        {
            if let Some(part) = slot.view(locale) {
                out = out.push(part);
            }
        }
        out.into()
    }
}

fn phase_text(phase: &Phase, locale: &Locale) -> (String, Option<f32>) {
    match phase {
        Phase::Connecting => (fl!("inbox-connecting"), None),
        Phase::Connected(n) => (
            fl!(
                "inbox-sync-connected",
                count = i64::from(*n),
                shown = locale.number(u64::from(*n))
            ),
            None,
        ),
        Phase::Downloading(p) if p.total == 0 => (fl!("inbox-sync-nothing-new"), Some(1.0)),
        Phase::Downloading(p) => {
            let fraction = if p.bytes_total > 0 {
                p.bytes_done as f32 / p.bytes_total as f32
            } else {
                p.done as f32 / p.total as f32
            };
            (
                fl!(
                    "inbox-sync-progress",
                    done = locale.number(u64::from(p.done)),
                    total = locale.number(u64::from(p.total)),
                    got = locale.size(p.bytes_done),
                    size = locale.size(p.bytes_total)
                ),
                Some(fraction.clamp(0.0, 1.0)),
            )
        }
        Phase::Deleting(n) => (fl!("inbox-deleting", count = i64::from(*n)), None),
        Phase::Stopping => (fl!("inbox-sync-stopping"), None),
    }
}

impl Slot {
    fn new(account: Account, next_check: Option<i64>) -> Slot {
        Slot {
            account,
            run: None,
            last_ok: None,
            next_check,
            failures: 0,
            failure: None,
            asking: None,
            result: None,
            login_delay: None,
        }
    }

    pub fn failure(&self) -> Option<&Failure> {
        self.failure.as_ref()
    }

    #[cfg(test)]
    pub fn next_check(&self) -> Option<i64> {
        self.next_check
    }

    #[cfg(test)]
    pub fn last_ok(&self) -> Option<i64> {
        self.last_ok
    }

    #[cfg(test)]
    pub fn result(&self) -> Option<&str> {
        self.result.as_deref()
    }

    pub fn is_asking(&self) -> bool {
        self.asking.is_some()
    }

    fn view<'a>(&'a self, locale: &Locale) -> Option<Element<'a, Message>> {
        let id = self.account.id;
        let email = self.account.settings.email.clone();
        if let Some(run) = &self.run {
            let (label, fraction) = phase_text(&run.phase, locale);
            let bar: Element<'a, Message> = match fraction {
                Some(f) => progress_bar(0.0..=1.0, f).girth(8).into(),
                None => progress_bar(0.0..=1.0, 0.0).girth(8).into(),
            };
            let stopping = run.phase == Phase::Stopping;
            return Some(
                row![
                    column![
                        text(fl!("inbox-sync-account", email = email, status = label)).size(14),
                        bar
                    ]
                    .spacing(4)
                    .width(Fill),
                    button(text(fl!("inbox-sync-cancel")))
                        .style(button::secondary)
                        .on_press_maybe((!stopping).then_some(Message::Cancel(id))),
                ]
                .spacing(12)
                .align_y(Alignment::Center)
                .into(),
            );
        }
        if let Some(typed) = &self.asking {
            return Some(warning_box(
                row![
                    text(fl!("inbox-password-prompt", email = email)),
                    text_input("", typed)
                        .secure(true)
                        .on_input(move |v| Message::PasswordChanged(id, v))
                        .on_submit(Message::PasswordSubmitted(id))
                        .padding(6)
                        .width(240),
                    button(text(fl!("inbox-password-submit")))
                        .style(button::primary)
                        .on_press(Message::PasswordSubmitted(id)),
                ]
                .spacing(10)
                .align_y(Alignment::Center),
            ));
        }
        let Some(failure) = &self.failure else {
            return self.result.as_ref().map(|r| {
                text(fl!("inbox-sync-account", email = email, status = r.clone()))
                    .size(13)
                    .style(text::secondary)
                    .into()
            });
        };
        let when = if failure.temporary {
            self.next_check.map(|t| {
                fl!(
                    "inbox-sync-retry-at",
                    time = locale.date_time(t, unix_now())
                )
            })
        } else {
            None
        };
        let mut words = column![
            text(fl!("inbox-sync-failed", email = email)).size(14),
            text(failure.cause.clone()),
        ]
        .spacing(2)
        .width(Fill);
        if let Some(when) = when {
            words = words.push(text(when).size(13).style(text::secondary));
        }
        Some(warning_box(
            row![
                words,
                button(text(fl!("inbox-sync-try-now")))
                    .style(button::secondary)
                    .on_press(Message::Get(id)),
                button(text(fl!("inbox-sync-retest")))
                    .style(button::primary)
                    .on_press(Message::Retest(id)),
            ]
            .spacing(10)
            .align_y(Alignment::Center),
        ))
    }
}

/// One sentence: why a download failed, in the doctor's words.
pub fn describe(error: &SyncError, account: &Account) -> String {
    let incoming = &account.settings.incoming;
    match error {
        SyncError::Busy => fl!("inbox-error-busy"),
        SyncError::Store { reason } | SyncError::Lock { reason } => {
            fl!("inbox-error-store", reason = clean_text(reason))
        }
        _ => match Problem::of_sync(error, &incoming.host, incoming.port) {
            Some(problem) => Diagnosis { problem, fix: None }.cause(),
            None => fl!("inbox-error-closed"),
        },
    }
}

#[cfg(test)]
mod tests;
