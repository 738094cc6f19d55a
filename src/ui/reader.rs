//! The Reader: one message, read offline. Opening it loads and renders the
//! stored bytes off the UI thread (`postern::reader::render`) and marks it
//! read. It shows who really sent it (name and address, with a warning
//! when the name poses as another address), the recipients, the date in
//! local time, the body as selectable text (or the raw source in
//! monospace), the links with their real targets, and the attachments.
//!
//! Nothing here touches the network: a link is only ever copied to the
//! clipboard. Attachments are saved through the system dialog, or into the
//! Downloads folder when no dialog is available; existing files are never
//! overwritten silently.

mod format;
mod save;

use std::path::PathBuf;
use std::sync::Arc;

use iced::widget::{button, column, container, row, scrollable, space, text, text_editor, tooltip};
use iced::{Alignment, Element, Fill, Font, Length, Task};

use postern::fl;
use postern::reader::{self, Attachment, Mailbox, RenderBudget, Rendered};
use postern::store::{MessageId, MessageRow, Store};

use self::save::{Outcome, Picked, Raw, SaveError};
use super::widgets::{note, warning_box};
use super::{blocking, Context};

/// Links listed at most; the rest are counted.
const MAX_LINKS_SHOWN: usize = 200;

/// Width of the header labels ("From", "To"...).
const LABEL_WIDTH: f32 = 80.0;

pub struct Reader {
    id: MessageId,
    state: State,
    /// Shown while the message is read unread/read.
    seen: bool,
    view_source: bool,
    /// A save or delete is running.
    busy: bool,
    notice: Option<Notice>,
    /// Where to save when no dialog is available; `None` finds the
    /// Downloads folder when needed (tests inject a folder).
    fallback_dir: Option<PathBuf>,
}

enum State {
    Loading,
    /// The message cannot be read from the store.
    Failed(String),
    Loaded(Box<Shown>),
}

struct Shown {
    raw: Raw,
    rendered: Rendered,
    row: Option<MessageRow>,
    body: text_editor::Content,
    /// Built the first time "View source" is chosen.
    source: Option<text_editor::Content>,
}

/// A line under the toolbar, with an optional follow-up action.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    Info(String),
    Error(String),
    /// No dialog could be shown: offer to save into the Downloads folder.
    OfferFallback(SaveWhat),
}

/// Which attachments a save is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveWhat {
    /// One, by its position in the list.
    One(usize),
    All,
}

/// What the load job found.
#[derive(Debug, Clone)]
pub struct Loaded {
    raw: Raw,
    rendered: Rendered,
    row: Option<MessageRow>,
}

#[derive(Debug, Clone)]
pub enum Message {
    Loaded(Result<Box<Loaded>, String>),
    /// Back to the list (also Escape).
    Back,
    Delete,
    Deleted(Result<(), String>),
    /// Marks the message unread, or read again.
    ToggleSeen,
    SeenSet(Result<bool, String>),
    ViewSourceToggled,
    Body(text_editor::Action),
    CopyLink(usize),
    Save(SaveWhat),
    Picked(SaveWhat, Picked),
    SaveToFallback(SaveWhat),
    Saved(Outcome),
    DismissNotice,
}

pub enum Action {
    None,
    Run(Task<Message>),
    Close,
    /// The message went to the trash.
    Deleted(MessageId),
}

impl Reader {
    pub fn new(id: MessageId, ctx: &Context) -> (Reader, Task<Message>) {
        let reader = Reader {
            id,
            state: State::Loading,
            seen: true,
            view_source: false,
            busy: false,
            notice: None,
            fallback_dir: None,
        };
        let db = ctx.db_path.clone();
        let task = Task::perform(blocking(move || load(&db, id)), Message::Loaded);
        (reader, task)
    }

    pub fn update(&mut self, message: Message, ctx: &Context) -> Action {
        match message {
            Message::Loaded(result) => self.loaded(result),
            Message::Back => Action::Close,
            Message::Delete => self.delete(ctx),
            Message::Deleted(Ok(())) => Action::Deleted(self.id),
            Message::Deleted(Err(reason)) => {
                self.busy = false;
                self.notice = Some(Notice::Error(fl!("reader-error-delete", reason = reason)));
                Action::None
            }
            Message::ToggleSeen => self.toggle_seen(ctx),
            Message::SeenSet(Ok(seen)) => {
                self.seen = seen;
                Action::None
            }
            Message::SeenSet(Err(reason)) => {
                self.notice = Some(Notice::Error(fl!("reader-error-seen", reason = reason)));
                Action::None
            }
            Message::ViewSourceToggled => {
                self.view_source = !self.view_source;
                if let State::Loaded(shown) = &mut self.state {
                    if self.view_source && shown.source.is_none() {
                        shown.source =
                            Some(text_editor::Content::with_text(&reader::source(&shown.raw)));
                    }
                }
                Action::None
            }
            Message::Body(action) => {
                // Read-only: selection, cursor and scrolling, never edits.
                if !action.is_edit() {
                    if let State::Loaded(shown) = &mut self.state {
                        match (&mut shown.source, self.view_source) {
                            (Some(source), true) => source.perform(action),
                            _ => shown.body.perform(action),
                        }
                    }
                }
                Action::None
            }
            Message::CopyLink(index) => self.copy_link(index),
            Message::Save(what) => self.save(what),
            Message::Picked(what, picked) => self.picked(what, picked),
            Message::SaveToFallback(what) => {
                let dir = self.fallback_dir.clone();
                self.write_into(what, dir)
            }
            Message::Saved(outcome) => {
                self.busy = false;
                self.notice = Some(saved_notice(outcome));
                Action::None
            }
            Message::DismissNotice => {
                self.notice = None;
                Action::None
            }
        }
    }

    fn loaded(&mut self, result: Result<Box<Loaded>, String>) -> Action {
        match result {
            Ok(loaded) => {
                let Loaded { raw, rendered, row } = *loaded;
                let body = text_editor::Content::with_text(&rendered.body);
                self.state = State::Loaded(Box::new(Shown {
                    raw,
                    rendered,
                    row,
                    body,
                    source: None,
                }));
            }
            Err(reason) => self.state = State::Failed(reason),
        }
        Action::None
    }

    fn delete(&mut self, ctx: &Context) -> Action {
        if self.busy {
            return Action::None;
        }
        self.busy = true;
        let db = ctx.db_path.clone();
        let id = self.id;
        Action::Run(Task::perform(
            blocking(move || {
                let mut store = Store::open(&db).map_err(|e| e.to_string())?;
                store
                    .move_to_trash(&[id])
                    .map(|_| ())
                    .map_err(|e| e.to_string())
            }),
            Message::Deleted,
        ))
    }

    fn toggle_seen(&mut self, ctx: &Context) -> Action {
        let db = ctx.db_path.clone();
        let id = self.id;
        let seen = !self.seen;
        Action::Run(Task::perform(
            blocking(move || {
                Store::open(&db)
                    .and_then(|s| s.set_seen(id, seen))
                    .map(|()| seen)
                    .map_err(|e| e.to_string())
            }),
            Message::SeenSet,
        ))
    }

    fn copy_link(&mut self, index: usize) -> Action {
        let State::Loaded(shown) = &self.state else {
            return Action::None;
        };
        let Some(link) = shown.rendered.links.get(index) else {
            return Action::None;
        };
        self.notice = Some(Notice::Info(fl!(
            "reader-link-copied",
            target = link.target.clone()
        )));
        Action::Run(iced::clipboard::write(link.target.clone()))
    }

    /// The attachments a save is about.
    fn chosen(&self, what: SaveWhat) -> Option<(Raw, Vec<Attachment>)> {
        let State::Loaded(shown) = &self.state else {
            return None;
        };
        let attachments = match what {
            SaveWhat::One(i) => vec![shown.rendered.attachments.get(i)?.clone()],
            SaveWhat::All => shown.rendered.attachments.clone(),
        };
        (!attachments.is_empty()).then(|| (shown.raw.clone(), attachments))
    }

    fn save(&mut self, what: SaveWhat) -> Action {
        if self.busy {
            return Action::None;
        }
        let Some((_, attachments)) = self.chosen(what) else {
            return Action::None;
        };
        self.busy = true;
        self.notice = None;
        let task = match what {
            SaveWhat::One(_) => Task::perform(
                save::pick_file(
                    attachments[0].file_name.clone(),
                    fl!("reader-save-dialog-title"),
                ),
                move |picked| Message::Picked(what, picked),
            ),
            SaveWhat::All => Task::perform(
                save::pick_folder(fl!("reader-save-all-dialog-title")),
                move |picked| Message::Picked(what, picked),
            ),
        };
        Action::Run(task)
    }

    fn picked(&mut self, what: SaveWhat, picked: Picked) -> Action {
        match picked {
            Picked::Cancelled => {
                self.busy = false;
                Action::None
            }
            Picked::Unavailable => {
                self.busy = false;
                self.notice = Some(Notice::OfferFallback(what));
                Action::None
            }
            Picked::Path(path) => match what {
                SaveWhat::One(_) => {
                    let Some((raw, attachments)) = self.chosen(what) else {
                        self.busy = false;
                        return Action::None;
                    };
                    Action::Run(Task::perform(
                        blocking(move || {
                            save::save_to(&raw, &attachments[0], &path).map(|p| vec![p])
                        }),
                        Message::Saved,
                    ))
                }
                SaveWhat::All => self.write_into(what, Some(path)),
            },
        }
    }

    /// Saves into `dir` (the Downloads folder when `None`) under free names.
    fn write_into(&mut self, what: SaveWhat, dir: Option<PathBuf>) -> Action {
        let Some((raw, attachments)) = self.chosen(what) else {
            return Action::None;
        };
        self.busy = true;
        self.notice = None;
        Action::Run(Task::perform(
            blocking(move || {
                let dir = dir
                    .or_else(save::default_folder)
                    .ok_or_else(|| SaveError::Io {
                        path: PathBuf::new(),
                        reason: fl!("reader-no-downloads"),
                    })?;
                save::save_into(&raw, &attachments, &dir)
            }),
            Message::Saved,
        ))
    }

    pub fn view(&self) -> Element<'_, Message> {
        let content: Element<'_, Message> = match &self.state {
            State::Loading => container(note(fl!("reader-loading"))).padding(24).into(),
            State::Failed(reason) => container(
                text(fl!("reader-error-load", reason = reason.clone())).style(text::danger),
            )
            .padding(24)
            .into(),
            State::Loaded(shown) => self.view_message(shown),
        };
        column![self.toolbar(), self.notice_bar(), content]
            .height(Fill)
            .into()
    }

    fn toolbar(&self) -> Element<'_, Message> {
        let loaded = matches!(self.state, State::Loaded(_));
        let seen_label = if self.seen {
            fl!("reader-mark-unread")
        } else {
            fl!("reader-mark-read")
        };
        let source_label = if self.view_source {
            fl!("reader-view-message")
        } else {
            fl!("reader-view-source")
        };
        let tool = |label: String, enabled: bool, message: Message| {
            button(text(label))
                .style(button::secondary)
                .on_press_maybe(enabled.then_some(message))
        };
        container(
            row![
                tool(fl!("reader-back"), true, Message::Back),
                space().width(Length::Fixed(12.0)),
                tool(fl!("reader-delete"), loaded && !self.busy, Message::Delete),
                tool(seen_label, loaded, Message::ToggleSeen),
                tool(source_label, loaded, Message::ViewSourceToggled),
            ]
            .spacing(8)
            .align_y(Alignment::Center),
        )
        .padding([8, 16])
        .width(Fill)
        .into()
    }

    fn notice_bar(&self) -> Element<'_, Message> {
        let Some(notice) = &self.notice else {
            return space().height(0).into();
        };
        let dismiss = button(text(fl!("reader-dismiss")))
            .style(button::text)
            .on_press(Message::DismissNotice);
        let line: Element<'_, Message> = match notice {
            Notice::Info(info) => row![text(info.clone()).width(Fill), dismiss]
                .align_y(Alignment::Center)
                .into(),
            Notice::Error(error) => {
                row![text(error.clone()).style(text::danger).width(Fill), dismiss]
                    .align_y(Alignment::Center)
                    .into()
            }
            Notice::OfferFallback(what) => warning_box(
                row![
                    text(fl!("reader-no-dialog")).width(Fill),
                    button(text(fl!("reader-save-to-downloads")))
                        .style(button::primary)
                        .on_press(Message::SaveToFallback(*what)),
                    dismiss,
                ]
                .spacing(8)
                .align_y(Alignment::Center),
            ),
        };
        container(line).padding([4, 16]).width(Fill).into()
    }

    fn view_message<'a>(&'a self, shown: &'a Shown) -> Element<'a, Message> {
        let r = &shown.rendered;
        let mut head = column![text(subject_or_none(&r.subject)).size(20)].spacing(4);
        head = head.push(header_line(fl!("reader-from"), mailboxes(&r.from)));
        if r.from_name_misleading {
            let real = r
                .from
                .iter()
                .find(|m| m.name_poses_as_other_address())
                .map(|m| m.addr.clone())
                .unwrap_or_default();
            head = head.push(warning_box(text(fl!(
                "reader-from-misleading",
                address = real
            ))));
        }
        if !r.reply_to.is_empty()
            && r.reply_to
                .iter()
                .any(|m| !r.from.iter().any(|f| f.addr == m.addr))
        {
            head = head.push(header_line(fl!("reader-reply-to"), mailboxes(&r.reply_to)));
        }
        if !r.to.is_empty() {
            head = head.push(header_line(fl!("reader-to"), mailboxes(&r.to)));
        }
        if !r.cc.is_empty() {
            head = head.push(header_line(fl!("reader-cc"), mailboxes(&r.cc)));
        }
        let date = r
            .date
            .or(shown.row.as_ref().and_then(|row| row.date))
            .map(format::date)
            .unwrap_or_else(|| fl!("reader-no-date"));
        head = head.push(header_line(fl!("reader-date"), date));
        for line in notes(shown) {
            head = head.push(note(line));
        }
        if !r.attachments.is_empty() {
            head = head.push(self.attachments(&r.attachments));
        }

        let (content, font) = match (&shown.source, self.view_source) {
            (Some(source), true) => (source, Font::MONOSPACE),
            _ => (&shown.body, Font::DEFAULT),
        };
        let body = text_editor(content)
            .on_action(Message::Body)
            .font(font)
            .wrapping(text::Wrapping::WordOrGlyph)
            .height(Fill)
            .padding(12);
        let mut main = row![body].spacing(12).height(Fill);
        if !r.links.is_empty() && !self.view_source {
            main = main.push(links(&r.links));
        }
        column![
            container(scrollable(head).height(Length::Shrink))
                .padding([8, 16])
                .max_height(320),
            container(main).padding([0, 16]).height(Fill),
        ]
        .spacing(8)
        .height(Fill)
        .into()
    }

    fn attachments<'a>(&self, list: &'a [Attachment]) -> Element<'a, Message> {
        let idle = !self.busy;
        let mut rows = column![row![
            text(fl!("reader-attachments", count = list.len())).size(15),
            space().width(Fill),
            button(text(fl!("reader-save-all")))
                .style(button::secondary)
                .on_press_maybe(idle.then_some(Message::Save(SaveWhat::All))),
        ]
        .align_y(Alignment::Center)]
        .spacing(4);
        for (i, a) in list.iter().enumerate() {
            let name = if a.name.is_empty() {
                a.file_name.clone()
            } else {
                a.name.clone()
            };
            rows = rows.push(
                row![
                    text(name).width(Fill),
                    text(a.mime_type.clone()).style(text::secondary).width(200),
                    text(format::size(a.size)).style(text::secondary).width(90),
                    button(text(fl!("reader-save")))
                        .style(button::secondary)
                        .on_press_maybe(idle.then_some(Message::Save(SaveWhat::One(i)))),
                ]
                .spacing(8)
                .align_y(Alignment::Center),
            );
        }
        container(rows)
            .padding(8)
            .width(Fill)
            .style(container::bordered_box)
            .into()
    }

    #[cfg(test)]
    fn shown(&self) -> Option<&Shown> {
        match &self.state {
            State::Loaded(shown) => Some(shown),
            _ => None,
        }
    }
}

fn load(db: &std::path::Path, id: MessageId) -> Result<Box<Loaded>, String> {
    let store = Store::open(db).map_err(|e| e.to_string())?;
    let raw = store
        .message_raw(id)
        .map_err(|e| e.to_string())?
        .ok_or_else(|| fl!("reader-error-gone"))?;
    let row = store.message(id).map_err(|e| e.to_string())?;
    let rendered = reader::render(&raw, RenderBudget::default());
    if let Err(e) = store.set_seen(id, true) {
        tracing::warn!("cannot mark message {id} read: {e}");
    }
    Ok(Box::new(Loaded {
        raw: Arc::new(raw),
        rendered,
        row,
    }))
}

fn subject_or_none(subject: &str) -> String {
    if subject.is_empty() {
        fl!("reader-no-subject")
    } else {
        subject.to_owned()
    }
}

fn mailboxes(list: &[Mailbox]) -> String {
    list.iter()
        .map(Mailbox::display)
        .collect::<Vec<_>>()
        .join(", ")
}

fn header_line<'a>(label: String, value: String) -> Element<'a, Message> {
    row![
        text(label).style(text::secondary).width(LABEL_WIDTH),
        text(value).width(Fill),
    ]
    .spacing(8)
    .into()
}

/// Why the body may not look as sent.
fn notes(shown: &Shown) -> Vec<String> {
    let r = &shown.rendered;
    let mut out = Vec::new();
    if !r.parse_ok {
        out.push(fl!("reader-note-unparsed"));
    }
    if shown.row.as_ref().is_some_and(|row| row.partial) {
        out.push(fl!("reader-note-partial"));
    }
    if r.body_truncated {
        out.push(fl!("reader-note-truncated"));
    }
    if r.html_fallback {
        out.push(fl!("reader-note-html-fallback"));
    }
    if r.has_html && r.body_kind == reader::BodyKind::Html {
        out.push(fl!("reader-note-html"));
    }
    out
}

fn links(list: &[reader::Link]) -> Element<'_, Message> {
    let mut items = column![
        text(fl!("reader-links", count = list.len())).size(15),
        note(fl!("reader-links-note")),
    ]
    .spacing(6);
    for (i, link) in list.iter().take(MAX_LINKS_SHOWN).enumerate() {
        let target = button(
            text(link.target.clone())
                .font(Font::MONOSPACE)
                .size(13)
                .wrapping(text::Wrapping::Glyph),
        )
        .style(button::text)
        .padding(2)
        .on_press(Message::CopyLink(i));
        let shown_text = text(link.text.clone()).size(13).style(text::secondary);
        let item: Element<'_, Message> = if link.deceptive {
            let mark = tooltip(
                text(fl!("reader-link-deceptive-mark")).style(text::danger),
                container(text(fl!(
                    "reader-link-deceptive",
                    shown = link.text.clone(),
                    target = link.target.clone()
                )))
                .padding(6)
                .style(container::bordered_box),
                tooltip::Position::Bottom,
            );
            column![row![mark, shown_text].spacing(4), target].into()
        } else {
            column![shown_text, target].into()
        };
        items = items.push(item);
    }
    if list.len() > MAX_LINKS_SHOWN {
        let more = list.len() - MAX_LINKS_SHOWN;
        items = items.push(note(fl!("reader-links-more", count = more)));
    }
    container(scrollable(items).height(Fill))
        .width(300)
        .height(Fill)
        .into()
}

fn saved_notice(outcome: Outcome) -> Notice {
    match outcome {
        Ok(paths) => match paths.as_slice() {
            [one] => Notice::Info(fl!("reader-saved-one", path = one.display().to_string())),
            many => {
                let folder = many
                    .first()
                    .and_then(|p| p.parent())
                    .map(|p| p.display().to_string())
                    .unwrap_or_default();
                Notice::Info(fl!(
                    "reader-saved-many",
                    count = many.len(),
                    folder = folder
                ))
            }
        },
        Err(SaveError::Missing(name)) => Notice::Error(fl!("reader-error-attachment", name = name)),
        Err(SaveError::Io { path, reason }) => Notice::Error(fl!(
            "reader-error-save",
            path = path.display().to_string(),
            reason = reason
        )),
    }
}

#[cfg(test)]
mod tests;
