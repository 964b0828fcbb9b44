import Rendering

/// What the desk server itself still needs of the page markup: link encoding.
///
/// Exists as a name the desk's code and tests use; the pages themselves are rendered by
/// `DeskHTML` in Rendering, from templates.
enum DeskPages {
    static func urlEncode(_ text: String) -> String { DeskHTML.urlEncode(text) }
}
