
/// A vCard 4.0 (RFC 6350) for one contact person.
///
/// Values are escaped per RFC 6350 §3.4, control characters dropped, lines
/// folded at 75 octets, and every line ends in CRLF.
public enum VCard {
    public static func make(_ p: Person, region: Region) -> String {
        var lines = ["BEGIN:VCARD", "VERSION:4.0", "FN:" + escape(p.name)]
        let parts = p.name.split(separator: " ")
        if parts.count >= 2 {
            lines.append("N:" + escape(parts.dropFirst().joined(separator: " ")) + ";" + escape(String(parts[0])) + ";;;")
        }
        if let org = p.organisation { lines.append("ORG:" + escape(org)) }
        if let role = p.role { lines.append("TITLE:" + escape(role)) }
        lines.append("EMAIL;TYPE=work:" + escape(p.email))
        if let tel = p.phoneIntl { lines.append("TEL;VALUE=uri;TYPE=work:tel:" + tel.replacingOccurrences(of: " ", with: "-")) }
        lines.append("NOTE:" + escape("Lokaal Addendum \(region.name) — Capacity Building Lokale Partnerschappen"))
        lines.append("END:VCARD")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    static func escape(_ s: String) -> String {
        var out = ""
        for c in Sanitizer.clean(s) {
            switch c {
            case "\\": out += "\\\\"
            case ",": out += "\\,"
            case ";": out += "\\;"
            default: out.append(c)
            }
        }
        return out
    }

    /// Folds a content line at 75 octets without splitting a UTF-8 sequence.
    static func fold(_ line: String) -> String {
        var out = "", count = 0
        for c in line {
            let n = String(c).utf8.count
            if count + n > 75 { out += "\r\n "; count = 1 }
            out.append(c); count += n
        }
        return out
    }
}
