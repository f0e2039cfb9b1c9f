/// A vCard 4.0 (RFC 6350) for one contact person.
///
/// Values are escaped per RFC 6350 §3.4, control characters dropped, lines
/// folded at 75 octets, and every line ends in CRLF. A person who is the contact
/// of several regions (same e-mail, ignoring case) gets one card naming them all.
public enum VCard {
    /// One person's card for one region.
    public static func make(_ p: Person, region: Region) -> String { make(p, regions: [region]) }

    /// One card per person across the regions (same e-mail, ignoring case), in first-seen order,
    /// each naming every region the person is the contact for.
    public static func cards(_ regions: [Region]) -> String {
        var order: [String] = []
        var people: [String: (person: Person, regions: [Region])] = [:]
        for r in regions {
            for p in r.contacts.people {
                let key = p.email.lowercased()
                if people[key] == nil { order.append(key); people[key] = (p, []) }
                if !people[key]!.regions.contains(where: { $0.id == r.id }) { people[key]!.regions.append(r) }
            }
        }
        return order.map { make(people[$0]!.person, regions: people[$0]!.regions) }.joined()
    }

    /// One person's card naming the regions given.
    public static func make(_ p: Person, regions: [Region]) -> String {
        var lines = ["BEGIN:VCARD", "VERSION:4.0", "FN:" + escape(p.name)]
        let parts = p.name.split(separator: " ")
        if parts.count >= 2 {
            lines.append("N:" + escape(parts.dropFirst().joined(separator: " ")) + ";" + escape(String(parts[0])) + ";;;")
        }
        if let org = p.organisation { lines.append("ORG:" + escape(org)) }
        if let role = p.role { lines.append("TITLE:" + escape(role)) }
        lines.append("EMAIL;TYPE=work:" + escape(p.email))
        if let tel = p.phoneIntl { lines.append("TEL;VALUE=uri;TYPE=work:tel:" + ByteText.replacing(tel, " ", with: "-")) }
        let names = regions.map(\.name)
        let list = names.count <= 1 ? names.joined() : names.dropLast().joined(separator: ", ") + " and " + names.last!
        lines.append("NOTE:" + escape("Lokaal Addendum \(list) — Capacity Building Lokale Partnerschappen"))
        if names.count > 1 { lines.append("CATEGORIES:" + names.map(escape).joined(separator: ",")) }
        lines.append("END:VCARD")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    /// RFC 6350 §3.4 text (``ContentLine/escape(_:)``).
    static func escape(_ s: String) -> String { ContentLine.escape(s) }

    /// Folds a content line at 75 octets (``ContentLine/fold(_:)``).
    static func fold(_ line: String) -> String { ContentLine.fold(line) }
}
