//! Numbers, sizes, dates and times as the language in use writes them.
//!
//! [`Conventions::for_tag`] maps a language tag to its separators, date
//! order and clock; [`Conventions::current`] is the one of the language in
//! use. The unit and month names come from the catalogs (`size-*`,
//! `date-month-short`). Times are local (`localtime_r` on Unix).

use i18n_embed::fluent::FluentLanguageLoader;

use super::{FORMAT_TAG, LANGUAGE_LOADER};

/// How a language writes numbers, dates and times.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Conventions {
    /// Between groups of three digits: "," "." or a no-break space.
    group: char,
    decimal: char,
    date: DateStyle,
    /// 2:05 PM rather than 14:05.
    twelve_hour: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum DateStyle {
    /// 27 Nov 2026: unambiguous, for English outside the United States.
    DayMonthNameYear,
    /// 11/27/2026 (United States).
    MonthDayYear,
    /// 27.11.2026
    Dots,
    /// 27/11/2026
    Slashes,
    /// 27-11-2026
    Dashes,
    /// 2026-11-27 (ISO 8601), for languages without a row here.
    Iso,
}

/// A no-break space: French and Polish group digits with a space that a
/// line break must not split. (Not the narrow U+202F, which some fonts
/// lack.)
const NBSP: char = '\u{a0}';

impl Conventions {
    /// The conventions of a language tag such as `en-US`, `de`, `pt-BR`
    /// (also `de_DE.UTF-8` as the environment writes it).
    pub fn for_tag(tag: &str) -> Conventions {
        let mut parts = tag.split(['-', '_', '.', '@']);
        let lang = parts.next().unwrap_or("").to_ascii_lowercase();
        let region = parts
            .find(|p| p.len() == 2 && p.chars().all(|c| c.is_ascii_alphabetic()))
            .map(|p| p.to_ascii_uppercase())
            .unwrap_or_default();
        let (group, decimal) = match lang.as_str() {
            "de" | "es" | "it" | "pt" | "nl" => ('.', ','),
            "fr" | "pl" => (NBSP, ','),
            _ => (',', '.'),
        };
        let date = match lang.as_str() {
            "en" if region == "US" => DateStyle::MonthDayYear,
            "en" => DateStyle::DayMonthNameYear,
            "de" | "pl" => DateStyle::Dots,
            "fr" | "es" | "it" | "pt" => DateStyle::Slashes,
            "nl" => DateStyle::Dashes,
            _ => DateStyle::Iso,
        };
        Conventions {
            group,
            decimal,
            date,
            twelve_hour: lang == "en" && region == "US",
        }
    }

    /// The conventions of the language in use.
    pub fn current() -> Conventions {
        let tag = match FORMAT_TAG.read() {
            Ok(tag) => tag.clone(),
            Err(poisoned) => poisoned.into_inner().clone(),
        };
        match tag {
            Some(tag) => Conventions::for_tag(&tag.to_string()),
            None => Conventions::for_tag(&super::current_language()),
        }
    }

    /// 3400 -> "3,400", "3.400", "3 400".
    pub fn number(&self, n: u64) -> String {
        let digits = n.to_string();
        let mut out = String::with_capacity(digits.len() * 2);
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push(self.group);
            }
            out.push(c);
        }
        out
    }

    /// A size for people in decimal units, one decimal below ten:
    /// "812 B", "14 KB", "3.4 MB"; unit names from the catalog in use.
    pub fn size(&self, bytes: u64) -> String {
        self.size_in(&LANGUAGE_LOADER, bytes)
    }

    fn size_in(&self, loader: &FluentLanguageLoader, bytes: u64) -> String {
        if bytes < 1000 {
            return i18n_embed_fl::fl!(loader, "size-bytes", value = self.number(bytes));
        }
        let bytes = u128::from(bytes);
        let (mut step, mut unit) = (0, 1000u128);
        let value = loop {
            let tenths = (bytes * 10 + unit / 2) / unit;
            if tenths < 100 {
                break format!("{}{}{}", tenths / 10, self.decimal, tenths % 10);
            }
            let whole = (bytes + unit / 2) / unit;
            if whole >= 1000 && step < 2 {
                // 999,999 bytes are "1.0 MB", not "1000 KB".
                step += 1;
                unit *= 1000;
                continue;
            }
            break self.number(u64::try_from(whole).unwrap_or(u64::MAX));
        };
        match step {
            0 => i18n_embed_fl::fl!(loader, "size-kb", value = value),
            1 => i18n_embed_fl::fl!(loader, "size-mb", value = value),
            _ => i18n_embed_fl::fl!(loader, "size-gb", value = value),
        }
    }

    /// The local time of day: "14:05", or "2:05 PM" in the United States.
    pub fn time(&self, unix: i64) -> String {
        self.time_of(&local_time(unix))
    }

    fn time_of(&self, t: &LocalTime) -> String {
        if self.twelve_hour {
            // English only (en-US), so the markers stay out of the catalogs.
            let hour = match t.hour % 12 {
                0 => 12,
                h => h,
            };
            let marker = if t.hour < 12 { "AM" } else { "PM" };
            format!("{hour}:{:02} {marker}", t.minute)
        } else {
            format!("{:02}:{:02}", t.hour, t.minute)
        }
    }

    /// The local date: "27 Nov 2026", "11/27/2026", "27.11.2026" ...
    pub fn date(&self, unix: i64) -> String {
        self.date_in(&LANGUAGE_LOADER, &local_time(unix))
    }

    fn date_in(&self, loader: &FluentLanguageLoader, t: &LocalTime) -> String {
        let (y, m, d) = (t.year, t.month, t.day);
        match self.date {
            DateStyle::DayMonthNameYear => {
                let month = i18n_embed_fl::fl!(loader, "date-month-short", month = m);
                format!("{d} {month} {y}")
            }
            DateStyle::MonthDayYear => format!("{m}/{d}/{y}"),
            DateStyle::Dots => format!("{d:02}.{m:02}.{y}"),
            DateStyle::Slashes => format!("{d:02}/{m:02}/{y}"),
            DateStyle::Dashes => format!("{d:02}-{m:02}-{y}"),
            DateStyle::Iso => format!("{y:04}-{m:02}-{d:02}"),
        }
    }

    /// The local date and time: "27.11.2026 14:05", "11/27/2026, 2:05 PM".
    pub fn date_time(&self, unix: i64) -> String {
        self.date_time_in(&LANGUAGE_LOADER, &local_time(unix))
    }

    fn date_time_in(&self, loader: &FluentLanguageLoader, t: &LocalTime) -> String {
        let date = self.date_in(loader, t);
        let time = self.time_of(t);
        match self.date {
            DateStyle::DayMonthNameYear | DateStyle::MonthDayYear => format!("{date}, {time}"),
            _ => format!("{date} {time}"),
        }
    }
}

/// 3400 -> "3,400" (en), "3.400" (de), "3 400" (fr, with a no-break space).
pub fn format_number(n: u64) -> String {
    Conventions::current().number(n)
}

/// 3,400,000 bytes -> "3.4 MB" (en), "3,4 MB" (de), "3,4 Mo" (fr).
pub fn format_size(bytes: u64) -> String {
    Conventions::current().size(bytes)
}

/// The local time of day: "14:05" ("2:05 PM" for en-US).
pub fn format_time(unix: i64) -> String {
    Conventions::current().time(unix)
}

/// The local date: "27 Nov 2026" (en), "11/27/2026" (en-US),
/// "27.11.2026" (de, pl), "27/11/2026" (fr, es, it, pt-BR), "27-11-2026" (nl).
pub fn format_date(unix: i64) -> String {
    Conventions::current().date(unix)
}

/// The local date and time: "27 Nov 2026, 14:05" (en), "27.11.2026 14:05" (de).
pub fn format_date_time(unix: i64) -> String {
    Conventions::current().date_time(unix)
}

/// A broken-down time, to the minute.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LocalTime {
    pub year: i64,
    /// 1 to 12.
    pub month: u32,
    /// 1 to 31.
    pub day: u32,
    pub hour: u32,
    pub minute: u32,
    pub second: u32,
    /// 0 (Sunday) to 6 (Saturday).
    pub weekday: u32,
}

impl LocalTime {
    /// Whether both fall on the same calendar day.
    pub fn same_day(&self, other: &LocalTime) -> bool {
        (self.year, self.month, self.day) == (other.year, other.month, other.day)
    }
}

/// `unix` in the local time zone (UTC where the platform cannot tell).
pub fn local_time(unix: i64) -> LocalTime {
    utc_time(unix.saturating_add(local_offset(unix)))
}

/// Seconds east of UTC of the local time zone at `unix`.
#[cfg(unix)]
// time_t and tm_gmtoff are i64 on most targets, narrower on a few.
#[allow(clippy::useless_conversion)]
fn local_offset(unix: i64) -> i64 {
    let t: libc::time_t = match unix.try_into() {
        Ok(t) => t,
        Err(_) => return 0,
    };
    // SAFETY: localtime_r only writes into the zeroed `tm` we own.
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    let ok = unsafe { !libc::localtime_r(&t, &mut tm).is_null() };
    if ok {
        i64::from(tm.tm_gmtoff)
    } else {
        0
    }
}

/// Windows and others: no `localtime_r`; UTC is shown, which is wrong by
/// the zone's offset but never by a day's order or a garbled date.
#[cfg(not(unix))]
fn local_offset(_unix: i64) -> i64 {
    0
}

/// `unix` as a UTC calendar date (proleptic Gregorian).
pub fn utc_time(unix: i64) -> LocalTime {
    let days = unix.div_euclid(86_400);
    let secs = unix.rem_euclid(86_400);
    // Howard Hinnant's days-to-civil.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    LocalTime {
        year: yoe + era * 400 + i64::from(month <= 2),
        month,
        day,
        hour: (secs / 3600) as u32,
        minute: (secs % 3600 / 60) as u32,
        second: (secs % 60) as u32,
        // 1970-01-01 was a Thursday.
        weekday: (days + 4).rem_euclid(7) as u32,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use i18n_embed::fluent::fluent_language_loader;
    use i18n_embed::unic_langid::LanguageIdentifier;
    use i18n_embed::LanguageLoader;

    /// A loader of its own for `tag`'s catalog: the tables below never
    /// touch the process-wide one, so they run in parallel with tests
    /// that read English.
    fn loader(tag: &str) -> FluentLanguageLoader {
        let loader: FluentLanguageLoader = fluent_language_loader!();
        let mut ids: Vec<LanguageIdentifier> = vec![tag.parse().unwrap()];
        if tag != "en" {
            ids.push("en".parse().unwrap());
        }
        loader
            .load_languages(&super::super::Localizations, &ids)
            .unwrap();
        loader.set_use_isolating(false);
        loader
    }

    const NOV_27_2026_1405: LocalTime = LocalTime {
        year: 2026,
        month: 11,
        day: 27,
        hour: 14,
        minute: 5,
        second: 0,
        weekday: 5,
    };
    const MAR_7_2026_0009: LocalTime = LocalTime {
        year: 2026,
        month: 3,
        day: 7,
        hour: 0,
        minute: 9,
        second: 0,
        weekday: 6,
    };

    /// (format tag, catalog, 3400, 1234567, 3.4 MB, 14 MB, 812 B, 1.5 GB,
    /// 27 Nov 2026, 7 Mar 2026, 14:05, 00:09, date and time).
    type Row = (&'static str, &'static str, [&'static str; 11]);

    const TABLE: &[Row] = &[
        (
            "en",
            "en",
            [
                "3,400",
                "1,234,567",
                "3.4 MB",
                "14 MB",
                "812 B",
                "1.5 GB",
                "27 Nov 2026",
                "7 Mar 2026",
                "14:05",
                "00:09",
                "27 Nov 2026, 14:05",
            ],
        ),
        (
            "en-GB",
            "en",
            [
                "3,400",
                "1,234,567",
                "3.4 MB",
                "14 MB",
                "812 B",
                "1.5 GB",
                "27 Nov 2026",
                "7 Mar 2026",
                "14:05",
                "00:09",
                "27 Nov 2026, 14:05",
            ],
        ),
        (
            "en-US",
            "en",
            [
                "3,400",
                "1,234,567",
                "3.4 MB",
                "14 MB",
                "812 B",
                "1.5 GB",
                "11/27/2026",
                "3/7/2026",
                "2:05 PM",
                "12:09 AM",
                "11/27/2026, 2:05 PM",
            ],
        ),
        (
            "de",
            "de",
            [
                "3.400",
                "1.234.567",
                "3,4 MB",
                "14 MB",
                "812 B",
                "1,5 GB",
                "27.11.2026",
                "07.03.2026",
                "14:05",
                "00:09",
                "27.11.2026 14:05",
            ],
        ),
        (
            "fr",
            "fr",
            [
                "3\u{a0}400",
                "1\u{a0}234\u{a0}567",
                "3,4 Mo",
                "14 Mo",
                "812 o",
                "1,5 Go",
                "27/11/2026",
                "07/03/2026",
                "14:05",
                "00:09",
                "27/11/2026 14:05",
            ],
        ),
        (
            "es",
            "es",
            [
                "3.400",
                "1.234.567",
                "3,4 MB",
                "14 MB",
                "812 B",
                "1,5 GB",
                "27/11/2026",
                "07/03/2026",
                "14:05",
                "00:09",
                "27/11/2026 14:05",
            ],
        ),
        (
            "it",
            "it",
            [
                "3.400",
                "1.234.567",
                "3,4 MB",
                "14 MB",
                "812 B",
                "1,5 GB",
                "27/11/2026",
                "07/03/2026",
                "14:05",
                "00:09",
                "27/11/2026 14:05",
            ],
        ),
        (
            "pt-BR",
            "pt-BR",
            [
                "3.400",
                "1.234.567",
                "3,4 MB",
                "14 MB",
                "812 B",
                "1,5 GB",
                "27/11/2026",
                "07/03/2026",
                "14:05",
                "00:09",
                "27/11/2026 14:05",
            ],
        ),
        (
            "nl",
            "nl",
            [
                "3.400",
                "1.234.567",
                "3,4 MB",
                "14 MB",
                "812 B",
                "1,5 GB",
                "27-11-2026",
                "07-03-2026",
                "14:05",
                "00:09",
                "27-11-2026 14:05",
            ],
        ),
        (
            "pl",
            "pl",
            [
                "3\u{a0}400",
                "1\u{a0}234\u{a0}567",
                "3,4 MB",
                "14 MB",
                "812 B",
                "1,5 GB",
                "27.11.2026",
                "07.03.2026",
                "14:05",
                "00:09",
                "27.11.2026 14:05",
            ],
        ),
    ];

    #[test]
    fn every_language_formats_by_its_conventions() {
        for (tag, catalog, expected) in TABLE {
            let c = Conventions::for_tag(tag);
            let l = loader(catalog);
            let got = [
                c.number(3400),
                c.number(1_234_567),
                c.size_in(&l, 3_400_000),
                c.size_in(&l, 14_000_000),
                c.size_in(&l, 812),
                c.size_in(&l, 1_500_000_000),
                c.date_in(&l, &NOV_27_2026_1405),
                c.date_in(&l, &MAR_7_2026_0009),
                c.time_of(&NOV_27_2026_1405),
                c.time_of(&MAR_7_2026_0009),
                c.date_time_in(&l, &NOV_27_2026_1405),
            ];
            assert_eq!(
                got.map(|s| s.to_string()),
                expected.map(String::from),
                "{tag}"
            );
        }
    }

    #[test]
    fn every_catalog_has_a_row() {
        for tag in crate::i18n::available_languages() {
            assert!(
                TABLE.iter().any(|(t, _, _)| *t == tag),
                "no formatting row for {tag}"
            );
        }
    }

    #[test]
    fn sizes_round_into_the_next_unit() {
        let en = Conventions::for_tag("en");
        let l = loader("en");
        let size = |b| en.size_in(&l, b);
        assert_eq!(size(0), "0 B");
        assert_eq!(size(999), "999 B");
        assert_eq!(size(1000), "1.0 KB");
        assert_eq!(size(9_949), "9.9 KB");
        assert_eq!(size(9_950), "10 KB");
        assert_eq!(size(999_499), "999 KB");
        assert_eq!(size(999_999), "1.0 MB");
        assert_eq!(size(310_000_000), "310 MB");
        assert_eq!(size(3_400_000_000_000), "3,400 GB");
        assert_eq!(size(u64::MAX), "18,446,744,074 GB");
        assert_eq!(en.number(0), "0");
        assert_eq!(en.number(999), "999");
        assert_eq!(en.number(1000), "1,000");
    }

    #[test]
    fn every_month_has_a_short_name() {
        for (catalog, _) in crate::i18n::LANGUAGE_NAMES {
            let l = loader(catalog);
            let names: Vec<String> = (1..=12u32)
                .map(|m| i18n_embed_fl::fl!(l, "date-month-short", month = m))
                .collect();
            let mut unique = names.clone();
            unique.sort();
            unique.dedup();
            assert_eq!(unique.len(), 12, "{catalog}: {names:?}");
        }
    }

    #[test]
    fn tags_as_the_environment_writes_them() {
        assert_eq!(
            Conventions::for_tag("en_US.UTF-8"),
            Conventions::for_tag("en-US")
        );
        assert_eq!(Conventions::for_tag("de_AT"), Conventions::for_tag("de"));
        assert_eq!(Conventions::for_tag("pt-PT"), Conventions::for_tag("pt-BR"));
        assert_eq!(Conventions::for_tag("ja").date, DateStyle::Iso);
    }

    #[test]
    fn civil_dates() {
        let t = utc_time(0);
        assert_eq!(
            (t.year, t.month, t.day, t.hour, t.minute),
            (1970, 1, 1, 0, 0)
        );
        let t = utc_time(1_710_423_900); // 2024-03-14 13:45 UTC
        assert_eq!(
            (t.year, t.month, t.day, t.hour, t.minute),
            (2024, 3, 14, 13, 45)
        );
        let leap = utc_time(951_782_400); // 2000-02-29
        assert_eq!((leap.year, leap.month, leap.day), (2000, 2, 29));
        let before = utc_time(-86_400);
        assert_eq!((before.year, before.month, before.day), (1969, 12, 31));
        assert!(utc_time(0).same_day(&utc_time(86_399)));
        assert!(!utc_time(0).same_day(&utc_time(86_400)));
    }

    #[cfg(unix)]
    #[test]
    fn local_time_follows_the_zone() {
        // TZ is read once per process by localtime_r; this only checks that
        // the offset is sane (whole minutes, within a day).
        let offset = local_offset(1_710_423_900);
        assert_eq!(offset % 60, 0);
        assert!(offset.abs() < 86_400);
    }
}
