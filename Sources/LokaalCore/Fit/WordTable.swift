/// Numbers the distinct folded words of one region's text, for indexing without a String per word.
///
/// Words are split from the text as ``Analyzer/tokens(_:)`` splits them and folded the same
/// way; an ASCII word is lower-cased into a scratch buffer and looked up by its FNV-1a hash
/// (checked against the stored word), so only a word seen for the first time becomes a String.
struct WordTable {
    private(set) var words: [String] = []
    private var byHash: [UInt64: Int32] = [:]
    private var collided: [String: Int32] = [:]
    private var scratch: [UInt8] = []

    /// The ids of the words of `text`, in order.
    mutating func ids(of text: String) -> [Int32] {
        var out: [Int32] = []
        var text = text
        text.withUTF8 { b in
            Analyzer.forEachWord(b) { w in
                if w.allSatisfy({ $0 < 0x80 }) {
                    scratch.removeAll(keepingCapacity: true)
                    for c in w { scratch.append(c >= 0x41 && c <= 0x5A ? c | 0x20 : c) }
                    out.append(scratch.withUnsafeBufferPointer { id(of: $0) })
                } else {
                    var folded = TextFolding.fold(String(decoding: w, as: UTF8.self))
                    out.append(folded.withUTF8 { id(of: $0) })
                }
            }
        }
        return out
    }

    private mutating func id(of bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        var h: UInt64 = 0xcbf29ce484222325
        for c in bytes { h = (h ^ UInt64(c)) &* 0x100000001b3 }
        if let id = byHash[h] {
            if words[Int(id)].utf8.elementsEqual(bytes) { return id }
            let s = String(decoding: bytes, as: UTF8.self)
            if let other = collided[s] { return other }
            let new = Int32(words.count)
            words.append(s)
            collided[s] = new
            return new
        }
        let new = Int32(words.count)
        words.append(String(decoding: bytes, as: UTF8.self))
        byHash[h] = new
        return new
    }
}
