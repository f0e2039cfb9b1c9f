/// The fast decode's unknown-key check: per object, how many members there are and
/// how many the type read.
///
/// Synthesized `Decodable` reads every key it knows once, so an object whose
/// members were not all read has a member its `CodingKeys` do not name. One slot
/// per object and one increment per member read cost far less than asking
/// `Key(stringValue:)` of every member (a string switch over every case); the decode
/// that logs does that, to say which key and suggest another.
final class KeyTally {
    private var members: [Int32] = []
    private var reads: [Int32] = []

    init() {
        members.reserveCapacity(256)
        reads.reserveCapacity(256)
    }

    /// A new object with `count` members (`$schema` at the top not counted); its slot.
    func open(members count: Int) -> Int {
        members.append(Int32(truncatingIfNeeded: count))
        reads.append(0)
        return members.count - 1
    }

    /// A member of the object in `slot` was read.
    func read(_ slot: Int) { reads[slot] &+= 1 }

    /// True when every object's members were all read.
    var everyMemberRead: Bool { members == reads }
}
