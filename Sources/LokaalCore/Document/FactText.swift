/// How a summary line shows a dated fact: the one reading, or every reading flagged.
///
/// A fact the source contradicts reads `⚠ vrijdag 9 juni 2023 om 23u59 (table) ·
/// Vrijdag 2 juni 2023 om 23u59 (summary) — the source contradicts itself`, so a
/// reader cannot miss the other date. `⚠` is the mark everywhere (plain, JSON
/// consumers get a `contradiction` field).
public enum FactText {
    /// The contradiction mark.
    public static let mark = "⚠"

    /// The fact as one line: the text as written, with every other reading when contradicted.
    public static func line(_ f: TimingFact, lang l: Lang) -> String {
        let readings = f.distinctReadings
        guard f.contradiction, readings.count > 1 else {
            return reading(readings.first?.milestone, lang: l)
        }
        let parts = readings.map { "\(reading($0.milestone, lang: l)) (\(place($0, lang: l)))" }
        return "\(mark) " + parts.joined(separator: " · ") + " — " + Label.contradiction[l]
    }

    /// The text as written, with `(year not in source)` when the year was inferred.
    public static func reading(_ m: Milestone?, lang l: Lang) -> String {
        guard let m else { return "—" }
        return m.text + (m.yearInferred == true ? " (\(Label.yearInferred[l]))" : "")
    }

    /// `table` or `summary`, in the interface language.
    public static func place(_ r: TimingReading, lang l: Lang) -> String {
        switch r.place {
        case .table: Label.inTable[l]
        case .summary: Label.inSummary[l]
        }
    }
}
