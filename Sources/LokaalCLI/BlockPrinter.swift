import LokaalCore

/// Prints ``Block``s as wrapped plain text (via ``BlockLayout``), bold for headings and labels on a colour terminal.
public enum BlockPrinter {
    public static func lines(_ blocks: [Block], style: OutputStyle, indent: Int = 0) -> [String] {
        let pad = String(repeating: " ", count: indent)
        return BlockLayout.lines(blocks, width: style.width - indent).map { line in
            pad + line.runs.map { run in
                switch run.role {
                case .heading, .label: style.bold(run.text)
                case .dim: style.dim(run.text)
                default: run.text
                }
            }.joined()
        }
    }
}
