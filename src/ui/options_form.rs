//! Download options of one account, shared by the wizard's last step and
//! the settings pane: leave messages on the server (and delete them after
//! N days), check at startup and every N minutes, a size limit.

use iced::widget::{checkbox, column, row, text, text_input};
use iced::{Alignment, Element};

use postern::account::{DownloadOptions, OversizePolicy};
use postern::fl;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OptionsForm {
    pub leave_on_server: bool,
    pub delete_after: bool,
    pub delete_after_days: String,
    pub check_at_startup: bool,
    pub check_every: bool,
    pub check_every_minutes: String,
    pub size_limit: bool,
    /// In kilobytes.
    pub size_limit_kb: String,
    pub headers_only: bool,
    delete_when_deleted_locally: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Message {
    LeaveToggled(bool),
    DeleteAfterToggled(bool),
    DaysChanged(String),
    StartupToggled(bool),
    EveryToggled(bool),
    MinutesChanged(String),
    LimitToggled(bool),
    LimitChanged(String),
    HeadersOnlyToggled(bool),
    Submit,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Errors {
    pub days: Option<String>,
    pub minutes: Option<String>,
    pub limit: Option<String>,
}

impl Errors {
    pub fn is_empty(&self) -> bool {
        *self == Errors::default()
    }
}

impl Default for OptionsForm {
    fn default() -> Self {
        OptionsForm::from_options(&DownloadOptions::default())
    }
}

fn positive(s: &str) -> Option<u32> {
    s.trim().parse::<u32>().ok().filter(|n| *n > 0)
}

impl OptionsForm {
    pub fn from_options(o: &DownloadOptions) -> OptionsForm {
        OptionsForm {
            leave_on_server: o.leave_on_server,
            delete_after: o.delete_after_days.is_some(),
            delete_after_days: o.delete_after_days.unwrap_or(14).to_string(),
            check_at_startup: o.check_at_startup,
            check_every: o.check_every_minutes.is_some(),
            check_every_minutes: o.check_every_minutes.unwrap_or(10).to_string(),
            size_limit: o.size_limit.is_some(),
            size_limit_kb: o.size_limit.map(|b| b / 1024).unwrap_or(2048).to_string(),
            headers_only: o.oversize == OversizePolicy::Headers,
            delete_when_deleted_locally: o.delete_when_deleted_locally,
        }
    }

    pub fn update(&mut self, message: Message) {
        match message {
            Message::LeaveToggled(on) => self.leave_on_server = on,
            Message::DeleteAfterToggled(on) => self.delete_after = on,
            Message::DaysChanged(v) => self.delete_after_days = v,
            Message::StartupToggled(on) => self.check_at_startup = on,
            Message::EveryToggled(on) => self.check_every = on,
            Message::MinutesChanged(v) => self.check_every_minutes = v,
            Message::LimitToggled(on) => self.size_limit = on,
            Message::LimitChanged(v) => self.size_limit_kb = v,
            Message::HeadersOnlyToggled(on) => self.headers_only = on,
            Message::Submit => {}
        }
    }

    pub fn errors(&self) -> Errors {
        let number = || Some(fl!("wizard-error-number"));
        Errors {
            days: (self.leave_on_server
                && self.delete_after
                && positive(&self.delete_after_days).is_none())
            .then(number)
            .flatten(),
            minutes: (self.check_every && positive(&self.check_every_minutes).is_none())
                .then(number)
                .flatten(),
            limit: (self.size_limit && positive(&self.size_limit_kb).is_none())
                .then(number)
                .flatten(),
        }
    }

    pub fn to_options(&self) -> DownloadOptions {
        DownloadOptions {
            leave_on_server: self.leave_on_server,
            delete_after_days: (self.leave_on_server && self.delete_after)
                .then(|| positive(&self.delete_after_days))
                .flatten(),
            delete_when_deleted_locally: self.leave_on_server && self.delete_when_deleted_locally,
            size_limit: self
                .size_limit
                .then(|| positive(&self.size_limit_kb).map(|kb| u64::from(kb) * 1024))
                .flatten(),
            oversize: if self.headers_only {
                OversizePolicy::Headers
            } else {
                OversizePolicy::Skip
            },
            check_at_startup: self.check_at_startup,
            check_every_minutes: self
                .check_every
                .then(|| positive(&self.check_every_minutes))
                .flatten(),
        }
    }

    pub fn view(&self) -> Element<'_, Message> {
        let errors = self.errors();
        let number = |value: &str, on: fn(String) -> Message, enabled: bool| {
            text_input("", value)
                .on_input_maybe(enabled.then_some(on))
                .on_submit(Message::Submit)
                .padding(6)
                .width(80)
        };
        let inline = |before: Element<'static, Message>,
                      input: iced::widget::TextInput<'static, Message>,
                      after: String,
                      error: Option<String>| {
            let mut line = row![before, input, text(after)]
                .spacing(8)
                .align_y(Alignment::Center);
            if let Some(error) = error {
                line = line.push(text(error).size(13).style(text::danger));
            }
            line
        };

        let mut content = column![checkbox(self.leave_on_server)
            .label(fl!("wizard-options-leave"))
            .on_toggle(Message::LeaveToggled)]
        .spacing(12);
        if self.leave_on_server {
            content = content.push(indented_small(inline(
                checkbox(self.delete_after)
                    .label(fl!("wizard-options-delete-after"))
                    .on_toggle(Message::DeleteAfterToggled)
                    .into(),
                number(
                    &self.delete_after_days,
                    Message::DaysChanged,
                    self.delete_after,
                ),
                fl!("wizard-options-days"),
                errors.days,
            )));
        } else {
            content = content.push(indented_small(
                text(fl!("wizard-options-delete-note"))
                    .size(14)
                    .style(text::secondary),
            ));
        }
        content = content
            .push(
                checkbox(self.check_at_startup)
                    .label(fl!("wizard-options-startup"))
                    .on_toggle(Message::StartupToggled),
            )
            .push(inline(
                checkbox(self.check_every)
                    .label(fl!("wizard-options-every"))
                    .on_toggle(Message::EveryToggled)
                    .into(),
                number(
                    &self.check_every_minutes,
                    Message::MinutesChanged,
                    self.check_every,
                ),
                fl!("wizard-options-minutes"),
                errors.minutes,
            ))
            .push(inline(
                checkbox(self.size_limit)
                    .label(fl!("wizard-options-limit"))
                    .on_toggle(Message::LimitToggled)
                    .into(),
                number(&self.size_limit_kb, Message::LimitChanged, self.size_limit),
                fl!("wizard-options-kb"),
                errors.limit,
            ));
        if self.size_limit {
            content = content.push(indented_small(
                checkbox(self.headers_only)
                    .label(fl!("wizard-options-headers-only"))
                    .on_toggle(Message::HeadersOnlyToggled),
            ));
        }
        content.into()
    }
}

fn indented_small<'a>(content: impl Into<Element<'a, Message>>) -> Element<'a, Message> {
    row![iced::widget::space().width(28), content.into()].into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn options_round_trip_and_validate() {
        let mut f = OptionsForm::default();
        assert_eq!(f.to_options(), DownloadOptions::default());
        f.update(Message::DeleteAfterToggled(true));
        f.update(Message::DaysChanged("30".into()));
        f.update(Message::LimitToggled(true));
        f.update(Message::LimitChanged("100".into()));
        f.update(Message::EveryToggled(false));
        let o = f.to_options();
        assert_eq!(o.delete_after_days, Some(30));
        assert_eq!(o.size_limit, Some(100 * 1024));
        assert_eq!(o.check_every_minutes, None);
        assert_eq!(OptionsForm::from_options(&o).to_options(), o);

        f.update(Message::DaysChanged("soon".into()));
        assert!(f.errors().days.is_some());
        f.update(Message::LeaveToggled(false));
        assert!(
            f.errors().is_empty(),
            "days do not matter when deleting at once"
        );
        assert_eq!(f.to_options().delete_after_days, None);
    }
}
