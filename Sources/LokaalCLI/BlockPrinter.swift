import LokaalCore

/// Prints ``Block``s as wrapped plain text, every piece of data sanitised.
public enum BlockPrinter {
    public static func lines(_ blocks: [Block], style: OutputStyle, indent: Int = 0) -> [String] {
        let pad = String(repeating: " ", count: indent)
        let width = style.width - indent
        var out: [String] = []
        for block in blocks {
            switch block {
            case .heading(let t):
                out += Wrapper.wrap(Sanitizer.clean(t), width: width).map { pad + style.bold($0) }
            case .paragraph(let t):
                out += Wrapper.wrap(Sanitizer.clean(t), width: width).map { pad + $0 }
            case .note(let t):
                out += Wrapper.wrap(Sanitizer.clean(t), width: width).map { pad + style.dim($0) }
            case let .bullet(t, level):
                let lead = String(repeating: "  ", count: level) + "• "
                let hang = String(repeating: " ", count: DisplayWidth.of(lead))
                let wrapped = Wrapper.wrap(Sanitizer.clean(t), width: width - hang.count)
                for (i, l) in wrapped.enumerated() { out.append(pad + (i == 0 ? lead : hang) + l) }
            case let .field(label, value):
                let head = Sanitizer.clean(label) + ":"
                if value.isEmpty { out.append(pad + style.bold(head)); continue }
                let wrapped = Wrapper.wrap(Sanitizer.clean(value), width: max(10, width - 2))
                let inline = DisplayWidth.of(head) + 1 + DisplayWidth.of(value) <= width
                if inline { out.append(pad + style.bold(head) + " " + Sanitizer.clean(value)) }
                else { out.append(pad + style.bold(head)); out += wrapped.map { pad + "  " + $0 } }
            case let .bar(label, percent):
                out.append(pad + Bar.line(label: Sanitizer.clean(label), percent: percent, width: width))
            case .blank:
                out.append("")
            }
        }
        return out
    }
}
