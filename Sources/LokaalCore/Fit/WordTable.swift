/// Numbers the distinct folded words of one region's text, for indexing without a String per word.
///
/// Words are split from the text as ``Analyzer/tokens(_:)`` splits them and folded the same
/// way; an ASCII word is lower-cased into a scratch buffer and looked up by its FNV-1a hash
/// in an open-addressing table, checked byte for byte against the stored word, so only a
/// word seen for the first time becomes a String.
struct WordTable {
    private(set) var words: [String] = []
    private var bytes: [UInt8] = []
    private var starts: [Int] = [0]
    private var hashes: [UInt64] = []
    private var slots = [Int32](repeating: -1, count: 1024)
    private var scratch: [UInt8] = []

    /// Appends the ids of the words of `text`, in order, to `out`.
    mutating func append(_ text: String, to out: inout [Int32]) {
        var text = text
        text.withUTF8 { b in
            Analyzer.forEachWord(b) { w in
                if w.allSatisfy({ $0 < 0x80 }) {
                    scratch.removeAll(keepingCapacity: true)
                    for c in w { scratch.append(c >= 0x41 && c <= 0x5A ? c | 0x20 : c) }
                } else {
                    scratch = Array(TextFolding.fold(String(decoding: w, as: UTF8.self)).utf8)
                }
                out.append(id(ofScratch: ()))
            }
        }
    }

    private mutating func id(ofScratch _: Void) -> Int32 {
        var h: UInt64 = 0xcbf29ce484222325
        for c in scratch { h = (h ^ UInt64(c)) &* 0x100000001b3 }
        let mask = slots.count - 1
        var at = Int(truncatingIfNeeded: h ^ (h >> 29)) & mask
        while true {
            let id = slots[at]
            if id < 0 { break }
            let i = Int(id)
            if hashes[i] == h, starts[i + 1] - starts[i] == scratch.count,
               bytes[starts[i]..<starts[i + 1]].elementsEqual(scratch) { return id }
            at = (at + 1) & mask
        }
        let id = Int32(words.count)
        words.append(String(decoding: scratch, as: UTF8.self))
        bytes += scratch
        starts.append(bytes.count)
        hashes.append(h)
        slots[at] = id
        if words.count * 2 > slots.count { grow() }
        return id
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for (i, h) in hashes.enumerated() {
            var at = Int(truncatingIfNeeded: h ^ (h >> 29)) & mask
            while slots[at] >= 0 { at = (at + 1) & mask }
            slots[at] = Int32(i)
        }
    }
}
