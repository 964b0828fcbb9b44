import Foundation

/// The date an export's name carries.
///
/// Exists so every export (XML bundle, JSON-LD, HTML pages) names its output by the same day,
/// whichever module writes it.
public enum ExportDate {
    /// Today's date in the local time zone, `YYYY-MM-DD`.
    public static func today() -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: Date())
    }
}
