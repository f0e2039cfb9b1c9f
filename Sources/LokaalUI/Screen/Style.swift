/// What a cell on screen is, by meaning; the backend maps each to attributes and colours per look.
///
/// Views never pick colours: they say "this is the selection" or "this is a
/// search match", and the look decides how that is shown, in colour or mono.
public enum Style: UInt8, Sendable, CaseIterable {
    case normal, header, heading, label, dim, marker, selected, selectedDim, match, bar, hint, hintKey, border, status, error, overlay, overlayTitle
    /// A date that has passed (the timeline's milestones before today).
    case past
    /// A contradiction mark: the source says two things (`⚠`).
    case warning
    /// Today's line in the timeline.
    case today

    /// One character standing for this style in golden attribute maps.
    public var code: Character {
        Array("nHhlgmSsMbtkBuEoOpwT")[Int(rawValue)]
    }
}
