//! Sample messages for the integration tests.

/// A realistic small message; `i` makes it unique. It has lines that need
/// dot-stuffing, so every transfer exercises it.
pub fn message(i: usize) -> Vec<u8> {
    format!(
        "From: Sender {i} <sender{i}@example.org>\r\n\
         To: alice@example.com\r\n\
         Subject: Message number {i}\r\n\
         Date: Mon, 2 Nov 2026 10:{:02}:00 +0000\r\n\
         Message-ID: <{i}@example.org>\r\n\
         \r\n\
         Hello {i},\r\n\
         .a line that starts with a dot\r\n\
         ..two dots\r\n\
         .\r\n\
         The line above is a lone dot; the end.\r\n",
        i % 60
    )
    .into_bytes()
}

/// `n` messages with UIDs `uid-0001` ...
pub fn mailbox(n: usize) -> Vec<(String, Vec<u8>)> {
    (1..=n)
        .map(|i| (format!("uid-{i:04}"), message(i)))
        .collect()
}
