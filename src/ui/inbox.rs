//! A placeholder inbox: the accounts with their message counts and a "Get
//! Messages" button that runs the download engine. The real message list is
//! a later issue. Checks at startup and every N minutes, per account.

use std::time::Duration;

use iced::widget::{button, column, container, row, scrollable, text, text_input};
use iced::{Alignment, Element, Fill, Subscription, Task};

use postern::account::{Account, AccountId};
use postern::fl;
use postern::secrets::{Secret, SecretKey, SecretStore};
use postern::store::Store;
use postern::sync::{self, CancelToken, Summary};

use super::widgets::{note, title};
use super::{blocking, load_password, Context};

#[derive(Debug)]
pub struct Inbox {
    rows: Vec<AccountRow>,
    loaded: bool,
    error: Option<String>,
    /// Download this account once the list is loaded (a new account).
    fetch_after_load: Option<AccountId>,
    /// Download the accounts that check at startup once loaded.
    startup: bool,
}

#[derive(Debug)]
struct AccountRow {
    account: Account,
    messages: u64,
    unseen: u64,
    status: Status,
    /// Asking for the password (none in the keyring or memory).
    asking: Option<String>,
    cancel: Option<CancelToken>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Status {
    Idle,
    Fetching(String),
    Done(String),
    Failed(String),
}

#[derive(Debug, Clone)]
pub enum FetchOutcome {
    Done(Summary),
    NeedPassword,
    Failed(String),
}

#[derive(Debug, Clone)]
pub enum Message {
    Loaded(Result<Vec<(Account, u64, u64)>, String>),
    GetMessages,
    GetAccount(AccountId),
    Sync(AccountId, sync::Event),
    Fetched(AccountId, FetchOutcome),
    PasswordChanged(AccountId, String),
    PasswordSubmitted(AccountId),
    Tick(AccountId),
    AddAccount,
    OpenSettings,
}

pub enum Action {
    None,
    Run(Task<Message>),
    AddAccount,
    OpenSettings,
}

fn load(ctx: &Context) -> Task<Message> {
    let db = ctx.db_path.clone();
    Task::perform(
        blocking(move || {
            let store = Store::open(&db).map_err(|e| e.to_string())?;
            let accounts = store.accounts().map_err(|e| e.to_string())?;
            accounts
                .into_iter()
                .map(|a| {
                    let count = store.count_messages(Some(a.id))?;
                    let unseen = store.count_unseen(Some(a.id))?;
                    Ok((a, count, unseen))
                })
                .collect::<Result<Vec<_>, postern::store::StoreError>>()
                .map_err(|e| e.to_string())
        }),
        Message::Loaded,
    )
}

impl Inbox {
    /// The inbox for known accounts; counts arrive with the returned task.
    pub fn new(
        ctx: &Context,
        accounts: Vec<Account>,
        fetch: Option<AccountId>,
        startup: bool,
    ) -> (Inbox, Task<Message>) {
        let inbox = Inbox {
            rows: accounts.into_iter().map(AccountRow::new).collect(),
            loaded: false,
            error: None,
            fetch_after_load: fetch,
            startup,
        };
        (inbox, load(ctx))
    }

    /// The inbox, accounts still to be read from the store.
    pub fn loading(ctx: &Context, fetch: Option<AccountId>) -> (Inbox, Task<Message>) {
        Inbox::new(ctx, Vec::new(), fetch, false)
    }

    #[cfg(test)]
    pub fn is_fetching(&self, id: AccountId) -> bool {
        self.rows
            .iter()
            .any(|r| r.account.id == id && matches!(r.status, Status::Fetching(_)))
    }

    #[cfg(test)]
    pub fn messages(&self, id: AccountId) -> Option<u64> {
        self.rows
            .iter()
            .find(|r| r.account.id == id)
            .map(|r| r.messages)
    }

    pub fn subscription(&self) -> Subscription<Message> {
        Subscription::batch(self.rows.iter().filter_map(|row| {
            let minutes = row.account.settings.options.check_every_minutes?;
            Some(
                iced::time::every(Duration::from_secs(u64::from(minutes.max(1)) * 60))
                    .with(row.account.id)
                    .map(|(id, _)| Message::Tick(id)),
            )
        }))
    }

    pub fn update(&mut self, message: Message, ctx: &Context) -> Action {
        match message {
            Message::Loaded(Ok(list)) => {
                let first = !self.loaded;
                self.loaded = true;
                self.error = None;
                let mut rows: Vec<AccountRow> = Vec::new();
                for (account, messages, unseen) in list {
                    let mut row = match self.rows.iter().position(|r| r.account.id == account.id) {
                        Some(i) => self.rows.swap_remove(i),
                        None => AccountRow::new(account.clone()),
                    };
                    row.account = account;
                    row.messages = messages;
                    row.unseen = unseen;
                    rows.push(row);
                }
                self.rows = rows;
                let mut tasks = Vec::new();
                if let Some(id) = self.fetch_after_load.take() {
                    tasks.push(self.start(id, None, ctx));
                }
                if first && self.startup {
                    let ids: Vec<AccountId> = self
                        .rows
                        .iter()
                        .filter(|r| r.account.settings.options.check_at_startup)
                        .map(|r| r.account.id)
                        .collect();
                    tasks.extend(ids.into_iter().map(|id| self.start(id, None, ctx)));
                }
                Action::Run(Task::batch(tasks))
            }
            Message::Loaded(Err(reason)) => {
                self.loaded = true;
                self.error = Some(fl!("inbox-error-load", reason = reason));
                Action::None
            }
            Message::GetMessages => {
                let ids: Vec<AccountId> = self.rows.iter().map(|r| r.account.id).collect();
                Action::Run(Task::batch(
                    ids.into_iter().map(|id| self.start(id, None, ctx)),
                ))
            }
            Message::GetAccount(id) | Message::Tick(id) => Action::Run(self.start(id, None, ctx)),
            Message::Sync(id, event) => {
                if let Some(row) = self.row(id) {
                    if let Some(status) = describe_event(&event) {
                        row.status = Status::Fetching(status);
                    }
                }
                Action::None
            }
            Message::Fetched(id, outcome) => {
                let Some(row) = self.row(id) else {
                    return Action::None;
                };
                row.cancel = None;
                match outcome {
                    FetchOutcome::Done(summary) => {
                        row.status = Status::Done(fl!(
                            "inbox-fetched",
                            count = i64::from(summary.downloaded)
                        ));
                        Action::Run(load(ctx))
                    }
                    FetchOutcome::NeedPassword => {
                        row.status = Status::Idle;
                        row.asking = Some(String::new());
                        Action::None
                    }
                    FetchOutcome::Failed(reason) => {
                        row.status = Status::Failed(reason);
                        Action::None
                    }
                }
            }
            Message::PasswordChanged(id, value) => {
                if let Some(row) = self.row(id) {
                    row.asking = Some(value);
                }
                Action::None
            }
            Message::PasswordSubmitted(id) => {
                let Some(row) = self.row(id) else {
                    return Action::None;
                };
                let Some(typed) = row.asking.take().filter(|p| !p.is_empty()) else {
                    return Action::None;
                };
                let secret = Secret::new(typed);
                let key = SecretKey::incoming(&row.account.settings);
                // Typed at a prompt: kept for this session only.
                if let Err(e) = ctx.session.set(&key, &secret) {
                    tracing::warn!("{e}");
                }
                let task = self.start(id, Some(secret), ctx);
                Action::Run(task)
            }
            Message::AddAccount => Action::AddAccount,
            Message::OpenSettings => Action::OpenSettings,
        }
    }

    fn row(&mut self, id: AccountId) -> Option<&mut AccountRow> {
        self.rows.iter_mut().find(|r| r.account.id == id)
    }

    fn start(&mut self, id: AccountId, password: Option<Secret>, ctx: &Context) -> Task<Message> {
        let Some(row) = self.row(id) else {
            return Task::none();
        };
        if row.cancel.is_some() {
            return Task::none();
        }
        let cancel = CancelToken::new();
        row.cancel = Some(cancel.clone());
        row.status = Status::Fetching(fl!("inbox-connecting"));
        let account = row.account.clone();
        let ctx = ctx.clone();
        super::with_progress(
            move |tx| async move {
                let password = match password {
                    Some(p) => p,
                    None => {
                        let key = SecretKey::incoming(&account.settings);
                        let lookup = ctx.clone();
                        match blocking(move || load_password(&lookup, &key)).await {
                            Some(p) => p,
                            None => return FetchOutcome::NeedPassword,
                        }
                    }
                };
                match sync::fetch(&ctx.db_path, &account, password, &ctx.fetch, tx, cancel).await {
                    Ok(summary) => FetchOutcome::Done(summary),
                    Err(e) => FetchOutcome::Failed(e.to_string()),
                }
            },
            move |event| Message::Sync(id, event),
            move |outcome| Message::Fetched(id, outcome),
        )
    }

    pub fn view(&self) -> Element<'_, Message> {
        let busy = self.rows.iter().any(|r| r.cancel.is_some());
        let header = row![
            title(fl!("inbox-title")),
            iced::widget::space().width(Fill),
            button(text(fl!("inbox-add-account")))
                .style(button::secondary)
                .on_press(Message::AddAccount),
            button(text(fl!("inbox-settings")))
                .style(button::secondary)
                .on_press_maybe((!self.rows.is_empty()).then_some(Message::OpenSettings)),
            button(text(fl!("inbox-get-messages")))
                .style(button::primary)
                .on_press_maybe((!self.rows.is_empty() && !busy).then_some(Message::GetMessages)),
        ]
        .spacing(12)
        .align_y(Alignment::Center);

        let mut list = column![].spacing(12);
        if let Some(error) = &self.error {
            list = list.push(text(error.clone()).style(text::danger));
        }
        if self.loaded && self.rows.is_empty() {
            list = list.push(note(fl!("inbox-no-accounts")));
        }
        for row in &self.rows {
            list = list.push(row.view());
        }
        column![
            container(header).padding([20, 24]),
            scrollable(container(list).padding([0, 24])).height(Fill),
            container(note(fl!("inbox-placeholder-note"))).padding([12, 24]),
        ]
        .into()
    }
}

impl AccountRow {
    fn new(account: Account) -> AccountRow {
        AccountRow {
            account,
            messages: 0,
            unseen: 0,
            status: Status::Idle,
            asking: None,
            cancel: None,
        }
    }

    fn view(&self) -> Element<'_, Message> {
        let id = self.account.id;
        let s = &self.account.settings;
        let counts = fl!(
            "inbox-counts",
            count = i64::try_from(self.messages).unwrap_or(i64::MAX),
            unseen = i64::try_from(self.unseen).unwrap_or(i64::MAX)
        );
        let status: Element<'_, Message> = match &self.status {
            Status::Idle => text("").into(),
            Status::Fetching(t) => text(t.clone()).style(text::secondary).into(),
            Status::Done(t) => text(t.clone()).style(text::success).into(),
            Status::Failed(t) => text(t.clone()).style(text::danger).into(),
        };
        let mut content = column![
            row![
                column![
                    text(s.display_name.clone()).size(17),
                    text(s.email.clone()).size(14).style(text::secondary),
                ]
                .width(Fill),
                text(counts),
                button(text(fl!("inbox-get-account")))
                    .style(button::secondary)
                    .on_press_maybe(self.cancel.is_none().then_some(Message::GetAccount(id))),
            ]
            .spacing(16)
            .align_y(Alignment::Center),
            status,
        ]
        .spacing(6);
        if let Some(typed) = &self.asking {
            content = content.push(
                row![
                    text(fl!("inbox-password-prompt", email = s.email.clone())),
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
            );
        }
        container(content)
            .padding(14)
            .width(Fill)
            .style(container::bordered_box)
            .into()
    }
}

fn describe_event(event: &sync::Event) -> Option<String> {
    Some(match event {
        sync::Event::Connecting => fl!("inbox-connecting"),
        sync::Event::Connected { messages, .. } => {
            fl!("inbox-connected", count = i64::from(*messages))
        }
        sync::Event::Planned(p) | sync::Event::Progress(p) => fl!(
            "inbox-progress",
            done = i64::from(p.done),
            total = i64::from(p.total)
        ),
        sync::Event::Deleting(n) => fl!("inbox-deleting", count = i64::from(*n)),
        sync::Event::Stored(_) | sync::Event::Finished(_) => return None,
    })
}
