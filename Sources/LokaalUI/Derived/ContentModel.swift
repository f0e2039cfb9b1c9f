import LokaalCore

/// The lines of the content pane for a region, section and open challenge, at a width.
///
/// For Challenges with none open it is a list: `items` gives the line range
/// of each challenge so the selection can be drawn and kept in view.
public struct ContentModel: Equatable, Sendable {
    public let lines: [StyledLine]
    /// Line ranges of the selectable items (challenges in the list), empty elsewhere.
    public let items: [Range<Int>]
    /// What the model was made from, to tell whether a kept one still fits the state.
    public let input: Input

    /// The inputs of a model: region id, section, open challenge, width, language and today.
    public struct Input: Equatable, Sendable {
        public let region: String
        public let section: Section
        public let openChallenge: Int?
        public let width: Int
        public let lang: Lang
        public let today: String
    }

    public init(region r: Region, section: Section, openChallenge: Int?, width: Int, lang: Lang, today: String) {
        input = Input(region: r.id, section: section, openChallenge: openChallenge, width: width, lang: lang, today: today)
        if section == .challenges, let open = openChallenge, r.challenges.indices.contains(open) {
            lines = BlockLayout.lines(SectionDocument.challenge(r.challenges[open], lang: lang), width: width)
            items = []
        } else if section == .challenges {
            var out = BlockLayout.lines(r.challengesIntro.map(Block.paragraph), width: width)
            var ranges: [Range<Int>] = []
            for c in r.challenges {
                out.append(.empty)
                let start = out.count
                let head = "\(Label.challenge[lang]) \(c.number) · \(c.personas.joined(separator: ", "))"
                out += Wrapper.wrap(Sanitizer.clean(head), width: width).map { StyledLine($0, .heading) }
                out += Wrapper.wrap(Sanitizer.clean(c.opening), width: width).prefix(3).map { StyledLine($0, .dim) }
                ranges.append(start..<out.count)
            }
            lines = out
            items = ranges
        } else if section == .contacts {
            var out = BlockLayout.lines([.paragraph(r.contacts.intro)], width: width)
            var ranges: [Range<Int>] = []
            for p in r.contacts.people {
                out.append(.empty)
                let start = out.count
                out += BlockLayout.lines(SectionDocument.person(p, lang: lang), width: width)
                ranges.append(start..<out.count)
            }
            out += BlockLayout.lines(SectionDocument.submission(r, lang: lang), width: width)
            out += BlockLayout.lines([.blank, .note(UIText.copyHint[lang])], width: width)
            lines = out
            items = ranges
        } else {
            var blocks = SectionDocument.blocks(r, section, lang: lang)
            if section == .overview, let fact = TimingFact.deadline(r), let status = Self.deadlineStatus(fact, today: today, lang: lang) {
                blocks.append(.field(label: Label.deadline[lang] + " · status", value: status))
            }
            if blocks.isEmpty { blocks = [.note("—")] }
            lines = BlockLayout.lines(blocks, width: width)
            items = []
        }
    }

    /// Open or closed by `today`; when the source gives the deadline twice and the readings disagree on it,
    /// the status by every reading, flagged (`⚠ closed (table) · open (summary) — …`). Nil without a dated reading.
    static func deadlineStatus(_ fact: TimingFact, today: String, lang: Lang) -> String? {
        func status(_ m: Milestone) -> String? {
            guard let last = m.dates.last else { return nil }
            // "Vóór" the day: the day itself is already too late.
            let closed = m.pattern == .before ? today >= last : today > last
            return closed ? UIText.deadlinePassed[lang] : UIText.deadlineOpen[lang]
        }
        let readings = fact.distinctReadings
        guard fact.contradiction, readings.count > 1 else { return readings.first.flatMap { status($0.milestone) } }
        // Every reading closed (or every one open): the status is not in doubt; the Deadline line above flags the dates.
        let statuses = Set(readings.compactMap { status($0.milestone) })
        if statuses.count == 1 { return statuses.first }
        let parts = readings.compactMap { r in status(r.milestone).map { "\($0) (\(FactText.place(r, lang: lang)))" } }
        guard !parts.isEmpty else { return nil }
        return FactText.mark + " " + parts.joined(separator: " · ") + " — " + Label.contradiction[lang]
    }

    /// What identifies a model: the same key always lays out the same lines.
    struct Key: Hashable, Sendable {
        let region: Int, section: Section, openChallenge: Int?, width: Int, lang: Lang, today: String
    }

    /// The model for a region (by index), kept with the atlas: the region search and the views ask
    /// for the same layout again and again, and it only changes with the width or the place.
    public static func cached(region: Int, section: Section, openChallenge: Int?, width: Int, lang: Lang, today: String,
                              atlas: Atlas) -> ContentModel {
        atlas.memoized(Key(region: region, section: section, openChallenge: openChallenge, width: width, lang: lang, today: today)) {
            ContentModel(region: atlas.regions[region], section: section, openChallenge: openChallenge,
                         width: width, lang: lang, today: today)
        }
    }

    /// The model for what `state` shows: the one the state keeps when it fits, else the one kept with the atlas.
    public static func current(_ state: AppState, atlas: Atlas, width: Int) -> ContentModel? {
        guard atlas.regions.indices.contains(state.region) else { return nil }
        let r = atlas.regions[state.region]
        let input = Input(region: r.id, section: state.currentSection, openChallenge: state.openChallenge, width: width, lang: state.lang, today: state.today)
        if let kept = state.content, kept.input == input { return kept }
        return cached(region: state.region, section: state.currentSection, openChallenge: state.openChallenge,
                      width: width, lang: state.lang, today: state.today, atlas: atlas)
    }
}
