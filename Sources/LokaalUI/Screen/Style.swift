/// What a cell on screen is, by meaning; the backend maps each to attributes and colours per look.
///
/// Views never pick colours: they say "this is the selection" or "this is a
/// search match", and the look decides how that is shown, in colour or mono.
public enum Style: UInt8, Sendable, CaseIterable {
    case normal, header, heading, label, dim, marker, selected, selectedDim, match, bar, hint, hintKey, border, status, error, overlay, overlayTitle

    /// One character standing for this style in golden attribute maps.
    public var code: Character {
        Array("nHhlgmSsMbtkBuEoO")[Int(rawValue)]
    }
}
