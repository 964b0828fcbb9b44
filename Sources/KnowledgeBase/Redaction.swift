import Synchronization

/// Removes personal data from text a caller typed before it is logged or stored.
///
/// Exists because guides sometimes type a caller's personnummer, phone number or e-mail address
/// into the search box, and nothing a caller types may be logged with those in it. Replaced:
/// e-mail addresses, personnummer and samordningsnummer (with or without century, hyphen or plus),
/// Swedish phone numbers (040-34 10 00, 0701234567, +46 70 …), and any other run of 6+ digits.
/// Phone numbers are looked for first: a bare ten-digit number starting with 0 is more often a
/// mobile number than a personnummer; either way it is removed.
public enum Redaction {
    /// The patterns, compiled once. A `Regex` may not be shared between threads, so they sit
    /// behind a lock; compiling them afresh on every call cost about 8 times more.
    private struct Patterns {
        let email = #/[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}/#
        let phone = #/(?:\+46|\b0046|\b0)[\s\-]?\d{1,3}(?:[\s\-]?\d){5,9}\b/#
        let personnummer = #/\b(?:19|20)?\d{6}[-+]?\d{4}\b/#
        let digits = #/\d(?:[\s\-]?\d){5,}/#
    }

    private static let patterns = Mutex(Patterns())

    public static func redact(_ text: String) -> String {
        patterns.withLock { patterns in
            var result = text
            result = result.replacing(patterns.email, with: "[e-post]")
            result = result.replacing(patterns.phone, with: "[telefon]")
            result = result.replacing(patterns.personnummer, with: "[personnummer]")
            result = result.replacing(patterns.digits, with: "[siffror]")
            return result
        }
    }
}
