## Postern — English (the reference catalog: every other language has
## exactly these keys). Keys are kebab-case, prefixed by screen.

app-title = Postern

## Discovery

discover-note-enable-pop = POP access is switched off until you turn it on in the provider's web settings.
discover-note-app-password = This provider needs an app password for mail programs: create one in its web settings and use it instead of your account password.
discover-note-mail-password = This provider needs a separate e-mail password for mail programs: set one in its web settings.
discover-note-oauth-required = This provider wants you to sign in through its web page (OAuth); it may refuse a password.
discover-note-no-pop3 = This provider does not offer POP3, so Postern cannot download its mail.
discover-note-bridge-imap-only = Its Bridge program only speaks IMAP, not POP3.

## Doctor

doctor-step-dns = Looking up the server
doctor-step-connect = Connecting
doctor-step-tls = Setting up encryption (SSL/TLS)
doctor-step-greeting = Waiting for the server to greet
doctor-step-capabilities = Asking what the server can do
doctor-step-starttls = Switching to encryption (STARTTLS)
doctor-step-login = Logging in
doctor-step-mailbox = Opening the mailbox
doctor-step-ehlo = Introducing ourselves (EHLO)
doctor-step-auth = Authenticating
doctor-mailbox-detail = { $count ->
    [one] 1 message
   *[other] { $count } messages
}, { $size }
doctor-cause-server-not-found = The server name { $host } could not be found.
doctor-cause-connection-refused = { $host } refused the connection on port { $port }: nothing listens there.
doctor-cause-timeout = { $host } did not answer on port { $port } in time.
doctor-cause-network-unreachable = Your network cannot reach { $host }.
doctor-cause-tls-on-plain-port = SSL/TLS is on, but port { $port } speaks without encryption (plain text or STARTTLS).
doctor-cause-plain-on-tls-port = SSL/TLS is off, but port { $port } expects SSL/TLS from the first byte.
doctor-cause-starttls-not-offered = The server does not offer STARTTLS, so the connection cannot be encrypted this way.
doctor-cause-starttls-refused = The server refused to switch to encryption: “{ $text }”.
doctor-cause-starttls-injection = Data arrived before encryption started, as if someone were tampering with the connection, so Postern stopped.
doctor-cause-cert-expired = The server's certificate has expired ({ $date }).
doctor-cause-cert-not-yet-valid = The server's certificate is not valid yet (from { $date }).
doctor-cause-cert-wrong-host = The server's certificate was made out for another name ({ $subject }).
doctor-cause-cert-self-signed = The server's certificate is self-signed ({ $subject }), so no known authority vouches for it.
doctor-cause-cert-unknown-issuer = The server's certificate was issued by an authority this computer does not know ({ $issuer }).
doctor-cause-cert-other = The server's certificate cannot be trusted ({ $reason }).
doctor-cause-certificate-changed = The server's certificate changed since you trusted it.
doctor-cause-not-pop3 = The server on this port does not speak POP3; it said “{ $excerpt }”.
doctor-cause-not-smtp = The server on this port does not speak SMTP; it said “{ $excerpt }”.
doctor-cause-login-refused = The server refused the user name or password: “{ $text }”.
doctor-cause-mailbox-locked = The mailbox is in use by another program: “{ $text }”.
doctor-cause-login-too-soon = The server allows logging in only every few minutes: “{ $text }”.
doctor-cause-server-temporary = The server has a temporary problem: “{ $text }”.
doctor-cause-smtp-auth-required = The outgoing server offers authentication, and most servers send mail only for users who log in, but authentication is off for this account.
doctor-cause-smtp-auth-refused = The outgoing server refused the user name or password: “{ $text }”.
doctor-cause-smtp-auth-none = The outgoing server offers no way to log in on this connection.
doctor-cause-smtp-auth-unavailable = The outgoing server offers no login method Postern knows (it offers { $offered }).
doctor-cause-no-uidl = The server cannot tell messages apart (no UIDL), so mail left on the server may be downloaded again.
doctor-cause-encryption-required = The server accepts passwords only over an encrypted connection: “{ $text }”.
doctor-cause-stopped-answering = The server answered at first, then stopped answering while Postern logged in or opened the mailbox.
doctor-cause-plaintext-not-allowed = The connection is not encrypted, so the password would travel in plain text; Postern did not send it.
doctor-cause-protocol = The server did not follow the protocol: { $what }.
doctor-cause-other = Something went wrong: { $text }.
doctor-advice-use-tls = Use port { $port } with SSL/TLS: it works.
doctor-advice-use-starttls = Use STARTTLS on port { $port }: it works.
doctor-advice-use-none = Port { $port } works without encryption, but then your password travels in plain text.
doctor-advice-compare-fingerprint = Compare the fingerprint { $sha256 } with the one your provider publishes before trusting it.
doctor-advice-enable-smtp-auth = Turn on “My outgoing server (SMTP) requires authentication”.
doctor-advice-check-host = Check the server name for typos.
doctor-advice-check-port = Check the port number; the server may not offer this service on port { $port }.
doctor-advice-check-online = Check that you are online; the server may be down or a firewall may block it.
doctor-advice-tls-on-plain-port = Use the SSL/TLS port (995 for POP3, 465 for SMTP), or STARTTLS on port { $port }.
doctor-advice-plain-on-tls-port = Turn SSL/TLS on for port { $port }.
doctor-advice-starttls = Use the SSL/TLS port instead (995 for POP3, 465 for SMTP), or ask your provider.
doctor-advice-injection = Use another network, or the SSL/TLS port, and tell your provider.
doctor-advice-certificate = Ask your provider for the right server name, or compare the certificate with the one they publish.
doctor-advice-check-host-port = Check the server name and the port.
doctor-advice-login-refused = Check the user name and password; some providers need an app password for mail programs.
doctor-advice-mailbox-locked = Close other mail programs that use this account, or wait a few minutes.
doctor-advice-login-too-soon = Wait a few minutes before checking again.
doctor-advice-try-later = Try again later; if it keeps happening, tell your provider.
doctor-advice-smtp-auth-refused = Check the user name and password for the outgoing server.
doctor-advice-smtp-auth-unavailable = Use STARTTLS or SSL/TLS: many servers offer login only on an encrypted connection.
doctor-advice-no-uidl = Let Postern delete messages from the server after downloading them, or ask your provider.
doctor-advice-encryption-required = Turn on SSL/TLS (port 995) or STARTTLS (port 110).
doctor-advice-plaintext = Use SSL/TLS or STARTTLS, or allow unencrypted connections explicitly.

## App

app-no-display = Postern needs a graphical session (no DISPLAY or WAYLAND_DISPLAY); the command-line tools work without: postern --help
app-no-data-dir = cannot find a data directory for this user: use --data-dir DIR
app-cannot-start = cannot open the window: { $reason }
app-cannot-start-title = Postern cannot start
app-cannot-open-store = Postern cannot open its mail database: { $reason }
app-loading = Loading…
app-retry = Try again
app-dismiss = Dismiss
app-keyring-unavailable = The system keyring is not available, so Postern keeps your passwords for this session only and will ask for them again next time.
inbox-title = Accounts
inbox-add-account = Add account
inbox-settings = Settings
inbox-get-messages = Get Messages
inbox-get-account = Get Messages
inbox-no-accounts = No accounts yet. Add one to start downloading your mail.
inbox-placeholder-note = The message list comes in a later version; downloaded mail is stored safely in the meantime.
inbox-error-load = Postern cannot read the accounts: { $reason }
inbox-counts = { $count ->
    [one] 1 message
   *[other] { $count } messages
} ({ $unseen } unread)
inbox-connecting = Connecting…
inbox-connected = { $count ->
    [one] 1 message on the server
   *[other] { $count } messages on the server
}
inbox-progress = Downloading { $done } of { $total }…
inbox-deleting = { $count ->
    [one] Deleting 1 message from the server…
   *[other] Deleting { $count } messages from the server…
}
inbox-fetched = { $count ->
    [0] No new messages.
    [one] 1 new message.
   *[other] { $count } new messages.
}
inbox-password-prompt = Password for { $email }:
inbox-password-submit = Get Messages

## Wizard

wizard-title = Add a mail account
wizard-step-numbered = { $number }. { $label }
wizard-step-identity = You
wizard-step-discovery = Finding settings
wizard-step-server = Servers
wizard-step-test = Test
wizard-step-options = Options
wizard-next = Next
wizard-back = Back
wizard-cancel = Cancel
wizard-stop = Stop
wizard-finish = Finish
wizard-continue-anyway = Continue anyway
wizard-identity-intro = Enter the address you already use. Postern looks up the right server settings for you.
wizard-name-label = Your name
wizard-name-placeholder = Jane Doe
wizard-email-label = Email address
wizard-email-placeholder = jane@example.com
wizard-password-label = Password
wizard-show-password = Show password
wizard-password-note = Postern keeps your password in the system keyring, never in its files.
wizard-error-name-required = Enter your name as others should see it.
wizard-error-email-required = Enter your email address.
wizard-error-email-invalid = This does not look like an email address (name@example.com).
wizard-error-password-required = Enter the password.
wizard-error-host-required = Enter the server name.
wizard-error-host-invalid = A server name has no spaces.
wizard-error-port = Enter a port between 1 and 65535.
wizard-error-username-required = Enter the user name.
wizard-error-plaintext = Accept the warning above, or choose SSL/TLS or STARTTLS.
wizard-error-number = Enter a whole number above 0.
wizard-error-duplicate = An account for { $email } already exists.
wizard-error-save = Postern cannot save the account: { $reason }
wizard-error-password-save = Postern cannot save the password, so the account was not added: { $reason }
wizard-discovery-running = Looking for the settings of { $domain }…
wizard-discovery-provider = Looking up { $domain } in the provider list
wizard-discovery-probing = Trying { $host }, port { $port } ({ $security })
wizard-discovery-found-server = Found { $server }
wizard-discovery-server = { $host }, port { $port }, { $security }
wizard-discovery-cancel-hint = This can take a few seconds. Stop to enter the settings yourself.
wizard-discovery-from-provider = Found in the provider list: { $provider }
wizard-discovery-probed = Found by probing { $host }
wizard-discovery-not-found = Not found: enter your server settings.
wizard-discovery-stopped = Search stopped: enter your server settings.
wizard-discovery-incoming = Incoming (POP3)
wizard-discovery-outgoing = Outgoing (SMTP)
wizard-discovery-next-hint = Next shows these settings so you can check or change them.
wizard-server-intro = Enter the server settings your provider gave you.
wizard-incoming-heading = Incoming server
wizard-outgoing-heading = Outgoing server (SMTP)
wizard-account-type-label = Account type
wizard-account-type-pop3 = POP3
wizard-in-host-label = Incoming server
wizard-in-host-placeholder = pop.example.com
wizard-out-host-label = Outgoing server
wizard-out-host-placeholder = smtp.example.com
wizard-outgoing-optional = Leave empty if you only want to receive mail with Postern.
wizard-port-label = Port
wizard-security-label = Connection security
wizard-security-tls = SSL/TLS
wizard-security-starttls = STARTTLS
wizard-security-none = None
wizard-in-encrypted = This server requires an encrypted connection (SSL/TLS)
wizard-out-encrypted = This server requires an encrypted connection (SSL/TLS)
wizard-username-label = User name
wizard-smtp-auth = My outgoing server (SMTP) requires authentication
wizard-smtp-same = Use same settings as my incoming server
wizard-plaintext-title = Your password would travel unencrypted
wizard-plaintext-warning = Without SSL/TLS or STARTTLS, anyone on the network between you and the server can read your password and your mail.
wizard-plaintext-accept = I understand; send my password without encryption
wizard-test-intro = Postern tests the connection with these settings. Nothing is downloaded or deleted.
wizard-test-again = Test again
wizard-test-running = Testing…
wizard-test-passed = Everything works.
wizard-test-warnings = It works, with warnings: read them before you continue.
wizard-test-failed = The test failed. Fix the problem below, or go Back to change the settings.
wizard-test-incoming = Incoming server (POP3)
wizard-test-outgoing = Outgoing server (SMTP)
wizard-outcome-running = running
wizard-outcome-passed = passed
wizard-outcome-warning = warning
wizard-outcome-failed = failed
wizard-outcome-skipped = skipped
wizard-fix-port-security = Use port { $port } with { $security }
wizard-fix-trust = Check this certificate…
wizard-fix-smtp-auth = Turn on SMTP authentication
wizard-trust-title = Trust this certificate?
wizard-trust-explain = The server's certificate could not be verified. Trust it only if its fingerprint matches the one your provider publishes.
wizard-trust-subject = Issued to
wizard-trust-issuer = Issued by
wizard-trust-validity = Valid
wizard-trust-validity-value = from { $from } until { $until }
wizard-trust-fingerprint = SHA-256 fingerprint
wizard-trust-compared = I compared the fingerprint with the one my provider published, and they match
wizard-trust-confirm = Trust this certificate
wizard-options-intro = How Postern downloads your mail. You can change this later in Settings.
wizard-options-leave = Leave messages on the server
wizard-options-delete-after = Delete them from the server after
wizard-options-days = days
wizard-options-delete-note = Messages are deleted from the server once they are safely stored here.
wizard-options-startup = Check for new mail when Postern starts
wizard-options-every = Check for new mail every
wizard-options-minutes = minutes
wizard-options-limit = Do not download messages larger than
wizard-options-kb = KB
wizard-options-headers-only = Download only their headers

## Settings

settings-title = Settings
settings-close = Close
settings-accounts = Accounts
settings-add-account = Add account
settings-no-accounts = No accounts.
settings-error-load = Postern cannot read the accounts: { $reason }
settings-identity = Identity
settings-password-label = Password
settings-password-unchanged = (unchanged)
settings-error-password-needed = Enter the password to run the test.
settings-test-heading = Connection test
settings-retest = Re-test
settings-retest-note = Tests the values above before you save them.
settings-options-heading = Downloading
settings-save = Save
settings-saved = Saved.
settings-remove = Remove account
settings-remove-question = Remove the account { $email }?
settings-remove-explain = Postern forgets the account and its password. Its mail on the server is not touched. Do you want to keep the messages already downloaded?
settings-remove-keep = Remove, keep messages
settings-remove-delete = Remove and delete messages
settings-error-remove = Postern cannot remove the account: { $reason }

## Reader
reader-loading = Opening the message…
reader-error-load = Postern cannot open this message: { $reason }
reader-error-gone = The message is no longer in the mailbox.
reader-back = Back (Esc)
reader-delete = Delete
reader-mark-unread = Mark unread
reader-mark-read = Mark read
reader-view-source = View source
reader-view-message = View message
reader-dismiss = Dismiss
reader-no-subject = (no subject)
reader-from = From
reader-reply-to = Reply to
reader-to = To
reader-cc = Cc
reader-date = Date
reader-no-date = (no date)
reader-from-misleading = Careful: the sender's name shows an address, but the message really comes from { $address }.
reader-note-unparsed = Postern cannot read the structure of this message, so it is shown as raw text.
reader-note-partial = Only the headers of this message were downloaded; the full message is still on the server.
reader-note-truncated = This message is very long; only its beginning is shown.
reader-note-html-fallback = This message's HTML took too long to convert; its text is shown without formatting.
reader-note-html = This message was sent as HTML; it is shown as text, without images or remote content.
reader-links = { $count ->
    [one] 1 link
   *[other] { $count } links
}
reader-links-note = Postern never opens links. Click one to copy its real address.
reader-links-more = { $count ->
    [one] 1 more link is not shown.
   *[other] { $count } more links are not shown.
}
reader-link-deceptive-mark = ⚠ Deceptive
reader-link-deceptive = The text shows { $shown }, but the link leads to { $target }.
reader-link-copied = Copied to the clipboard: { $target }
reader-attachments = { $count ->
    [one] 1 attachment
   *[other] { $count } attachments
}
reader-save = Save…
reader-save-all = Save all…
reader-save-dialog-title = Save attachment
reader-save-all-dialog-title = Choose a folder for the attachments
reader-no-dialog = No file chooser is available on this system. Save into your Downloads folder instead? Existing files are kept.
reader-save-to-downloads = Save to Downloads
reader-no-downloads = no Downloads or home folder was found
reader-saved-one = Saved as { $path }
reader-saved-many = { $count ->
    [one] 1 file saved in { $folder }
   *[other] { $count } files saved in { $folder }
}
reader-error-attachment = Postern cannot decode the attachment { $name }.
reader-error-save = Postern cannot save { $path }: { $reason }
reader-error-delete = Postern cannot move the message to the trash: { $reason }
reader-error-seen = Postern cannot change the read status: { $reason }
reader-size-bytes = { $count ->
    [one] 1 byte
   *[other] { $count } bytes
}
reader-size-kb = { $size } KB
reader-size-mb = { $size } MB
reader-date-format = { $weekday }, { $day } { $month } { $year }, { $time }
reader-weekday = { $day ->
    [0] Sun
    [1] Mon
    [2] Tue
    [3] Wed
    [4] Thu
    [5] Fri
   *[6] Sat
}
reader-month = { $month ->
    [1] Jan
    [2] Feb
    [3] Mar
    [4] Apr
    [5] May
    [6] Jun
    [7] Jul
    [8] Aug
    [9] Sep
    [10] Oct
    [11] Nov
   *[12] Dec
}

## Inbox

inbox-all-accounts = All accounts
inbox-trash = Trash
inbox-search-placeholder = Search sender, subject and text
inbox-search-clear = Clear search
inbox-mark-read = Mark as read
inbox-mark-unread = Mark as unread
inbox-delete = Delete
inbox-restore = Restore
inbox-undo = Undo
inbox-column-from = From
inbox-column-subject = Subject
inbox-column-date = Date
inbox-column-size = Size
inbox-no-subject = (no subject)
inbox-empty-no-accounts = No accounts yet. Add one and Postern downloads your mail.
inbox-empty-no-mail = No mail here yet. Click Get Messages to download it.
inbox-trash-empty = The trash is empty.
inbox-trash-note = Messages stay in the trash until you empty it.
inbox-empty-trash = Empty Trash
inbox-empty-trash-question = { $count ->
    [one] Delete the message in the trash for good? This cannot be undone.
   *[other] Delete the { $shown } messages in the trash for good? This cannot be undone.
}
inbox-empty-trash-confirm = Delete for good
inbox-empty-trash-cancel = Cancel
inbox-searching = Searching…
inbox-nothing-found = Nothing found for “{ $query }”.
inbox-found = { $count ->
    [one] 1 message found
   *[other] { $shown } messages found
}
inbox-message-count = { $count ->
    [one] 1 message
   *[other] { $shown } messages
}
inbox-indexing = Indexing messages for search…
inbox-deleted = { $count ->
    [one] The message was moved to the trash.
   *[other] { $count } messages were moved to the trash.
}
inbox-error-store = Postern cannot read or change its mail database: { $reason }
inbox-error-busy = Another download of this account is running (perhaps “postern fetch”); Postern tries again shortly.
inbox-error-closed = The server closed the connection in the middle of the download.
inbox-sync-account = { $email }: { $status }
inbox-sync-connected = { $count ->
    [one] One message on the server
   *[other] { $shown } messages on the server
}
inbox-sync-nothing-new = No new messages on the server.
inbox-sync-progress = Downloading { $done } of { $total } — { $got } of { $size }
inbox-sync-stopping = Stopping…
inbox-sync-cancel = Cancel
inbox-sync-cancelled = Download cancelled; the messages already received are kept.
inbox-sync-failed = Cannot download the mail of { $email }.
inbox-sync-retry-at = Postern tries again at { $time }.
inbox-sync-try-now = Try now
inbox-sync-retest = Re-test…
inbox-status-both = Last checked { $last }, next check { $next }
inbox-status-last = Last checked { $last }
inbox-status-next = Next check { $next }
inbox-status-never = Not checked yet

## Preferences

size-bytes = { $value } B
size-kb = { $value } KB
size-mb = { $value } MB
size-gb = { $value } GB
date-month-short = { $month ->
    [1] Jan
    [2] Feb
    [3] Mar
    [4] Apr
    [5] May
    [6] Jun
    [7] Jul
    [8] Aug
    [9] Sep
    [10] Oct
    [11] Nov
   *[12] Dec
}
settings-language-heading = Language
settings-language-system = System default
settings-language-error-save = Postern cannot save the language choice: { $reason }

## Command line

cli-no-data-dir = cannot find a data directory for this user: use --data-dir DIR
cli-password-stdin-error = cannot read the password from standard input: { $reason }
cli-password-file-error = cannot read the password file { $path }: { $reason }
cli-password-fd-error = cannot read the password from descriptor { $fd }: { $reason }
cli-keyring-unavailable = { $reason }. Give the password with --password-stdin, --password-file, --password-fd or --password-command
cli-no-stored-password = no password is stored for { $email }: add it again with --password-stdin, or give it with --password-stdin / --password-command
cli-keyring-unavailable-add = { $reason }. Without a keyring, Postern can run a command to get the password when it needs it: use --password-command CMD
cli-password-save-error = cannot save the password: { $reason }
cli-plaintext-needs-consent = with --pop-security none the password travels unencrypted; add --allow-plaintext if you really want that
cli-account-added = added account { $email } (id { $id })
cli-note-no-password-saved = note: no password was saved; give one to `postern fetch` with --password-stdin or --password-command
cli-no-accounts-yet = no accounts yet: add one with `postern account add`
cli-mode-delete = delete from server
cli-mode-keep-days = { $count ->
    [one] keep on server { $n } day
   *[other] keep on server { $n } days
}
cli-mode-keep = keep on server
cli-no-such-account = there is no account “{ $email }”; see `postern account list`
cli-keyring-remove-failed = note: the password could not be removed from the keyring: { $reason }
cli-keyring-none-removed = note: { $reason }; no password was removed from a keyring
cli-account-removed = removed account { $email }
cli-no-accounts = there are no accounts: add one with `postern account add`
cli-password-one-account = a password given on the command line is for one account: add --account ADDR
cli-fetch-progress = { $email }: message { $done } of { $total }, { $got } of { $size }
cli-fetch-none-new = no new messages
cli-fetch-new = { $count ->
    [one] { $n } new message ({ $size })
   *[other] { $n } new messages ({ $size })
}
cli-fetch-headers-only = { $count ->
    [one] { $n } as headers only
   *[other] { $n } as headers only
}
cli-fetch-deleted = { $count ->
    [one] { $n } deleted from the server
   *[other] { $n } deleted from the server
}
cli-fetch-skipped = { $count ->
    [one] { $n } over the size limit left on the server
   *[other] { $n } over the size limit left on the server
}
cli-fetch-size-mismatch = { $count ->
    [one] { $n } with a wrong size kept on the server
   *[other] { $n } with a wrong size kept on the server
}
cli-fetch-cancelled = cancelled
cli-fetch-temporary = { $reason } (temporary: try again later)
cli-fetch-login-refused = login refused: the server did not accept the user name or password (“{ $text }”).
cli-exported = { $count ->
    [one] exported { $n } message of { $email } to { $path }
   *[other] exported { $n } messages of { $email } to { $path }
}
cli-doctor-need-settings = give --account ADDR, or the settings (--email, --pop-host ...)
cli-doctor-note-plaintext = note: without --allow-plaintext no password is sent unencrypted
cli-doctor-need-password = give the password with --password-stdin, --password-file, --password-fd or --password-command
cli-doctor-cause = Cause: { $text }
cli-doctor-fix = Fix: { $text }
cli-discover-not-address = “{ $address }” is not an email address
cli-discover-runtime-error = cannot start the async runtime: { $reason }
cli-discover-json-error = cannot write JSON: { $reason }
cli-discover-looking-up = looking up { $domain } in the provider list...
cli-discover-probing = probing { $host } port { $port } ({ $security })...
cli-discover-found-provider = found in the provider list: { $provider }
cli-discover-found-probing = found by probing { $host }
cli-discover-not-found = not found
cli-discover-server = { $label }: { $host }:{ $port } ({ $security }), user name { $username } — { $origin }
cli-discover-cert-warning = warning: its certificate failed verification; run `postern doctor` to see why
cli-discover-nothing = { $label }: nothing found; enter the settings by hand
cli-discover-provider = provider: { $provider }
cli-discover-incoming = incoming (POP3)
cli-discover-outgoing = outgoing (SMTP)
cli-note = note: { $text }

## Doctor details

doctor-detail-not-used = not used
doctor-detail-auth-offered = not used; the server offers AUTH { $mechanisms }
doctor-detail-no-password-sent = not encrypted; no password sent
doctor-detail-no-smtp-password = no password for the outgoing server
