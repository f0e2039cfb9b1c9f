/// A contact person of a region.
///
/// `phone` is as written; `phoneIntl` the same number in +32 form. A name the
/// source writes oddly keeps that spelling in `nameAsWritten`.
public struct Person: Codable, Sendable, Equatable {
    public var name: String
    public var nameAsWritten: String?
    public var role: String?
    public var organisation: String?
    public var email: String
    public var phone: String?
    public var phoneIntl: String?

    /// `Name <e-mail>, phone`: the line a user pastes into a mail.
    public var mailLine: String {
        var line = "\(name) <\(email)>"
        if let phone = phoneIntl ?? phone { line += ", \(phone)" }
        return line
    }
}
