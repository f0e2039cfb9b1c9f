/// One displayable piece of an addendum section: a heading, a paragraph, a bullet, a labelled field, a bar.
///
/// Sections are built once as blocks (``SectionDocument``); the command line
/// prints them as wrapped text and the browser draws them in a pane, so both
/// show exactly the same content.
public enum Block: Equatable, Sendable {
    case heading(String)
    case paragraph(String)
    case bullet(String, level: Int)
    case field(label: String, value: String)
    case bar(label: String, percent: Int)
    case note(String)
    case blank
}
