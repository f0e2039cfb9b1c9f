/// Lays out ``Block``s as wrapped, sanitised ``StyledLine``s of at most `width` cells.
///
/// The one layout of addendum text: the command line prints these lines and
/// the browser draws them, so both wrap and label content the same way.
public enum BlockLayout {
    public static func lines(_ blocks: [Block], width: Int) -> [StyledLine] {
        guard width > 0 else { return [] }
        var out: [StyledLine] = []
        for block in blocks {
            switch block {
            case .heading(let t):
                out += Wrapper.wrap(Sanitizer.clean(t), width: width).map { StyledLine($0, .heading) }
            case .paragraph(let t):
                out += Wrapper.wrap(Sanitizer.clean(t), width: width).map { StyledLine($0) }
            case .note(let t):
                out += Wrapper.wrap(Sanitizer.clean(t), width: width).map { StyledLine($0, .dim) }
            case let .bullet(t, level):
                let lead = String(repeating: "  ", count: level) + "• "
                let leadWidth = DisplayWidth.of(lead)
                guard width > leadWidth + 1 else {
                    out += Wrapper.wrap(Sanitizer.clean(t), width: width).map { StyledLine($0) }
                    continue
                }
                let hang = String(repeating: " ", count: leadWidth)
                for (i, l) in Wrapper.wrap(Sanitizer.clean(t), width: width - leadWidth).enumerated() {
                    out.append(StyledLine([.init(i == 0 ? lead : hang, i == 0 ? .marker : .plain), .init(l)]))
                }
            case let .field(label, value):
                let head = Sanitizer.clean(label) + ":"
                let v = Sanitizer.clean(value)
                if v.isEmpty {
                    out += Wrapper.wrap(head, width: width).map { StyledLine($0, .label) }
                } else if DisplayWidth.of(head) + 1 + DisplayWidth.of(v) <= width,
                          case let single = Wrapper.wrap(v, width: width - DisplayWidth.of(head) - 1), single.count == 1 {
                    // Through the wrapper like every other text, so runs of white space read as one.
                    out.append(StyledLine([.init(head, .label), .init(" " + single[0])]))
                } else {
                    out += Wrapper.wrap(head, width: width).map { StyledLine($0, .label) }
                    let indent = width > 12 ? 2 : 0
                    out += Wrapper.wrap(v, width: width - indent).map { StyledLine(String(repeating: " ", count: indent) + $0) }
                }
            case let .bar(label, percent):
                let clean = Sanitizer.clean(label)
                if width >= 30 {
                    let barCells = max(5, min(20, width / 3))
                    let labelWidth = width - barCells - 6
                    out.append(StyledLine([.init(Wrapper.pad(clean, width: labelWidth) + " "), .init(Bar.glyphs(percent: percent, cells: barCells), .bar),
                                           .init(" " + Bar.pad3(percent) + "%")]))
                } else {
                    out += Wrapper.wrap(clean, width: width).map { StyledLine($0) }
                    let cells = max(1, width - 5)
                    out.append(StyledLine([.init(Bar.glyphs(percent: percent, cells: cells), .bar), .init(Wrapper.truncate(" " + Bar.pad3(percent) + "%", width: width - cells))]))
                }
            case .blank:
                out.append(.empty)
            }
        }
        return out
    }
}
