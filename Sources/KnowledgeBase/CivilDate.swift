/// A calendar date as the format writes it (`YYYY-MM-DD`), with day arithmetic.
///
/// Exists because review dates are compared and counted in days ("due within 30 days"), and a
/// date needs no time zone or Foundation calendar for that.
public struct CivilDate: Sendable, Comparable, Hashable, CustomStringConvertible {
    /// Days since 1970-01-01.
    public let day: Int

    public init(day: Int) { self.day = day }

    /// Parses `YYYY-MM-DD`; nil for anything else.
    public init?(_ text: String) {
        let parts = text.split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, let y = Int(parts[0]), let m = Int(parts[1]),
            let d = Int(parts[2])
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// The date of a year, month (1–12) and day (1–31); nil out of range.
    public init?(year y: Int, month m: Int, day d: Int) {
        guard (1...12).contains(m), (1...31).contains(d) else { return nil }
        // Days from civil (Howard Hinnant's algorithm).
        let year = m <= 2 ? y - 1 : y
        let era = (year >= 0 ? year : year - 399) / 400
        let yearOfEra = year - era * 400
        let dayOfYear = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        day = era * 146_097 + dayOfEra - 719_468
    }

    /// Today in UTC.
    public static func today() -> CivilDate {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        return CivilDate(day: Int(now.tv_sec) / 86_400)
    }

    public func adding(days: Int) -> CivilDate { CivilDate(day: day + days) }

    public static func - (a: CivilDate, b: CivilDate) -> Int { a.day - b.day }
    public static func < (a: CivilDate, b: CivilDate) -> Bool { a.day < b.day }

    public var description: String {
        let (y, m, d) = parts
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(y)-\(two(m))-\(two(d))"
    }

    /// The year, month (1–12) and day of the month (1–31).
    public var parts: (year: Int, month: Int, day: Int) {
        let z = day + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let d = dayOfYear - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }
}

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
