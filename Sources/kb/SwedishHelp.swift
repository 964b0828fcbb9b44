import Foundation

/// Swedish for the words swift-argument-parser writes itself: help headings, its own flags, and
/// its usage errors.
///
/// Exists because `kb` speaks Swedish throughout, while the parser's help and error texts are
/// fixed English; `KB.main` passes every message it prints through `translate`.
enum SwedishHelp {
    /// Phrases in the order they are replaced (longer before shorter where they overlap).
    static let phrases: [(String, String)] = [
        ("OVERVIEW:", "ÖVERSIKT:"),
        ("USAGE:", "ANVÄNDNING:"),
        ("ARGUMENTS:", "ARGUMENT:"),
        ("OPTIONS:", "FLAGGOR:"),
        ("SUBCOMMANDS:", "KOMMANDON:"),
        ("See 'kb help <subcommand>' for detailed help.", "Se 'kb help <kommando>' för utförlig hjälp."),
        ("<subcommand>", "<kommando>"),
        ("<options>", "<flaggor>"),
        ("Show help information.", "Visa den här hjälpen."),
        ("Show the version.", "Visa versionen."),
        ("(default:", "(standard:"),
        ("(values: ", "(värden: "),
        ("Error: ", "Fel: "),
        ("Usage: ", "Användning: "),
        ("Help: ", "Hjälp: "),
        ("for more information.", "för mer hjälp."),
        ("See '", "Se '"),
        ("Missing expected argument", "Argument saknas:"),
        ("Missing value for", "Värde saknas för"),
        ("Unknown option", "Okänd flagga"),
        ("Unexpected argument", "Oväntat argument"),
        ("Unexpected arguments", "Oväntade argument"),
        ("is invalid for", "är ogiltigt för"),
        ("The value", "Värdet"),
        ("Please provide at most one of", "Ange högst en av"),
        ("Please provide one of", "Ange en av"),
        ("(default)", "(standard)"),
    ]

    static func translate(_ text: String) -> String {
        var out = text
        for (english, swedish) in phrases { out = out.replacingOccurrences(of: english, with: swedish) }
        return out
    }
}
