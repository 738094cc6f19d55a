//! How the list shows numbers, sizes and dates in the user's language:
//! digit grouping, human sizes, and "today: time, older: date" with a
//! numeric date order chosen from the language and region.

use postern::fl;

/// How a language writes numbers and dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Locale {
    pub group: &'static str,
    pub decimal: char,
    pub dates: DateOrder,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateOrder {
    /// 2025-03-14 (ISO 8601; also Swedish, Lithuanian, East Asian usage).
    Ymd,
    /// 14.03.2025
    DmyDots,
    /// 14/03/2025
    DmySlashes,
    /// 03/14/2025 (United States)
    Mdy,
}

impl Locale {
    /// The conventions of a language tag such as `en-US`, `de`, `pt-BR`.
    pub fn for_tag(tag: &str) -> Locale {
        let mut parts = tag.split(['-', '_', '.']);
        let lang = parts.next().unwrap_or("").to_ascii_lowercase();
        let region = parts
            .find(|p| p.len() == 2 && p.chars().all(|c| c.is_ascii_alphabetic()))
            .map(|p| p.to_ascii_uppercase())
            .unwrap_or_default();
        let (group, decimal) = match lang.as_str() {
            "en" | "ja" | "zh" | "ko" | "he" | "th" => (",", '.'),
            "de" | "nl" | "it" | "es" | "pt" | "da" | "id" | "tr" | "el" => (".", ','),
            "fr" | "ru" | "pl" | "cs" | "sk" | "sv" | "nb" | "fi" | "uk" | "hu" | "lt" => {
                ("\u{202f}", ',')
            }
            _ => (",", '.'),
        };
        let dates = match (lang.as_str(), region.as_str()) {
            ("en", "US") => DateOrder::Mdy,
            ("en", "GB" | "AU" | "NZ" | "IE" | "IN" | "ZA") => DateOrder::DmySlashes,
            ("en", _) => DateOrder::Ymd,
            ("de" | "ru" | "pl" | "cs" | "sk" | "fi" | "nb" | "da" | "uk" | "tr", _) => {
                DateOrder::DmyDots
            }
            ("fr" | "es" | "it" | "pt" | "el" | "id", _) => DateOrder::DmySlashes,
            _ => DateOrder::Ymd,
        };
        Locale {
            group,
            decimal,
            dates,
        }
    }

    /// The user's conventions: the catalog language in use, refined by the
    /// region of the environment's locale when it is the same language.
    pub fn current() -> Locale {
        let lang = postern::i18n::current_language();
        let env = ["LC_ALL", "LC_TIME", "LANG"]
            .iter()
            .filter_map(|v| std::env::var(v).ok())
            .find(|v| !v.is_empty() && v != "C" && v != "POSIX");
        match env {
            Some(env)
                if env
                    .to_ascii_lowercase()
                    .starts_with(&lang.to_ascii_lowercase()) =>
            {
                Locale::for_tag(&env)
            }
            _ => Locale::for_tag(&lang),
        }
    }

    /// 3400 -> "3,400".
    pub fn number(&self, n: u64) -> String {
        let digits = n.to_string();
        let mut out = String::with_capacity(digits.len() + digits.len() / 3 * 3);
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push_str(self.group);
            }
            out.push(c);
        }
        out
    }

    /// A size for people: "812 bytes", "14 KB", "3.2 MB" (decimal units).
    pub fn size(&self, bytes: u64) -> String {
        const K: f64 = 1000.0;
        let b = bytes as f64;
        if bytes < 1000 {
            return fl!("inbox-size-bytes", size = self.number(bytes));
        }
        let (value, unit) = if b < K * K {
            (b / K, 0)
        } else if b < K * K * K {
            (b / (K * K), 1)
        } else {
            (b / (K * K * K), 2)
        };
        let shown = if value < 10.0 {
            format!("{value:.1}").replace('.', &self.decimal.to_string())
        } else {
            self.number(value.round() as u64)
        };
        match unit {
            0 => fl!("inbox-size-kb", size = shown),
            1 => fl!("inbox-size-mb", size = shown),
            _ => fl!("inbox-size-gb", size = shown),
        }
    }

    /// The list's date column: the time for today, else the date.
    pub fn list_date(&self, unix: i64, now: i64) -> String {
        let at = local(unix);
        let today = local(now);
        if (at.year, at.month, at.day) == (today.year, today.month, today.day) {
            format!("{:02}:{:02}", at.hour, at.minute)
        } else {
            self.date(&at)
        }
    }

    /// Date and time, for status lines.
    pub fn date_time(&self, unix: i64, now: i64) -> String {
        let at = local(unix);
        let today = local(now);
        if (at.year, at.month, at.day) == (today.year, today.month, today.day) {
            format!("{:02}:{:02}", at.hour, at.minute)
        } else {
            format!("{} {:02}:{:02}", self.date(&at), at.hour, at.minute)
        }
    }

    fn date(&self, t: &Civil) -> String {
        let (y, m, d) = (t.year, t.month, t.day);
        match self.dates {
            DateOrder::Ymd => format!("{y:04}-{m:02}-{d:02}"),
            DateOrder::DmyDots => format!("{d:02}.{m:02}.{y:04}"),
            DateOrder::DmySlashes => format!("{d:02}/{m:02}/{y:04}"),
            DateOrder::Mdy => format!("{m:02}/{d:02}/{y:04}"),
        }
    }
}

/// A broken-down local time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Civil {
    pub year: i64,
    pub month: u32,
    pub day: u32,
    pub hour: u32,
    pub minute: u32,
}

/// `unix` in the local time zone (UTC where the platform cannot tell).
pub fn local(unix: i64) -> Civil {
    utc(unix + local_offset(unix))
}

#[cfg(unix)]
// time_t and tm_gmtoff are i64 on some platforms only.
#[allow(clippy::useless_conversion)]
fn local_offset(unix: i64) -> i64 {
    let t: libc::time_t = match unix.try_into() {
        Ok(t) => t,
        Err(_) => return 0,
    };
    // SAFETY: localtime_r only writes into the zeroed struct we own.
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    let ok = unsafe { !libc::localtime_r(&t, &mut tm).is_null() };
    if ok {
        i64::from(tm.tm_gmtoff)
    } else {
        0
    }
}

#[cfg(not(unix))]
fn local_offset(_unix: i64) -> i64 {
    0
}

/// `unix` as a UTC calendar date (proleptic Gregorian).
pub fn utc(unix: i64) -> Civil {
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
    let year = yoe + era * 400 + i64::from(month <= 2);
    Civil {
        year,
        month,
        day,
        hour: (secs / 3600) as u32,
        minute: (secs % 3600 / 60) as u32,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_dates() {
        assert_eq!(
            utc(0),
            Civil {
                year: 1970,
                month: 1,
                day: 1,
                hour: 0,
                minute: 0
            }
        );
        let t = utc(1_710_423_900); // 2024-03-14 13:45 UTC
        assert_eq!(
            (t.year, t.month, t.day, t.hour, t.minute),
            (2024, 3, 14, 13, 45)
        );
        let leap = utc(951_782_400); // 2000-02-29
        assert_eq!((leap.year, leap.month, leap.day), (2000, 2, 29));
        let before = utc(-86_400);
        assert_eq!((before.year, before.month, before.day), (1969, 12, 31));
    }

    #[test]
    fn numbers_and_sizes() {
        let en = Locale::for_tag("en");
        assert_eq!(en.number(0), "0");
        assert_eq!(en.number(999), "999");
        assert_eq!(en.number(3400), "3,400");
        assert_eq!(en.number(1_234_567), "1,234,567");
        assert_eq!(Locale::for_tag("de-DE").number(3400), "3.400");
        assert_eq!(en.size(812), "812 bytes");
        assert_eq!(en.size(14_000), "14 KB");
        assert_eq!(en.size(3_200_000), "3.2 MB");
        assert_eq!(en.size(310_000_000), "310 MB");
        assert_eq!(Locale::for_tag("de").size(3_200_000), "3,2 MB");
    }

    #[test]
    fn date_orders() {
        let day = 1_710_423_900; // 2024-03-14
        let later = day + 400 * 86_400;
        let d = |tag: &str| Locale::for_tag(tag).date(&utc(day));
        assert_eq!(d("en"), "2024-03-14");
        assert_eq!(d("en_US.UTF-8"), "03/14/2024");
        assert_eq!(d("en-GB"), "14/03/2024");
        assert_eq!(d("de"), "14.03.2024");
        assert_eq!(d("fr_FR"), "14/03/2024");
        assert_eq!(d("ja"), "2024-03-14");
        // Today shows a time, other days a date.
        let en = Locale::for_tag("en");
        assert_eq!(en.list_date(day, day).len(), 5);
        assert!(en.list_date(day, later).contains('-'));
    }
}
