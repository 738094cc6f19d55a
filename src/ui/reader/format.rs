//! Dates in local time and sizes, worded by the catalog.

use postern::fl;

/// `Thu, 13 Mar 2025, 12:11` in local time (names from the catalog).
pub fn date(secs: i64) -> String {
    let local = secs.saturating_add(local_offset(secs));
    let days = local.div_euclid(86_400);
    let rem = local.rem_euclid(86_400);
    let (year, month, day) = civil_from_days(days);
    // 1970-01-01 was a Thursday.
    let weekday = (days + 4).rem_euclid(7);
    fl!(
        "reader-date-format",
        weekday = fl!("reader-weekday", day = weekday),
        day = day,
        month = fl!("reader-month", month = month),
        year = year,
        time = format!("{:02}:{:02}", rem / 3600, rem % 3600 / 60)
    )
}

/// Howard Hinnant's civil_from_days: (year, month 1-12, day 1-31).
fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(month <= 2), month, day)
}

/// Seconds east of UTC of the local time zone at `secs`.
#[cfg(unix)]
// time_t and c_long are i64 on most targets, narrower on a few.
#[allow(irrefutable_let_patterns, clippy::useless_conversion)]
fn local_offset(secs: i64) -> i64 {
    let Ok(t) = libc::time_t::try_from(secs) else {
        return 0;
    };
    // SAFETY: localtime_r only writes into the `tm` we own.
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    let ok = unsafe { !libc::localtime_r(&t, &mut tm).is_null() };
    if ok {
        i64::from(tm.tm_gmtoff)
    } else {
        0
    }
}

#[cfg(not(unix))]
fn local_offset(_secs: i64) -> i64 {
    0
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
    fn calendar() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        // 2025-03-13
        assert_eq!(civil_from_days(20_160), (2025, 3, 13));
        assert_eq!(civil_from_days(-1), (1969, 12, 31));
    }

    #[test]
    fn sizes() {
        assert_eq!(size(512), "512 B");
        assert_eq!(size(3_400_000), "3.4 MB");
    }
}
