import Foundation
import Testing

/// The rooms of LokaalUI keep their doors: views never call an update, updates never call a view,
/// and only the router and `RootView` switch over every mode.
@Suite struct RoomsTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Sources/LokaalUI").standardizedFileURL

    static func sources(_ room: String) throws -> [(name: String, text: String)] {
        let dir = root.appendingPathComponent(room)
        return try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".swift") }.sorted().map {
            ($0, try String(contentsOf: dir.appendingPathComponent($0), encoding: .utf8))
        }
    }

    /// Type names declared in a room's files (`enum X`, `struct X`).
    static func types(_ room: String) throws -> [String] {
        try sources(room).flatMap { file in
            file.text.split(separator: "\n").compactMap { line -> String? in
                let words = line.split(separator: " ")
                guard let i = words.firstIndex(where: { $0 == "enum" || $0 == "struct" }), i + 1 < words.count else { return nil }
                return String(words[i + 1].prefix { $0.isLetter || $0.isNumber })
            }
        }
    }

    @Test func viewsAndUpdatesDoNotCallEachOther() throws {
        let updates = try Self.types("Update"), views = try Self.types("Views")
        #expect(updates.contains("Controller") && views.contains("RootView"))
        for file in try Self.sources("Views") {
            for u in updates { #expect(!file.text.contains(u + "."), "Views/\(file.name) calls \(u)") }
        }
        for room in ["Update", "Derived", "Model"] {
            for file in try Self.sources(room) {
                for v in views { #expect(!file.text.contains(v + "."), "\(room)/\(file.name) calls \(v)") }
            }
        }
    }

    @Test func onlyTheRouterAndRootViewSwitchOverEveryMode() throws {
        var switching: [String] = []
        for room in ["Model", "Update", "Derived", "Views", "Input"] {
            for file in try Self.sources(room) where file.text.contains("switch s.mode {") && file.text.contains("case .results:") && file.text.contains("case .personas:") {
                switching.append("\(room)/\(file.name)")
            }
        }
        #expect(switching == ["Update/Controller.swift", "Views/RootView.swift"])
    }
}
