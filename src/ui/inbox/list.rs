//! The inbox's widgets: toolbar, account list, the virtual message list
//! (widgets for the visible rows plus a margin, fixed-height spacers for
//! the rest), empty states and the status line. Nothing here touches the
//! store: `view` only reads what `update` cached.

use iced::font::Weight;
use iced::widget::text::Wrapping;
use iced::widget::{
    button, center, column, container, mouse_area, row, rule, scrollable, space, svg, text,
    text_input,
};
use iced::{Alignment, Element, Fill, FillPortion, Font, Length, Theme};

use postern::fl;
use postern::store::{MessageRow, SortKey};

use super::pages::{self, ROW_HEIGHT};
use super::{Inbox, Mailbox, Message, LIST, SEARCH};
use crate::ui::widgets::warning_box;
use crate::ui::worker::{self, unix_now, Worker};

/// A paperclip, for messages with attachments.
pub const PAPERCLIP_SVG: &[u8] = br##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="#808080" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M21 11l-9 9a6 6 0 0 1-8.5-8.5l9-9a4 4 0 0 1 5.7 5.7l-9 9a2 2 0 0 1-2.9-2.9l8.3-8.3"/></svg>"##;

const SIDEBAR_WIDTH: f32 = 220.0;
const DATE_WIDTH: f32 = 140.0;
const SIZE_WIDTH: f32 = 80.0;
const MARK_WIDTH: f32 = 22.0;
/// Characters of a subject or sender laid out; the rest is clipped anyway.
const MAX_CHARS: usize = 160;

const BOLD: Font = Font {
    weight: Weight::Bold,
    ..Font::DEFAULT
};

pub fn view<'a>(inbox: &'a Inbox, worker: &'a Worker) -> Element<'a, Message> {
    let body: Element<'a, Message> = if inbox.accounts.is_empty() {
        center(
            column![
                text(fl!("inbox-empty-no-accounts")),
                button(text(fl!("inbox-add-account")))
                    .style(button::primary)
                    .on_press(Message::AddAccount),
            ]
            .spacing(16)
            .align_x(Alignment::Center),
        )
        .into()
    } else {
        row![
            sidebar(inbox, worker),
            rule::vertical(1),
            main(inbox, worker)
        ]
        .height(Fill)
        .into()
    };
    column![
        toolbar(inbox, worker),
        rule::horizontal(1),
        body,
        rule::horizontal(1),
        status_bar(inbox, worker),
    ]
    .into()
}

fn toolbar<'a>(inbox: &'a Inbox, worker: &'a Worker) -> Element<'a, Message> {
    let has_accounts = !inbox.accounts.is_empty();
    let selected = inbox.selected.and_then(|i| inbox.row(i));
    let mut search = row![
        text_input(&fl!("inbox-search-placeholder"), &inbox.search.text)
            .id(SEARCH)
            .on_input(Message::SearchChanged)
            .padding(6)
            .width(300)
    ]
    .spacing(4)
    .align_y(Alignment::Center);
    if !inbox.search.text.is_empty() {
        search = search.push(
            button(text(fl!("inbox-search-clear")))
                .style(button::text)
                .on_press(Message::ClearSearch),
        );
    }
    let seen_label = match selected {
        Some(r) if !r.seen => fl!("inbox-mark-read"),
        _ => fl!("inbox-mark-unread"),
    };
    let in_trash = inbox.mailbox == Mailbox::Trash;
    let delete = if in_trash {
        button(text(fl!("inbox-restore")))
            .style(button::secondary)
            .on_press_maybe(selected.map(|_| Message::RestoreSelected))
    } else {
        button(text(fl!("inbox-delete")))
            .style(button::secondary)
            .on_press_maybe(selected.map(|_| Message::DeleteSelected))
    };
    container(
        row![
            button(text(fl!("inbox-get-messages")))
                .style(button::primary)
                .on_press_maybe(
                    (has_accounts && !worker.any_running())
                        .then_some(Message::Worker(worker::Message::GetAll))
                ),
            search,
            button(text(seen_label))
                .style(button::secondary)
                .on_press_maybe(selected.map(|_| Message::ToggleSeen)),
            delete,
            space().width(Fill),
            button(text(fl!("inbox-add-account")))
                .style(button::secondary)
                .on_press(Message::AddAccount),
            button(text(fl!("inbox-settings")))
                .style(button::secondary)
                .on_press_maybe(has_accounts.then_some(Message::OpenSettings)),
        ]
        .spacing(10)
        .align_y(Alignment::Center),
    )
    .padding([10, 16])
    .into()
}

fn sidebar<'a>(inbox: &'a Inbox, worker: &'a Worker) -> Element<'a, Message> {
    let locale = &inbox.locale;
    let entry = |label: String, count: Option<u64>, warn: bool, mailbox: Mailbox| {
        let chosen = inbox.mailbox == mailbox;
        let mut line = row![container(
            text(label)
                .wrapping(Wrapping::None)
                .font_maybe(count.filter(|n| *n > 0).map(|_| BOLD))
        )
        .width(Fill)
        .clip(true)]
        .spacing(6)
        .align_y(Alignment::Center);
        if warn {
            line = line.push(text("!").font(BOLD).style(text::danger));
        }
        if let Some(n) = count.filter(|n| *n > 0) {
            line = line.push(text(locale.number(n)).size(13));
        }
        button(line)
            .width(Fill)
            .style(if chosen {
                button::primary
            } else {
                button::text
            })
            .on_press(Message::Show(mailbox))
    };
    let all_unread: u64 = inbox.counts.unread.iter().map(|(_, n)| n).sum();
    let mut list = column![entry(
        fl!("inbox-all-accounts"),
        Some(all_unread),
        false,
        Mailbox::All
    )]
    .spacing(2);
    for account in &inbox.accounts {
        let warn = worker
            .slot(account.id)
            .is_some_and(|s| s.failure().is_some() || s.is_asking());
        let name = account.settings.email.clone();
        list = list.push(entry(
            name,
            Some(inbox.unread(account.id)),
            warn,
            Mailbox::Account(account.id),
        ));
    }
    list = list.push(rule::horizontal(1));
    list = list.push(entry(
        fl!("inbox-trash"),
        Some(inbox.counts.trash),
        false,
        Mailbox::Trash,
    ));
    container(scrollable(list))
        .width(SIDEBAR_WIDTH)
        .padding(8)
        .height(Fill)
        .into()
}

fn main<'a>(inbox: &'a Inbox, worker: &'a Worker) -> Element<'a, Message> {
    let account = match inbox.mailbox {
        Mailbox::Account(id) => Some(id),
        _ => None,
    };
    let mut top = column![worker.view(account, &inbox.locale).map(Message::Worker)].spacing(8);
    if let Some(error) = &inbox.error {
        top = top.push(text(error.clone()).style(text::danger));
    }
    if let Some(notice) = &inbox.notice {
        top = top.push(
            row![
                text(notice.text.clone()).width(Fill),
                button(text(fl!("inbox-undo")))
                    .style(button::secondary)
                    .on_press(Message::Undo),
                button(text(fl!("app-dismiss")))
                    .style(button::text)
                    .on_press(Message::DismissNotice),
            ]
            .spacing(10)
            .align_y(Alignment::Center),
        );
    }
    if inbox.mailbox == Mailbox::Trash {
        top = top.push(trash_bar(inbox));
    }
    column![
        container(top).padding([8, 12]),
        header(inbox),
        rule::horizontal(1),
        messages(inbox),
    ]
    .width(Fill)
    .height(Fill)
    .into()
}

fn trash_bar(inbox: &Inbox) -> Element<'_, Message> {
    if inbox.confirm_empty {
        let count = inbox.counts.trash;
        return warning_box(
            row![
                text(fl!(
                    "inbox-empty-trash-question",
                    count = i64::try_from(count).unwrap_or(i64::MAX),
                    shown = inbox.locale.number(count)
                ))
                .width(Fill),
                button(text(fl!("inbox-empty-trash-confirm")))
                    .style(button::danger)
                    .on_press(Message::EmptyTrashConfirmed),
                button(text(fl!("inbox-empty-trash-cancel")))
                    .style(button::secondary)
                    .on_press(Message::EmptyTrashCancelled),
            ]
            .spacing(10)
            .align_y(Alignment::Center),
        );
    }
    row![
        text(fl!("inbox-trash-note"))
            .size(13)
            .style(text::secondary)
            .width(Fill),
        button(text(fl!("inbox-empty-trash")))
            .style(button::danger)
            .on_press_maybe((inbox.counts.trash > 0).then_some(Message::EmptyTrash)),
    ]
    .spacing(10)
    .align_y(Alignment::Center)
    .into()
}

fn header(inbox: &Inbox) -> Element<'_, Message> {
    let (sort, descending) = inbox.sort();
    let column_button = |label: String, key: SortKey| {
        let label = if sort == key {
            let arrow = if descending { "▼" } else { "▲" };
            row![text(label).font(BOLD), text(arrow).size(11)]
                .spacing(4)
                .align_y(Alignment::Center)
        } else {
            row![text(label)]
        };
        button(label)
            .style(button::text)
            .padding([4, 6])
            .on_press(Message::SortBy(key))
    };
    container(
        row![
            column_button(fl!("inbox-column-from"), SortKey::Sender).width(FillPortion(3)),
            column_button(fl!("inbox-column-subject"), SortKey::Subject).width(FillPortion(7)),
            space().width(MARK_WIDTH),
            column_button(fl!("inbox-column-date"), SortKey::Date).width(DATE_WIDTH),
            container(text(fl!("inbox-column-size")))
                .width(SIZE_WIDTH)
                .padding([4, 6]),
        ]
        .spacing(8)
        .align_y(Alignment::Center),
    )
    .padding([2, 12])
    .into()
}

fn messages(inbox: &Inbox) -> Element<'_, Message> {
    let total = inbox.total();
    if total == 0 {
        return empty_state(inbox);
    }
    let (first, end) = inbox.visible();
    let (above, below) = pages::spacers(first, end, total);
    let now = unix_now();
    let mut rows = Vec::with_capacity(end - first + 2);
    rows.push(space().height(above).into());
    for index in first..end {
        rows.push(message_row(inbox, index, now));
    }
    rows.push(space().height(below).into());
    scrollable(column(rows).width(Fill))
        .id(LIST)
        .on_scroll(|v| Message::Scrolled(v.absolute_offset().y, v.bounds().height))
        .width(Fill)
        .height(Fill)
        .into()
}

fn clip(s: &str) -> String {
    match s.char_indices().nth(MAX_CHARS) {
        Some((at, _)) => s[..at].to_owned(),
        None => s.to_owned(),
    }
}

fn message_row(inbox: &Inbox, index: usize, now: i64) -> Element<'_, Message> {
    let Some(r) = inbox.row(index) else {
        return space().height(ROW_HEIGHT).width(Fill).into();
    };
    let selected = inbox.selected == Some(index);
    let font = if r.seen { Font::DEFAULT } else { BOLD };
    let cell = |s: String| text(s).font(font).size(14).wrapping(Wrapping::None);
    let mark: Element<'_, Message> = if r.has_attachments {
        svg(inbox.paperclip.clone()).width(14).height(14).into()
    } else {
        space().width(14).into()
    };
    let content = row![
        container(cell(clip(sender(r))))
            .width(FillPortion(3))
            .clip(true),
        container(cell(clip(&subject(r))))
            .width(FillPortion(7))
            .clip(true),
        container(mark).width(MARK_WIDTH).center_x(MARK_WIDTH),
        container(cell(
            inbox.locale.list_date(r.date.unwrap_or(r.received_at), now)
        ))
        .width(DATE_WIDTH)
        .clip(true),
        container(cell(inbox.locale.size(r.size)))
            .width(SIZE_WIDTH)
            .clip(true),
    ]
    .spacing(8)
    .align_y(Alignment::Center);
    let body = container(content)
        .height(ROW_HEIGHT)
        .width(Fill)
        .padding([0, 18])
        .align_y(Alignment::Center)
        .style(move |theme: &Theme| row_style(theme, selected, index));
    mouse_area(body)
        .on_press(Message::Select(index))
        .on_double_click(Message::Open(index))
        .into()
}

fn row_style(theme: &Theme, selected: bool, index: usize) -> container::Style {
    let palette = theme.extended_palette();
    if selected {
        container::Style {
            background: Some(palette.primary.weak.color.into()),
            text_color: Some(palette.primary.weak.text),
            ..container::Style::default()
        }
    } else if index % 2 == 1 {
        container::Style {
            background: Some(palette.background.weak.color.scale_alpha(0.35).into()),
            ..container::Style::default()
        }
    } else {
        container::Style::default()
    }
}

/// The sender as the list shows it: the display name, else the address.
pub fn sender(r: &MessageRow) -> &str {
    if r.from_name.trim().is_empty() {
        &r.from_addr
    } else {
        &r.from_name
    }
}

fn subject(r: &MessageRow) -> String {
    if r.subject.trim().is_empty() {
        fl!("inbox-no-subject")
    } else {
        r.subject.clone()
    }
}

fn empty_state(inbox: &Inbox) -> Element<'_, Message> {
    let content: Element<'_, Message> = if inbox.is_searching() {
        match &inbox.search.results {
            None => text(fl!("inbox-searching")).into(),
            Some(_) => column![
                text(fl!("inbox-nothing-found", query = inbox.search.text.trim())),
                button(text(fl!("inbox-search-clear")))
                    .style(button::secondary)
                    .on_press(Message::ClearSearch),
            ]
            .spacing(12)
            .align_x(Alignment::Center)
            .into(),
        }
    } else if !inbox.pages.counted() {
        text(fl!("app-loading")).into()
    } else if inbox.mailbox == Mailbox::Trash {
        text(fl!("inbox-trash-empty")).into()
    } else {
        column![
            text(fl!("inbox-empty-no-mail")),
            button(text(fl!("inbox-get-messages")))
                .style(button::primary)
                .on_press(Message::Worker(worker::Message::GetAll)),
        ]
        .spacing(12)
        .align_x(Alignment::Center)
        .into()
    };
    container(content)
        .center_x(Fill)
        .padding([48, 16])
        .height(Length::Fill)
        .into()
}

fn status_bar<'a>(inbox: &'a Inbox, worker: &'a Worker) -> Element<'a, Message> {
    let account = match inbox.mailbox {
        Mailbox::Account(id) => Some(id),
        _ => None,
    };
    let total = inbox.total() as u64;
    let count = if inbox.is_searching() {
        fl!(
            "inbox-found",
            count = i64::try_from(total).unwrap_or(i64::MAX),
            shown = inbox.locale.number(total)
        )
    } else {
        fl!(
            "inbox-message-count",
            count = i64::try_from(total).unwrap_or(i64::MAX),
            shown = inbox.locale.number(total)
        )
    };
    let mut line = row![text(worker.status_line(account, &inbox.locale))
        .size(13)
        .style(text::secondary)
        .width(Fill)]
    .spacing(16);
    if worker.is_indexing() {
        line = line.push(text(fl!("inbox-indexing")).size(13).style(text::secondary));
    }
    line = line.push(text(count).size(13).style(text::secondary));
    container(line).padding([6, 16]).into()
}
