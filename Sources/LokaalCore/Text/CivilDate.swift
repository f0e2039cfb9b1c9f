
/// Day arithmetic on ISO dates (`2023-06-09`) without a calendar library.
///
/// Proleptic Gregorian days since 1970-01-01 (Howard Hinnant's `days_from_civil`),
/// so nothing at start touches ICU.
public enum CivilDate {
    /// Days since 1970-01-01 for an ISO date (years 0 and later); nil when it is not one.
    public static func days(_ iso: String) -> Int? {
        let p = iso.split(separator: "-").compactMap { Int($0) }
        guard p.count == 3 else { return nil }
        let y = p[1] <= 2 ? p[0] - 1 : p[0], m = p[1], d = p[2]
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// The ISO date for days since 1970-01-01.
    public static func iso(_ days: Int) -> String {
        let z = days + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(y)-\(two(m))-\(two(d))"
    }


    /// `iso` moved by `n` days; `iso` itself when it is not a date.
    public static func adding(_ n: Int, to iso: String) -> String {
        days(iso).map { Self.iso($0 + n) } ?? iso
    }
}
