//! The window: an [`App`] that owns one [`Screen`] at a time (the add-account
//! wizard, the inbox, the reader, the settings pane) and switches between
//! them when a screen returns an action. Shared read-only data travels in a
//! [`Context`].
//!
//! The inbox state and the download [`worker::Worker`] live in the `App`
//! itself, not in a screen: downloads go on whatever is shown, and the
//! reader returns to the same selection and scroll position.
//!
//! Start-up, in order: check that a graphical session exists, open the
//! keyring and the database off the UI thread, then show the wizard (no
//! account yet) or the inbox, start the downloads due at startup and the
//! background search indexer. The theme follows the system (light or dark).

mod checkup;
mod inbox;
mod options_form;
mod reader;
mod server_form;
mod settings;
mod widgets;
mod wizard;
mod worker;

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use iced::event::{self, Event};
use iced::keyboard::{self, key};
use iced::widget::{button, center, column, container, row, text};
use iced::{window, Element, Fill, Size, Subscription, Task};

use postern::account::Account;
use postern::autoconfig::DiscoverOptions;
use postern::doctor::DoctorOptions;
use postern::fl;
use postern::secrets::{KeyringStore, MemoryStore, Secret, SecretError, SecretKey, SecretStore};
use postern::store::{self, Store};
use postern::sync::FetchOptions;

/// The application id, everywhere (window, desktop file, keyring service).
pub const APP_ID: &str = "org.postern.Postern";

/// What every screen may read: where the data lives, where passwords go,
/// and how the network jobs run (tests point them at loopback servers).
#[derive(Clone)]
pub struct Context {
    pub db_path: PathBuf,
    /// The OS keyring, or a [`MemoryStore`] when none is reachable.
    pub secrets: Arc<dyn SecretStore>,
    /// Passwords kept for this session only (keyring unavailable or locked).
    pub session: Arc<MemoryStore>,
    pub doctor: DoctorOptions,
    pub discover: DiscoverOptions,
    pub fetch: FetchOptions,
}

impl Context {
    /// The context of the real app: default options plus the test hooks
    /// `POSTERN_RESOLVE` and `POSTERN_PORT_MAP` (used by the screenshots).
    pub fn new(data_dir: PathBuf) -> Context {
        let discover = postern::autoconfig::options_from_env().unwrap_or_else(|e| {
            tracing::warn!("{e}");
            DiscoverOptions::default()
        });
        let fetch = FetchOptions {
            resolver: discover.resolver.clone(),
            port_map: discover.port_map.clone(),
            ..FetchOptions::default()
        };
        Context {
            db_path: data_dir.join(store::DB_FILE),
            secrets: Arc::new(MemoryStore::new()),
            session: Arc::new(MemoryStore::new()),
            doctor: postern::doctor::options_from_env(),
            discover,
            fetch,
        }
    }
}

/// Where a password ended up when saved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Saved {
    Keyring,
    /// The keyring refused (unavailable or locked): kept for this session.
    SessionOnly,
}

/// Files `secret` under `key` in the keyring, or for this session only when
/// the keyring cannot take it. Blocking: call from `spawn_blocking`.
pub fn save_password(ctx: &Context, key: &SecretKey, secret: &Secret) -> Result<Saved, String> {
    match ctx.secrets.set(key, secret) {
        Ok(()) => Ok(Saved::Keyring),
        Err(SecretError::Unavailable { .. } | SecretError::Locked) => ctx
            .session
            .set(key, secret)
            .map_err(|e| e.to_string())
            .map(|()| Saved::SessionOnly),
        Err(e) => Err(e.to_string()),
    }
}

/// The password under `key`: from this session's memory first, then the
/// keyring. `None` means "ask the user". Blocking: call from `spawn_blocking`.
pub fn load_password(ctx: &Context, key: &SecretKey) -> Option<Secret> {
    if let Ok(Some(secret)) = ctx.session.get(key) {
        return Some(secret);
    }
    match ctx.secrets.get(key) {
        Ok(found) => found,
        Err(e) => {
            tracing::warn!("cannot read a password: {e}");
            None
        }
    }
}

/// Forgets the password under `key` everywhere. Blocking.
pub fn delete_password(ctx: &Context, key: &SecretKey) {
    let _ = ctx.session.delete(key);
    if let Err(e) = ctx.secrets.delete(key) {
        tracing::warn!("cannot delete a password: {e}");
    }
}

/// Runs blocking work (rusqlite, keyring) off the UI thread.
pub async fn blocking<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    match tokio::task::spawn_blocking(f).await {
        Ok(value) => value,
        Err(e) => std::panic::resume_unwind(e.into_panic()),
    }
}

/// A task that runs `job` with a progress channel, mapping each progress
/// item and the result to messages.
pub fn with_progress<P, R, Fut, M>(
    job: impl FnOnce(tokio::sync::mpsc::UnboundedSender<P>) -> Fut + Send + 'static,
    on_progress: impl Fn(P) -> M + Send + 'static,
    on_done: impl FnOnce(R) -> M + Send + 'static,
) -> Task<M>
where
    P: Send + 'static,
    R: Send + 'static,
    M: Send + 'static,
    Fut: std::future::Future<Output = R> + Send + 'static,
{
    let sipper = iced::task::sipper(move |mut sender| async move {
        let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel();
        let mut job = std::pin::pin!(job(tx));
        loop {
            tokio::select! {
                biased;
                Some(p) = rx.recv() => sender.send(p).await,
                result = &mut job => {
                    while let Ok(p) = rx.try_recv() {
                        sender.send(p).await;
                    }
                    return result;
                }
            }
        }
    });
    Task::sip(sipper, on_progress, on_done)
}

/// Opens the window. Fails with a clear message when there is no graphical
/// session, instead of panicking inside the windowing library.
pub fn run(data_dir: Option<PathBuf>) -> ExitCode {
    if !has_display() {
        eprintln!("postern: {}", fl!("app-no-display"));
        return ExitCode::from(1);
    }
    let Some(data_dir) = data_dir.or_else(store::default_data_dir) else {
        eprintln!("postern: {}", fl!("app-no-data-dir"));
        return ExitCode::from(1);
    };
    // The language saved in the settings, before the first view (main has
    // chosen the system's).
    let prefs = postern::prefs::load(&data_dir);
    if prefs.language.is_some() {
        postern::i18n::use_language_choice(prefs.language.as_deref());
    }
    let result = iced::application(
        move || App::boot(Context::new(data_dir.clone()), true),
        App::update,
        App::view,
    )
    .title(App::title)
    .subscription(App::subscription)
    .window(window_settings())
    .run();
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!(
                "postern: {}",
                fl!("app-cannot-start", reason = e.to_string())
            );
            ExitCode::from(1)
        }
    }
}

fn has_display() -> bool {
    if cfg!(any(target_os = "macos", target_os = "windows")) {
        return true;
    }
    let set = |name: &str| std::env::var_os(name).is_some_and(|v| !v.is_empty());
    set("DISPLAY") || set("WAYLAND_DISPLAY")
}

fn window_settings() -> window::Settings {
    window::Settings {
        size: Size::new(1100.0, 720.0),
        min_size: Some(Size::new(640.0, 480.0)),
        #[cfg(target_os = "linux")]
        platform_specific: window::settings::PlatformSpecific {
            application_id: APP_ID.to_owned(),
            ..Default::default()
        },
        ..window::Settings::default()
    }
}

/// What the window shows.
pub enum Screen {
    Loading,
    /// The database cannot be opened.
    Failed(String),
    Wizard(wizard::Wizard),
    /// The inbox (its state is `App::inbox`, kept while reading).
    Inbox,
    Reader(Box<reader::Reader>),
    Settings(settings::Settings),
}

pub struct App {
    ctx: Context,
    screen: Screen,
    /// Alive from the first load on, whatever the screen.
    inbox: Option<inbox::Inbox>,
    worker: worker::Worker,
    /// Shown once: the keyring is unavailable, passwords live in memory.
    banner: Option<String>,
    banner_shown: bool,
    open_keyring: bool,
}

/// What the start-up job found.
#[derive(Debug, Clone)]
pub struct Startup {
    keyring: Option<Result<Arc<KeyringStore>, SecretError>>,
    accounts: Result<Vec<Account>, String>,
}

#[derive(Debug, Clone)]
pub enum Message {
    Loaded(Box<Startup>),
    Retry,
    DismissBanner,
    Key(KeyPress),
    Wizard(wizard::Message),
    Inbox(inbox::Message),
    Reader(reader::Message),
    Settings(settings::Message),
    Worker(worker::Message),
    /// The accounts read again (after the wizard or the settings pane);
    /// `fetch` is a new account to download at once.
    Accounts(
        Result<Vec<Account>, String>,
        Option<postern::account::AccountId>,
    ),
}

/// Keys the app handles itself (fields keep everything else).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyPress {
    Tab {
        shift: bool,
    },
    Enter,
    Escape,
    /// List moves: arrows, Home/End, Page Up/Down.
    Nav(inbox::Nav),
    Delete,
    /// F5 or Ctrl+R: Get Messages.
    Refresh,
}

impl App {
    /// `open_keyring` is false in tests, which bring their own store.
    pub fn boot(ctx: Context, open_keyring: bool) -> (App, Task<Message>) {
        let app = App {
            ctx,
            screen: Screen::Loading,
            inbox: None,
            worker: worker::Worker::new(),
            banner: None,
            banner_shown: false,
            open_keyring,
        };
        let task = app.load();
        (app, task)
    }

    fn load(&self) -> Task<Message> {
        let db = self.ctx.db_path.clone();
        let open_keyring = self.open_keyring;
        Task::perform(
            blocking(move || {
                let keyring = open_keyring.then(|| KeyringStore::new().map(Arc::new));
                let accounts = Store::open(&db)
                    .and_then(|s| s.accounts())
                    .map_err(|e| fl!("app-cannot-open-store", reason = e.to_string()));
                Startup { keyring, accounts }
            }),
            |startup| Message::Loaded(Box::new(startup)),
        )
    }

    pub fn title(&self) -> String {
        fl!("app-title")
    }

    pub fn subscription(&self) -> Subscription<Message> {
        let keys = event::listen_with(|event, status, _window| {
            let Event::Keyboard(keyboard::Event::KeyPressed { key, modifiers, .. }) = event else {
                return None;
            };
            let ignored = status == event::Status::Ignored;
            let nav = |n| Some(Message::Key(KeyPress::Nav(n)));
            match key {
                keyboard::Key::Named(key::Named::F5) => Some(Message::Key(KeyPress::Refresh)),
                keyboard::Key::Character(c) if modifiers.command() && c.as_str() == "r" => {
                    Some(Message::Key(KeyPress::Refresh))
                }
                keyboard::Key::Named(key::Named::Tab) if ignored => {
                    Some(Message::Key(KeyPress::Tab {
                        shift: modifiers.shift(),
                    }))
                }
                keyboard::Key::Named(key::Named::Enter) if ignored => {
                    Some(Message::Key(KeyPress::Enter))
                }
                keyboard::Key::Named(key::Named::Escape) => Some(Message::Key(KeyPress::Escape)),
                keyboard::Key::Named(named) if ignored => match named {
                    key::Named::ArrowUp => nav(inbox::Nav::Up),
                    key::Named::ArrowDown => nav(inbox::Nav::Down),
                    key::Named::Home => nav(inbox::Nav::Home),
                    key::Named::End => nav(inbox::Nav::End),
                    key::Named::PageUp => nav(inbox::Nav::PageUp),
                    key::Named::PageDown => nav(inbox::Nav::PageDown),
                    key::Named::Delete => Some(Message::Key(KeyPress::Delete)),
                    _ => None,
                },
                _ => None,
            }
        });
        Subscription::batch([keys, self.worker.subscription().map(Message::Worker)])
    }

    pub fn update(&mut self, message: Message) -> Task<Message> {
        match message {
            Message::Loaded(startup) => self.loaded(*startup),
            Message::Retry => {
                self.screen = Screen::Loading;
                self.load()
            }
            Message::DismissBanner => {
                self.banner = None;
                Task::none()
            }
            Message::Key(key) => self.key(key),
            Message::Wizard(message) => {
                let Screen::Wizard(wizard) = &mut self.screen else {
                    return Task::none();
                };
                match wizard.update(message, &self.ctx) {
                    wizard::Action::None => Task::none(),
                    wizard::Action::Run(task) => task.map(Message::Wizard),
                    wizard::Action::Cancelled => self.reload_accounts(None),
                    wizard::Action::Finished { account, saved } => {
                        self.note_saved(saved);
                        self.reload_accounts(Some(account.id))
                    }
                }
            }
            Message::Inbox(message) => {
                let Some(inbox) = &mut self.inbox else {
                    return Task::none();
                };
                match inbox.update(message, &self.ctx) {
                    inbox::Action::None => Task::none(),
                    inbox::Action::Run(task) => task.map(Message::Inbox),
                    inbox::Action::Open(id) => self.open_reader(id),
                    inbox::Action::AddAccount => self.open_wizard(),
                    inbox::Action::OpenSettings => self.open_settings(None),
                    inbox::Action::Worker(message) => self.update(Message::Worker(message)),
                }
            }
            Message::Reader(message) => {
                let Screen::Reader(reader) = &mut self.screen else {
                    return Task::none();
                };
                match reader.update(message, &self.ctx) {
                    reader::Action::None => Task::none(),
                    reader::Action::Run(task) => task.map(Message::Reader),
                    reader::Action::Close => self.back_to_inbox(None),
                    reader::Action::Deleted(id) => self.back_to_inbox(Some(id)),
                }
            }
            Message::Settings(message) => {
                let Screen::Settings(settings) = &mut self.screen else {
                    return Task::none();
                };
                match settings.update(message, &self.ctx) {
                    settings::Action::None => Task::none(),
                    settings::Action::Run(task) => task.map(Message::Settings),
                    settings::Action::Close => self.reload_accounts(None),
                    settings::Action::AddAccount => self.open_wizard(),
                    settings::Action::SessionOnly => {
                        self.note_saved(Saved::SessionOnly);
                        Task::none()
                    }
                }
            }
            Message::Worker(message) => match self.worker.update(message, &self.ctx) {
                worker::Action::None => Task::none(),
                worker::Action::Run(task) => task.map(Message::Worker),
                worker::Action::Stored | worker::Action::Finished => self.refresh_inbox(),
                worker::Action::OpenSettings(id) => self.open_settings(Some(id)),
            },
            Message::Accounts(Ok(accounts), fetch) => self.accounts(accounts, fetch),
            Message::Accounts(Err(reason), _) => {
                self.screen = Screen::Failed(reason);
                Task::none()
            }
        }
    }

    fn loaded(&mut self, startup: Startup) -> Task<Message> {
        match startup.keyring {
            Some(Ok(keyring)) => self.ctx.secrets = keyring,
            Some(Err(e)) => {
                tracing::warn!("{e}");
                self.show_keyring_banner();
            }
            None => {}
        }
        match startup.accounts {
            Err(reason) => {
                self.screen = Screen::Failed(reason);
                Task::none()
            }
            Ok(accounts) if accounts.is_empty() => self.open_wizard(),
            Ok(accounts) => {
                let (inbox, task) = inbox::Inbox::new(&self.ctx, accounts.clone());
                self.inbox = Some(inbox);
                self.screen = Screen::Inbox;
                let downloads = self.worker.set_accounts(accounts, true, &self.ctx);
                let index = self.worker.index(&self.ctx);
                Task::batch([
                    task.map(Message::Inbox),
                    downloads.map(Message::Worker),
                    index.map(Message::Worker),
                ])
            }
        }
    }

    /// Reads the accounts again and shows the inbox; `fetch`: a new
    /// account whose first download starts at once.
    fn reload_accounts(&mut self, fetch: Option<postern::account::AccountId>) -> Task<Message> {
        let db = self.ctx.db_path.clone();
        Task::perform(
            blocking(move || {
                Store::open(&db)
                    .and_then(|s| s.accounts())
                    .map_err(|e| fl!("app-cannot-open-store", reason = e.to_string()))
            }),
            move |accounts| Message::Accounts(accounts, fetch),
        )
    }

    fn accounts(
        &mut self,
        accounts: Vec<Account>,
        fetch: Option<postern::account::AccountId>,
    ) -> Task<Message> {
        let first = self.inbox.is_none();
        let shown = match &mut self.inbox {
            Some(inbox) => inbox.set_accounts(accounts.clone(), &self.ctx),
            None => {
                let (inbox, task) = inbox::Inbox::new(&self.ctx, accounts.clone());
                self.inbox = Some(inbox);
                task
            }
        };
        self.screen = Screen::Inbox;
        let mut tasks = vec![
            shown.map(Message::Inbox),
            self.worker
                .set_accounts(accounts, false, &self.ctx)
                .map(Message::Worker),
        ];
        if let Some(id) = fetch {
            tasks.push(self.worker.start(id, None, &self.ctx).map(Message::Worker));
        }
        if first {
            tasks.push(self.worker.index(&self.ctx).map(Message::Worker));
        }
        Task::batch(tasks)
    }

    fn refresh_inbox(&mut self) -> Task<Message> {
        match &mut self.inbox {
            Some(inbox) => inbox.refresh(&self.ctx).map(Message::Inbox),
            None => Task::none(),
        }
    }

    fn open_reader(&mut self, id: postern::store::MessageId) -> Task<Message> {
        let (reader, task) = reader::Reader::new(id, &self.ctx);
        self.screen = Screen::Reader(Box::new(reader));
        task.map(Message::Reader)
    }

    /// Back from the reader: the same selection and scroll position, the
    /// rows read again (the message is read now, or in the trash).
    fn back_to_inbox(&mut self, deleted: Option<postern::store::MessageId>) -> Task<Message> {
        self.screen = Screen::Inbox;
        let Some(inbox) = &mut self.inbox else {
            return Task::none();
        };
        if let Some(id) = deleted {
            inbox.note_deleted(vec![id]);
        }
        let scroll = iced::widget::operation::scroll_to(
            inbox::LIST,
            iced::widget::operation::AbsoluteOffset {
                x: 0.0,
                y: inbox.offset(),
            },
        );
        Task::batch([scroll, inbox.refresh(&self.ctx).map(Message::Inbox)])
    }

    /// The settings pane, on `account` when given.
    fn open_settings(&mut self, account: Option<postern::account::AccountId>) -> Task<Message> {
        let (settings, task) = settings::Settings::new(&self.ctx);
        self.screen = Screen::Settings(settings);
        let task = task.map(Message::Settings);
        match account {
            Some(id) => task.chain(Task::done(Message::Settings(settings::Message::Select(id)))),
            None => task,
        }
    }

    fn note_saved(&mut self, saved: Saved) {
        if saved == Saved::SessionOnly {
            self.show_keyring_banner();
        }
    }

    fn show_keyring_banner(&mut self) {
        if !self.banner_shown {
            self.banner_shown = true;
            self.banner = Some(fl!("app-keyring-unavailable"));
        }
    }

    fn open_wizard(&mut self) -> Task<Message> {
        let (wizard, task) = wizard::Wizard::new();
        self.screen = Screen::Wizard(wizard);
        task.map(Message::Wizard)
    }

    fn key(&mut self, key: KeyPress) -> Task<Message> {
        let on_inbox = matches!(self.screen, Screen::Inbox) && self.inbox.is_some();
        match key {
            KeyPress::Tab { shift: false } => iced::widget::operation::focus_next(),
            KeyPress::Tab { shift: true } => iced::widget::operation::focus_previous(),
            KeyPress::Enter => match &self.screen {
                Screen::Wizard(_) => self.update(Message::Wizard(wizard::Message::Next)),
                Screen::Inbox => self.update(Message::Inbox(inbox::Message::OpenSelected)),
                _ => Task::none(),
            },
            KeyPress::Escape => match &self.screen {
                Screen::Wizard(_) => self.update(Message::Wizard(wizard::Message::Cancel)),
                Screen::Settings(_) => self.update(Message::Settings(settings::Message::Escape)),
                Screen::Reader(_) => self.update(Message::Reader(reader::Message::Back)),
                Screen::Inbox => self.update(Message::Inbox(inbox::Message::ClearSearch)),
                _ => Task::none(),
            },
            KeyPress::Nav(nav) if on_inbox => self.update(Message::Inbox(inbox::Message::Key(nav))),
            KeyPress::Delete => match &self.screen {
                Screen::Inbox => self.update(Message::Inbox(inbox::Message::DeleteSelected)),
                Screen::Reader(_) => self.update(Message::Reader(reader::Message::Delete)),
                _ => Task::none(),
            },
            KeyPress::Refresh if self.inbox.is_some() => {
                self.update(Message::Worker(worker::Message::GetAll))
            }
            KeyPress::Nav(_) | KeyPress::Refresh => Task::none(),
        }
    }

    pub fn view(&self) -> Element<'_, Message> {
        let screen: Element<'_, Message> = match &self.screen {
            Screen::Loading => center(text(fl!("app-loading"))).into(),
            Screen::Failed(reason) => center(
                column![
                    text(fl!("app-cannot-start-title")).size(22),
                    text(reason.clone()),
                    button(text(fl!("app-retry")))
                        .style(button::primary)
                        .on_press(Message::Retry),
                ]
                .spacing(16)
                .max_width(560),
            )
            .into(),
            Screen::Wizard(wizard) => wizard.view().map(Message::Wizard),
            Screen::Inbox => match &self.inbox {
                Some(inbox) => inbox.view(&self.worker).map(Message::Inbox),
                None => center(text(fl!("app-loading"))).into(),
            },
            Screen::Reader(reader) => reader.view().map(Message::Reader),
            Screen::Settings(settings) => settings.view().map(Message::Settings),
        };
        match &self.banner {
            None => screen,
            Some(note) => column![
                container(
                    row![
                        text(note.clone()).width(Fill),
                        button(text(fl!("app-dismiss")))
                            .style(button::secondary)
                            .on_press(Message::DismissBanner),
                    ]
                    .spacing(12)
                    .align_y(iced::Center),
                )
                .padding([10, 16])
                .width(Fill)
                .style(container::warning),
                screen,
            ]
            .into(),
        }
    }

    #[cfg(test)]
    pub fn inbox(&self) -> Option<&inbox::Inbox> {
        self.inbox.as_ref()
    }

    #[cfg(test)]
    pub fn worker(&self) -> &worker::Worker {
        &self.worker
    }

    #[cfg(test)]
    pub fn screen(&self) -> &Screen {
        &self.screen
    }
}

#[cfg(test)]
mod tests;
