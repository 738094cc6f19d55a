//! Small building blocks shared by the screens: labelled form rows with an
//! inline error, section headings, notes and warning boxes.

use iced::widget::{column, container, row, text};
use iced::{Alignment, Element, Fill, Length};

/// Width of the label column of every form, so fields line up.
pub const LABEL_WIDTH: f32 = 190.0;
/// Width of the widest field of a form.
pub const FIELD_WIDTH: f32 = 360.0;

/// `label | field`, with `error` under the field when there is one.
pub fn field<'a, M: 'a>(
    label: String,
    input: impl Into<Element<'a, M>>,
    error: Option<String>,
) -> Element<'a, M> {
    let mut right = column![input.into()].spacing(4).width(Length::Fill);
    if let Some(error) = error {
        right = right.push(text(error).size(13).style(text::danger));
    }
    row![
        container(text(label))
            .width(LABEL_WIDTH)
            .padding(iced::Padding::ZERO.top(6)),
        right
    ]
    .spacing(12)
    .align_y(Alignment::Start)
    .into()
}

/// A row that starts under the fields (no label), for checkboxes.
pub fn indented<'a, M: 'a>(content: impl Into<Element<'a, M>>) -> Element<'a, M> {
    row![iced::widget::space().width(LABEL_WIDTH), content.into()]
        .spacing(12)
        .into()
}

pub fn title<'a, M: 'a>(label: String) -> Element<'a, M> {
    text(label).size(24).into()
}

pub fn heading<'a, M: 'a>(label: String) -> Element<'a, M> {
    text(label).size(17).style(text::primary).into()
}

/// Secondary explanatory text.
pub fn note<'a, M: 'a>(label: String) -> Element<'a, M> {
    text(label).size(14).style(text::secondary).into()
}

/// A highlighted box around a warning and whatever the user must do about it.
pub fn warning_box<'a, M: 'a>(content: impl Into<Element<'a, M>>) -> Element<'a, M> {
    container(content)
        .padding(12)
        .width(Fill)
        .style(|theme: &iced::Theme| {
            let palette = theme.extended_palette();
            container::Style {
                background: Some(palette.warning.weak.color.scale_alpha(0.35).into()),
                border: iced::Border {
                    color: palette.warning.strong.color,
                    width: 1.0,
                    radius: 6.0.into(),
                },
                text_color: Some(palette.background.base.text),
                ..container::Style::default()
            }
        })
        .into()
}

/// A box that groups a section of a form.
pub fn section<'a, M: 'a>(content: impl Into<Element<'a, M>>) -> Element<'a, M> {
    container(content)
        .padding(16)
        .width(Fill)
        .style(container::bordered_box)
        .into()
}

/// Parses a port typed by the user.
pub fn parse_port(s: &str) -> Option<u16> {
    s.trim().parse::<u16>().ok().filter(|p| *p > 0)
}
