/// The texts a user copies from the contacts: one person, or a region's whole contact block.
///
/// Sanitised, so copied text never carries control characters.
public enum ContactText {
    /// `Name <e-mail>, phone`.
    public static func person(_ p: Person) -> String {
        Sanitizer.clean(p.mailLine)
    }

    /// The region's contact people, then the submission address, its required subject line and deadline.
    public static func block(_ r: Region) -> String {
        var lines = ["Lokaal Addendum \(r.name)"]
        lines += r.contacts.people.map { p in
            var l = p.mailLine
            if let role = p.role { l += " — \(role)" }
            return l
        }
        let s = r.contacts.submission
        lines.append("")
        lines.append("Kandidatuur indienen: \(s.email)")
        lines.append("Onderwerp: " + (s.subject ?? "(geen onderwerp vereist)"))
        if let d = s.deadline { lines.append("Deadline: \(d)") }
        if let f = TimingFact.deadline(r), s.deadline == nil || f.contradiction { lines.append("Deadline: " + FactText.line(f, lang: .nl)) }
        return lines.map { Sanitizer.clean($0) }.joined(separator: "\n")
    }
}
