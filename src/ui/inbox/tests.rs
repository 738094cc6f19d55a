use super::*;
use crate::ui::tests::{context, drain};

use self::pages::PAGE;
use postern::store::{prepare, ListCursor, NewMessage};

/// An account with `n` messages: message `i` is from "Sender {i}" (the
/// names sort the other way round from the dates), about "Subject {i}",
/// dated `i` hours after a fixed day, indexed for search.
fn fill(ctx: &Context, n: usize) -> AccountId {
    let mut store = Store::open(&ctx.db_path).unwrap();
    let mut s = crate::ui::server_form::blank_settings();
    s.display_name = "Alice".into();
    s.email = "alice@example.test".into();
    s.incoming.host = "pop.example.test".into();
    s.incoming.port = 995;
    s.incoming.username = s.email.clone();
    let id = store.add_account(&s).unwrap();
    let batch: Vec<_> = (0..n)
        .map(|i| {
            let date = 1_700_000_000 + i as i64 * 3600;
            let raw = format!(
                "From: Sender {:05} <s{i}@example.org>\r\nSubject: Subject {i:05}\r\n\
                 Date: {}\r\nMessage-ID: <{i}@x>\r\n\r\nbody word{i}\r\n",
                n - i,
                rfc2822(date)
            );
            prepare(NewMessage {
                uid: format!("uid-{i}"),
                server_size: raw.len() as u64,
                raw: raw.into_bytes(),
                size_mismatch: false,
                partial: false,
            })
        })
        .collect();
    store.store_batch(id, batch).unwrap();
    while store.index_pending(500).unwrap() > 0 {}
    id
}

fn rfc2822(unix: i64) -> String {
    let c = format::utc(unix);
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    format!(
        "{} {} {} {:02}:{:02}:00 +0000",
        c.day,
        MONTHS[c.month as usize - 1],
        c.year,
        c.hour,
        c.minute
    )
}

/// Applies messages and those of the tasks they start; returns the other
/// actions.
fn settle(inbox: &mut Inbox, ctx: &Context, messages: Vec<Message>) -> Vec<Action> {
    let mut queue: std::collections::VecDeque<Message> = messages.into();
    let mut out = Vec::new();
    while let Some(m) = queue.pop_front() {
        match inbox.update(m, ctx) {
            Action::Run(task) => queue.extend(drain(task)),
            other => out.push(other),
        }
    }
    out
}

fn open(ctx: &Context) -> Inbox {
    let accounts = Store::open(&ctx.db_path).unwrap().accounts().unwrap();
    let (mut inbox, task) = Inbox::new(ctx, accounts);
    let messages = drain(task);
    settle(&mut inbox, ctx, messages);
    inbox
}

fn subject_at(inbox: &Inbox, i: usize) -> String {
    inbox.row(i).expect("row loaded").subject.clone()
}

#[test]
fn visible_rows_and_spacers() {
    // 600 px tall at the top: 20 rows + 1, plus the margin below.
    assert_eq!(
        pages::visible(0.0, 600.0, 100_000),
        (0, 21 + pages::MARGIN_ROWS)
    );
    let (first, end) = pages::visible(30_000.0, 600.0, 100_000);
    assert_eq!(first, 1000 - pages::MARGIN_ROWS);
    assert_eq!(end, 1021 + pages::MARGIN_ROWS);
    let (above, below) = pages::spacers(first, end, 100_000);
    assert_eq!(above, first as f32 * ROW_HEIGHT);
    assert_eq!(
        above + below + (end - first) as f32 * ROW_HEIGHT,
        100_000.0 * ROW_HEIGHT
    );
    // The end of a short list.
    assert_eq!(pages::visible(0.0, 600.0, 5), (0, 5));
    assert_eq!(pages::visible(10_000.0, 600.0, 5), (5, 5));
}

#[test]
fn pages_walk_from_the_nearest_known_cursor() {
    let mut p = Pages::default();
    p.set_scope(Scope::default());
    let first = p.wanted(0, 30).expect("first read");
    assert!(first.fresh && first.start == 0 && first.after.is_none());
    assert!(p.wanted(0, 30).is_none(), "one request at a time");
    let row = |id: i64| MessageRow {
        id,
        account_id: 1,
        uid: String::new(),
        from_name: String::new(),
        from_addr: String::new(),
        to_addrs: String::new(),
        cc_addrs: String::new(),
        subject: String::new(),
        date: Some(id),
        received_at: 0,
        has_attachments: false,
        seen: false,
        size: 0,
        content_hash: String::new(),
        size_mismatch: false,
        partial: false,
        parse_ok: true,
        snippet: String::new(),
        folder: Folder::Inbox,
        deleted_at: None,
    };
    let page0: Vec<_> = (0..PAGE as i64).map(row).collect();
    let end0 = ListCursor::after(page0.last().unwrap());
    assert!(p.apply(Loaded {
        generation: first.generation,
        fresh: true,
        total: 5000,
        pages: vec![(0, page0)],
        ends: vec![(0, end0.clone())],
    }));
    assert!(p.wanted(0, 30).is_none(), "cached");
    // Far down: walk from page 1 (after page 0's end) to page 12.
    let far = p.wanted(2400, 2430).expect("far read");
    assert_eq!((far.start, far.first, far.last), (1, 12, 12));
    assert_eq!(far.after, Some(end0));
    // An answer to an older request is dropped.
    p.set_scope(Scope::default());
    assert!(!p.apply(Loaded {
        generation: far.generation,
        fresh: false,
        total: 1,
        pages: vec![],
        ends: vec![],
    }));
}

#[test]
fn the_list_loads_pages_around_the_viewport_only() {
    let (ctx, _dir) = context();
    fill(&ctx, 1000);
    let mut inbox = open(&ctx);
    assert_eq!(inbox.total(), 1000);
    assert_eq!(subject_at(&inbox, 0), "Subject 00999", "newest first");
    assert_eq!(inbox.pages().cached_pages(), vec![0]);
    let task = inbox.scroll_to(900, &ctx);
    settle(&mut inbox, &ctx, drain(task));
    assert_eq!(subject_at(&inbox, 900), "Subject 00099");
    assert_eq!(subject_at(&inbox, 999), "Subject 00000");
    assert!(
        !inbox.pages().cached_pages().contains(&0),
        "far pages dropped"
    );
    assert!(inbox.row(0).is_none());
    // Back to the top: read again from the kept cursors.
    let task = inbox.scroll_to(0, &ctx);
    settle(&mut inbox, &ctx, drain(task));
    assert_eq!(subject_at(&inbox, 0), "Subject 00999");
    // The view builds only the visible rows.
    let worker = Worker::new();
    let _ = inbox.view(&worker);
}

#[test]
fn keys_move_the_selection_within_bounds() {
    let (ctx, _dir) = context();
    fill(&ctx, 50);
    let mut inbox = open(&ctx);
    let key = |inbox: &mut Inbox, nav| {
        settle(inbox, &ctx, vec![Message::Key(nav)]);
        inbox.selected()
    };
    assert_eq!(
        key(&mut inbox, Nav::Down),
        Some(0),
        "first key selects the top"
    );
    assert_eq!(key(&mut inbox, Nav::Down), Some(1));
    assert_eq!(key(&mut inbox, Nav::Up), Some(0));
    assert_eq!(key(&mut inbox, Nav::Up), Some(0), "stays at the top");
    assert_eq!(key(&mut inbox, Nav::End), Some(49));
    assert_eq!(key(&mut inbox, Nav::Down), Some(49), "stays at the bottom");
    assert_eq!(
        key(&mut inbox, Nav::PageUp),
        Some(30),
        "a page is 19 rows at 600 px"
    );
    assert_eq!(key(&mut inbox, Nav::Home), Some(0));
    assert_eq!(key(&mut inbox, Nav::PageDown), Some(19));
    // The selection scrolled into view.
    assert!(inbox.offset() <= 19.0 * ROW_HEIGHT);
    settle(&mut inbox, &ctx, vec![Message::Select(3)]);
    let id = inbox.row(3).unwrap().id;
    assert_eq!(inbox.selected_id(), Some(id));
    let actions = settle(&mut inbox, &ctx, vec![Message::OpenSelected]);
    assert!(matches!(actions.as_slice(), [Action::Open(opened)] if *opened == id));
    assert!(inbox.row(3).unwrap().seen, "shown read at once");
}

#[test]
fn column_headers_sort_and_reverse() {
    let (ctx, _dir) = context();
    fill(&ctx, 30);
    let mut inbox = open(&ctx);
    settle(&mut inbox, &ctx, vec![Message::SortBy(SortKey::Sender)]);
    assert_eq!(inbox.sort(), (SortKey::Sender, false));
    assert_eq!(inbox.row(0).unwrap().from_name, "Sender 00001");
    settle(&mut inbox, &ctx, vec![Message::SortBy(SortKey::Sender)]);
    assert_eq!(inbox.sort(), (SortKey::Sender, true));
    assert_eq!(inbox.row(0).unwrap().from_name, "Sender 00030");
    settle(&mut inbox, &ctx, vec![Message::SortBy(SortKey::Subject)]);
    assert_eq!(subject_at(&inbox, 0), "Subject 00000");
    settle(&mut inbox, &ctx, vec![Message::SortBy(SortKey::Date)]);
    assert_eq!(inbox.sort(), (SortKey::Date, true));
    assert_eq!(subject_at(&inbox, 0), "Subject 00029");
    settle(&mut inbox, &ctx, vec![Message::SortBy(SortKey::Date)]);
    assert_eq!(subject_at(&inbox, 0), "Subject 00000", "oldest first");
}

#[test]
fn search_replaces_the_list_and_clearing_restores_it() {
    let (ctx, _dir) = context();
    fill(&ctx, 300);
    let mut inbox = open(&ctx);
    settle(&mut inbox, &ctx, vec![Message::Select(5)]);
    settle(
        &mut inbox,
        &ctx,
        vec![Message::SearchChanged("word12".into())],
    );
    assert!(inbox.is_searching());
    // "word12" is a prefix of word12, word120..word129.
    assert_eq!(inbox.total(), 11);
    assert_eq!(subject_at(&inbox, 0), "Subject 00129");
    settle(
        &mut inbox,
        &ctx,
        vec![Message::SearchChanged("subject 00042".into())],
    );
    // Subject and sender: message 42, and message 258 from "Sender 00042".
    assert_eq!(inbox.total(), 2);
    assert_eq!(subject_at(&inbox, 0), "Subject 00258");
    assert_eq!(subject_at(&inbox, 1), "Subject 00042");
    settle(
        &mut inbox,
        &ctx,
        vec![Message::SearchChanged("nothing-like-it".into())],
    );
    assert_eq!(inbox.total(), 0);
    settle(&mut inbox, &ctx, vec![Message::ClearSearch]);
    assert!(!inbox.is_searching());
    assert_eq!(inbox.total(), 300);
    assert_eq!(inbox.selected(), Some(5), "the selection comes back");
}

#[test]
fn delete_moves_to_the_trash_with_undo_and_emptying_is_for_good() {
    let (ctx, _dir) = context();
    fill(&ctx, 10);
    let mut inbox = open(&ctx);
    settle(&mut inbox, &ctx, vec![Message::Select(0)]);
    let first = inbox.row(0).unwrap().id;
    settle(&mut inbox, &ctx, vec![Message::DeleteSelected]);
    assert_eq!(inbox.total(), 9);
    assert_eq!(inbox.notice().map(|n| n.undo.clone()), Some(vec![first]));
    assert_ne!(inbox.row(0).unwrap().id, first);
    assert_eq!(
        inbox.selected(),
        Some(0),
        "the next message takes its place"
    );
    settle(&mut inbox, &ctx, vec![Message::Undo]);
    assert_eq!(inbox.total(), 10);
    assert_eq!(inbox.row(0).unwrap().id, first);
    assert!(inbox.notice().is_none());

    // Delete two, look at the trash, empty it.
    settle(&mut inbox, &ctx, vec![Message::DeleteSelected]);
    settle(&mut inbox, &ctx, vec![Message::DeleteSelected]);
    assert_eq!(inbox.total(), 8);
    settle(&mut inbox, &ctx, vec![Message::Show(Mailbox::Trash)]);
    assert_eq!(inbox.mailbox(), Mailbox::Trash);
    assert_eq!(inbox.total(), 2);
    settle(&mut inbox, &ctx, vec![Message::EmptyTrash]);
    assert!(inbox.confirm_empty, "asks first");
    settle(&mut inbox, &ctx, vec![Message::EmptyTrashConfirmed]);
    assert_eq!(inbox.total(), 0);
    settle(&mut inbox, &ctx, vec![Message::Show(Mailbox::All)]);
    assert_eq!(inbox.total(), 8);
    let store = Store::open(&ctx.db_path).unwrap();
    assert_eq!(store.count_messages(None).unwrap(), 8, "gone for good");
}

#[test]
fn mark_read_and_unread_counts() {
    let (ctx, _dir) = context();
    let id = fill(&ctx, 5);
    let mut inbox = open(&ctx);
    assert_eq!(inbox.unread(id), 5);
    settle(
        &mut inbox,
        &ctx,
        vec![Message::Select(1), Message::ToggleSeen],
    );
    assert!(inbox.row(1).unwrap().seen);
    assert_eq!(inbox.unread(id), 4);
    settle(&mut inbox, &ctx, vec![Message::ToggleSeen]);
    assert_eq!(inbox.unread(id), 5);
    // One account's view.
    settle(&mut inbox, &ctx, vec![Message::Show(Mailbox::Account(id))]);
    assert_eq!(inbox.total(), 5);
}

#[test]
fn new_mail_reloads_and_the_selection_follows_its_message() {
    let (ctx, _dir) = context();
    fill(&ctx, 20);
    let mut inbox = open(&ctx);
    settle(&mut inbox, &ctx, vec![Message::Select(2)]);
    let id = inbox.selected_id().unwrap();
    // A newer message arrives on top.
    let mut store = Store::open(&ctx.db_path).unwrap();
    let account = store.accounts().unwrap()[0].id;
    let raw =
        "From: New <n@x>\r\nSubject: Fresh\r\nDate: Mon, 1 Jan 2035 00:00:00 +0000\r\n\r\nhi\r\n";
    store
        .store_batch(
            account,
            vec![prepare(NewMessage {
                uid: "new".into(),
                server_size: raw.len() as u64,
                raw: raw.as_bytes().to_vec(),
                size_mismatch: false,
                partial: false,
            })],
        )
        .unwrap();
    let task = inbox.refresh(&ctx);
    settle(&mut inbox, &ctx, drain(task));
    assert_eq!(inbox.total(), 21);
    assert_eq!(subject_at(&inbox, 0), "Fresh");
    assert_eq!(inbox.selected(), Some(3));
    assert_eq!(inbox.selected_id(), Some(id));
}

/// The real inbox view at scale: `benches/inbox.sh` runs this with
/// `POSTERN_BENCH_DATA` pointing at its generated data folder, in release.
/// Prints the view build (element tree) and layout time per scroll step.
#[test]
#[ignore = "benchmark: run through benches/inbox.sh"]
fn bench_real_inbox_view_per_scroll_step() {
    let Ok(dir) = std::env::var("POSTERN_BENCH_DATA") else {
        eprintln!("SKIPPED: set POSTERN_BENCH_DATA to a data folder (benches/inbox.sh does)");
        return;
    };
    std::env::set_var("ICED_TEST_BACKEND", "tiny-skia");
    let (mut ctx, _tmp) = crate::ui::tests::context();
    ctx.db_path = std::path::Path::new(&dir).join(postern::store::DB_FILE);
    let mut inbox = open(&ctx);
    let worker = crate::ui::worker::Worker::new();
    let total = inbox.total();
    let mut build = Vec::new();
    let mut layout = Vec::new();
    for step in 0..300usize {
        let task = inbox.scroll_to((step * 3) % total.max(1), &ctx);
        let messages = drain(task);
        settle(&mut inbox, &ctx, messages);
        let started = std::time::Instant::now();
        let element = inbox.view(&worker);
        build.push(started.elapsed().as_secs_f64() * 1000.0);
        let started = std::time::Instant::now();
        let ui =
            iced_test::Simulator::with_size(iced::Settings::default(), (1100.0, 720.0), element);
        layout.push(started.elapsed().as_secs_f64() * 1000.0);
        drop(ui);
    }
    let median = |v: &mut Vec<f64>| {
        v.sort_by(|a, b| a.total_cmp(b));
        v[v.len() / 2]
    };
    let b = median(&mut build);
    let l = median(&mut layout);
    println!(
        "real_inbox rows={total} steps=300 view_median_ms={b:.3} view_plus_layout_median_ms={:.3}",
        b + l
    );
}
