//! How the list shows numbers, sizes and dates: the shared formatters of
//! `postern::i18n`, plus the list's rule "today: the time, older: the date".
//!
//! [`Locale::current`] follows the language in use at the moment a view is
//! drawn, so choosing another language in the settings redraws the list in
//! it without a restart; tests pin one language's conventions with
//! `Locale::for_tag`.

use postern::i18n::{local_time, Conventions};

/// How numbers, sizes and dates are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Locale {
    /// `None`: the language in use whenever asked.
    fixed: Option<Conventions>,
}

impl Locale {
    /// The conventions of a language tag such as `en-US`, `de`, `pt-BR`.
    #[cfg(test)]
    pub fn for_tag(tag: &str) -> Locale {
        Locale {
            fixed: Some(Conventions::for_tag(tag)),
        }
    }

    /// The conventions of the language in use, looked up at each call.
    pub fn current() -> Locale {
        Locale { fixed: None }
    }

    fn conventions(&self) -> Conventions {
        self.fixed.unwrap_or_else(Conventions::current)
    }

    /// 3400 -> "3,400".
    pub fn number(&self, n: u64) -> String {
        self.conventions().number(n)
    }

    /// A size for people: "812 B", "14 KB", "3.2 MB" (decimal units).
    pub fn size(&self, bytes: u64) -> String {
        self.conventions().size(bytes)
    }

    /// The list's date column: the time for today, else the date.
    pub fn list_date(&self, unix: i64, now: i64) -> String {
        let c = self.conventions();
        if local_time(unix).same_day(&local_time(now)) {
            c.time(unix)
        } else {
            c.date(unix)
        }
    }

    /// Date and time, for status lines: the time alone for today.
    pub fn date_time(&self, unix: i64, now: i64) -> String {
        let c = self.conventions();
        if local_time(unix).same_day(&local_time(now)) {
            c.time(unix)
        } else {
            c.date_time(unix)
        }
    }
}

/// `unix` as a UTC calendar date.
#[cfg(test)]
pub fn utc(unix: i64) -> postern::i18n::LocalTime {
    postern::i18n::utc_time(unix)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_and_sizes() {
        let en = Locale::for_tag("en");
        assert_eq!(en.number(0), "0");
        assert_eq!(en.number(999), "999");
        assert_eq!(en.number(3400), "3,400");
        assert_eq!(en.number(1_234_567), "1,234,567");
        assert_eq!(Locale::for_tag("de-DE").number(3400), "3.400");
        assert_eq!(Locale::for_tag("fr").number(3400), "3\u{a0}400");
        assert_eq!(en.size(14_000), "14 KB");
        assert_eq!(en.size(3_200_000), "3.2 MB");
        assert_eq!(en.size(310_000_000), "310 MB");
        assert!(Locale::for_tag("de").size(3_200_000).starts_with("3,2 "));
    }

    #[test]
    fn today_shows_a_time_other_days_a_date() {
        let day = 1_710_423_900; // 2024-03-14
        let later = day + 400 * 86_400;
        let de = Locale::for_tag("de");
        let time = de.list_date(day, day);
        assert_eq!(time.len(), 5, "{time}");
        assert!(time.contains(':'));
        let date = de.list_date(day, later);
        assert_eq!(date.matches('.').count(), 2, "{date}");
        assert!(date.ends_with(".2024"), "{date}");
        let both = de.date_time(day, later);
        assert!(both.starts_with(&date) && both.ends_with(&time), "{both}");
        assert_eq!(de.date_time(day, day), time);
        let us = Locale::for_tag("en-US");
        assert!(us.list_date(day, day).ends_with('M'));
        assert!(us.list_date(day, later).ends_with("/2024"));
    }

    #[test]
    fn current_follows_the_language_in_use() {
        // Whatever the language is now, `current` formats like it.
        let now = Conventions::current();
        assert_eq!(Locale::current().number(1_234_567), now.number(1_234_567));
    }
}
