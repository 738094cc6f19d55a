//! The Reader's `update` over the fixtures in `tests/fixtures/`, each
//! loaded into a temporary store the way the download engine stores it.

use std::path::PathBuf;

use postern::account::{
    AccountSettings, DownloadOptions, Incoming, OversizePolicy, PopAuth, Security,
};
use postern::store::{prepare, Folder, ListQuery, NewMessage};

use super::*;
use crate::ui::tests::drain;

/// Applies an action's messages (and theirs) until quiet; returns the
/// first action that is not `None`/`Run`.
fn run(reader: &mut Reader, ctx: &Context, action: Action) -> Option<Action> {
    let mut pending = vec![action];
    while let Some(action) = pending.pop() {
        match action {
            Action::None => {}
            Action::Run(task) => {
                for message in drain(task) {
                    pending.push(reader.update(message, ctx));
                }
            }
            other => return Some(other),
        }
    }
    None
}

fn account() -> AccountSettings {
    AccountSettings {
        display_name: "Bob".into(),
        email: "bob@example.org".into(),
        incoming: Incoming {
            host: "pop.example.org".into(),
            port: 995,
            security: Security::Tls,
            username: "bob".into(),
            auth: PopAuth::User,
            pin_sha256: None,
        },
        outgoing: None,
        options: DownloadOptions {
            leave_on_server: true,
            delete_after_days: None,
            delete_when_deleted_locally: false,
            size_limit: None,
            oversize: OversizePolicy::Headers,
            check_at_startup: false,
            check_every_minutes: None,
        },
        allow_plaintext: false,
        password_command: None,
    }
}

/// A store holding one fixture; the context and the message id.
fn stored(fixture: &str) -> (Context, tempfile::TempDir, MessageId) {
    let dir = tempfile::tempdir().expect("tempdir");
    let ctx = Context::new(dir.path().to_path_buf());
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(fixture);
    let raw = std::fs::read(&path).expect("fixture");
    let mut store = Store::open(&ctx.db_path).expect("store");
    let account = store.add_account(&account()).expect("account");
    let stored = store
        .store_batch(
            account,
            vec![prepare(NewMessage {
                uid: "uid-1".into(),
                server_size: raw.len() as u64,
                raw,
                size_mismatch: false,
                partial: false,
            })],
        )
        .expect("store");
    (ctx, dir, stored[0].1)
}

/// A reader opened on `fixture` and loaded.
fn open(fixture: &str) -> (Reader, Context, tempfile::TempDir) {
    let (ctx, dir, id) = stored(fixture);
    let (mut reader, task) = Reader::new(id, &ctx);
    assert!(matches!(reader.state, State::Loading));
    assert!(run(&mut reader, &ctx, Action::Run(task)).is_none());
    assert!(reader.shown().is_some(), "loaded");
    (reader, ctx, dir)
}

fn seen(ctx: &Context, id: MessageId) -> bool {
    let store = Store::open(&ctx.db_path).expect("store");
    store.message(id).expect("row").expect("exists").seen
}

#[test]
fn loaded_shows_the_headers_and_marks_read() {
    let (reader, ctx, _dir) = open("plain.eml");
    let shown = reader.shown().expect("loaded");
    let r = &shown.rendered;
    assert!(r.parse_ok);
    assert_eq!(mailboxes(&r.from), "Alice Example <alice@example.com>");
    assert!(!r.to.is_empty());
    assert!(!r.subject.is_empty());
    assert!(!r.from_name_misleading);
    assert_eq!(shown.body.text().trim_end(), r.body.trim_end());
    assert!(seen(&ctx, reader.id));
    let date = format::date(r.date.expect("dated"));
    assert!(date.contains(char::is_numeric), "{date}");
    let _ = reader.view();
}

#[test]
fn misleading_sender_is_flagged() {
    let (reader, _ctx, _dir) = open("display-name-spoof.eml");
    let r = &reader.shown().expect("loaded").rendered;
    assert!(r.from_name_misleading);
    // Both the name and the real address are shown.
    assert_eq!(mailboxes(&r.from), "paypal@paypal.com <evil@x.test>");
    let _ = reader.view();
}

#[test]
fn view_source_toggles_to_the_raw_text() {
    let (mut reader, ctx, _dir) = open("plain.eml");
    assert!(!reader.view_source);
    assert!(matches!(
        reader.update(Message::ViewSourceToggled, &ctx),
        Action::None
    ));
    assert!(reader.view_source);
    let source = reader
        .shown()
        .expect("loaded")
        .source
        .as_ref()
        .expect("source");
    assert!(source.text().contains("Subject:"), "raw headers shown");
    let _ = reader.view();
    reader.update(Message::ViewSourceToggled, &ctx);
    assert!(!reader.view_source);
}

#[test]
fn body_is_read_only() {
    let (mut reader, ctx, _dir) = open("plain.eml");
    let before = reader.shown().expect("loaded").body.text();
    reader.update(
        Message::Body(text_editor::Action::Edit(text_editor::Edit::Insert('X'))),
        &ctx,
    );
    reader.update(Message::Body(text_editor::Action::SelectAll), &ctx);
    let body = &reader.shown().expect("loaded").body;
    assert_eq!(body.text(), before);
    assert!(body.selection().is_some());
}

#[test]
fn delete_moves_to_trash() {
    let (mut reader, ctx, _dir) = open("plain.eml");
    let action = reader.update(Message::Delete, &ctx);
    let Some(Action::Deleted(id)) = run(&mut reader, &ctx, action) else {
        panic!("expected Action::Deleted");
    };
    assert_eq!(id, reader.id);
    let store = Store::open(&ctx.db_path).expect("store");
    assert_eq!(
        store.message(id).expect("row").expect("kept").folder,
        Folder::Trash
    );
    let inbox = store.list(&ListQuery::default()).expect("list");
    assert!(inbox.is_empty());
}

#[test]
fn mark_unread_and_back() {
    let (mut reader, ctx, _dir) = open("plain.eml");
    let action = reader.update(Message::ToggleSeen, &ctx);
    assert!(run(&mut reader, &ctx, action).is_none());
    assert!(!reader.seen);
    assert!(!seen(&ctx, reader.id));
    assert!(matches!(reader.update(Message::Back, &ctx), Action::Close));
}

#[test]
fn no_dialog_falls_back_to_a_folder_with_unique_names() {
    let (mut reader, ctx, _dir) = open("hostile-names.eml");
    let downloads = tempfile::tempdir().expect("tempdir");
    reader.fallback_dir = Some(downloads.path().to_path_buf());
    let attachments = reader.shown().expect("loaded").rendered.attachments.clone();
    assert!(attachments.len() > 1);
    let first = attachments[0].file_name.clone();
    assert!(!first.contains('/'));
    std::fs::write(downloads.path().join(&first), b"keep me").expect("existing file");

    // The dialog answered None at once: offer the Downloads folder.
    reader.update(Message::Picked(SaveWhat::One(0), Picked::Unavailable), &ctx);
    assert_eq!(reader.notice, Some(Notice::OfferFallback(SaveWhat::One(0))));
    let action = reader.update(Message::SaveToFallback(SaveWhat::One(0)), &ctx);
    assert!(run(&mut reader, &ctx, action).is_none());
    let Some(Notice::Info(info)) = &reader.notice else {
        panic!("expected a saved notice, got {:?}", reader.notice);
    };
    let (stem, ext) = first.rsplit_once('.').unwrap_or((&first, ""));
    let expected = downloads.path().join(if ext.is_empty() {
        format!("{stem} (1)")
    } else {
        format!("{stem} (1).{ext}")
    });
    assert!(info.contains(&expected.display().to_string()), "{info}");
    assert_eq!(std::fs::read(&expected).expect("saved"), b"ABC");
    assert_eq!(
        std::fs::read(downloads.path().join(&first)).expect("kept"),
        b"keep me"
    );

    // Save all into the same folder: every file lands, nothing overwritten.
    let action = reader.update(Message::SaveToFallback(SaveWhat::All), &ctx);
    assert!(run(&mut reader, &ctx, action).is_none());
    let files = std::fs::read_dir(downloads.path()).expect("dir").count();
    assert_eq!(files, 2 + attachments.len());
    assert!(!reader.busy);
}

#[test]
fn malformed_message_opens_as_raw_text() {
    let (reader, _ctx, _dir) = open("malformed.eml");
    let shown = reader.shown().expect("loaded");
    assert!(!shown.rendered.parse_ok);
    assert!(shown
        .body
        .text()
        .contains("The text that survives the broken boundary."));
    assert!(notes(shown).contains(&fl!("reader-note-unparsed")));
    let _ = reader.view();
}

#[test]
fn a_missing_message_fails_gently() {
    let (ctx, _dir, id) = stored("plain.eml");
    let (mut reader, task) = Reader::new(id + 100, &ctx);
    run(&mut reader, &ctx, Action::Run(task));
    assert!(matches!(reader.state, State::Failed(_)));
    let _ = reader.view();
}

/// Lays the screen out in the simulator (a panic here is a layout bug)
/// and clicks through the toolbar and a link.
#[test]
fn lays_out_and_copies_links() {
    use iced_test::Simulator;

    for fixture in [
        "html-only.eml",
        "hostile-names.eml",
        "display-name-spoof.eml",
    ] {
        let (mut reader, ctx, _dir) = open(fixture);
        for source in [false, true] {
            if source {
                reader.update(Message::ViewSourceToggled, &ctx);
            }
            let mut ui =
                Simulator::with_size(iced::Settings::default(), (1100.0, 720.0), reader.view());
            assert!(ui.find(fl!("reader-delete").as_str()).is_ok(), "{fixture}");
        }
    }

    let (mut reader, ctx, _dir) = open("html-only.eml");
    let links = reader.shown().expect("loaded").rendered.links.clone();
    assert!(!links.is_empty());
    let mut ui = Simulator::with_size(iced::Settings::default(), (1100.0, 720.0), reader.view());
    ui.click(fl!("reader-view-source").as_str())
        .expect("toolbar");
    let messages: Vec<Message> = ui.into_messages().collect();
    assert!(matches!(messages.as_slice(), [Message::ViewSourceToggled]));
    let Action::Run(_) = reader.update(Message::CopyLink(0), &ctx) else {
        panic!("copying a link writes the clipboard");
    };
    assert_eq!(
        reader.notice,
        Some(Notice::Info(fl!(
            "reader-link-copied",
            target = links[0].target.clone()
        )))
    );
}
