//! Dates in local time and sizes, worded by the catalog.

use postern::fl;

/// `Thu, 13 Mar 2025, 12:11` in local time (names from the catalog).
pub fn date(secs: i64) -> String {
    let t = postern::i18n::local_time(secs);
    fl!(
        "reader-date-format",
        weekday = fl!("reader-weekday", day = t.weekday),
        day = t.day,
        month = fl!("reader-month", month = t.month),
        year = t.year,
        time = format!("{:02}:{:02}", t.hour, t.minute)
    )
}

/// `812 B`, `14 KB`, `3.4 MB` — with the language's decimal separator and
/// unit names, like every other size in the app.
pub fn size(bytes: u64) -> String {
    postern::i18n::format_size(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes() {
        assert_eq!(size(512), "512 B");
        assert_eq!(size(3_400_000), "3.4 MB");
    }
}
