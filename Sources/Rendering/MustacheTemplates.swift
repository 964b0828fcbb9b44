import Mustache

/// What the template sets of Rendering share: how a set becomes a library, and how every HTML
/// page starts.
///
/// Exists so the public pages (`HTMLPageTemplates`) and the desk page (`DeskPageTemplates`) do
/// not each keep a copy.
enum MustacheTemplates {
    /// A library of `templates` (name, text). The templates are constants of the code and tests
    /// render each of them, so a template that does not parse is a programming error.
    static func library(_ templates: [(name: String, text: String)]) -> MustacheLibrary {
        var library = MustacheLibrary()
        for template in templates {
            try! library.register(template.text, named: template.name)
        }
        return library
    }

    /// The start of every page, up to the viewport line (the title follows).
    static let documentStart = """
        <!DOCTYPE html>
        <html lang="sv">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        """
}
