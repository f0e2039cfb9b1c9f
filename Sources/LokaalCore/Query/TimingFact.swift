/// One dated fact of a region's timetable with every reading the source gives of it.
///
/// A fact is a table row (launch, deadline, …) together with the summary lines that
/// restate it (`deadline` → deadline, `matching` → pitches, `communication` →
/// decision). When the readings name different days or times the source
/// contradicts itself: `contradiction` is true and every summary must show every
/// reading, flagged. Readings that agree are one fact, shown once.
public struct TimingFact: Sendable, Equatable {
    /// The table's kind for the fact.
    public let kind: Milestone.Kind
    /// The table row first (when there is one), then the summary lines, in source order.
    public let readings: [TimingReading]
    /// The region's notes on any of the readings (a `contradiction` note says what the source says).
    public let notes: [DataNote]

    /// True when the readings disagree on the day or the time.
    public var contradiction: Bool {
        guard let first = readings.first?.milestone else { return false }
        return readings.dropFirst().contains { !$0.milestone.sameMoment(as: first) }
    }

    /// Every distinct reading, the first included: one when the source agrees with itself, more when it does not.
    public var distinctReadings: [TimingReading] {
        var out: [TimingReading] = []
        for r in readings where !out.contains(where: { $0.milestone.sameMoment(as: r.milestone) }) { out.append(r) }
        return out
    }

    /// The table kind a summary line's kind restates.
    public static func tableKind(_ k: Milestone.Kind) -> Milestone.Kind {
        switch k {
        case .matching: .pitches
        case .communication: .decision
        default: k
        }
    }

    /// Every fact of the region: one per table row, in table order, each with the
    /// summary lines of its kind; a summary line with no table row is a fact of its own.
    public static func facts(_ r: Region) -> [TimingFact] {
        var groups: [(kind: Milestone.Kind, readings: [TimingReading])] = []
        for (i, m) in r.timing.milestones.enumerated() {
            groups.append((m.kind, [TimingReading(place: .table(i), milestone: m)]))
        }
        for (i, s) in r.timing.summary.enumerated() {
            guard let m = s.milestone else { continue }
            let reading = TimingReading(place: .summary(i), milestone: m)
            if let g = groups.firstIndex(where: { $0.kind == tableKind(m.kind) }) { groups[g].readings.append(reading) }
            else { groups.append((tableKind(m.kind), [reading])) }
        }
        return groups.map { g in
            // A note is about a reading when its path is the reading's or lies below it.
            let paths = g.readings.map { (whole: $0.path, member: $0.path + ".", element: $0.path + "[") }
            let notes = r.notes.filter { n in
                paths.contains { n.path == $0.whole || n.path.hasPrefix($0.member) || n.path.hasPrefix($0.element) }
            }
            return TimingFact(kind: g.kind, readings: g.readings, notes: notes)
        }
    }

    /// The region's application deadline with every reading; nil when it has none.
    public static func deadline(_ r: Region) -> TimingFact? {
        facts(r).first { $0.kind == .deadline }
    }
}
