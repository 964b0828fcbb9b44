import Insight
import KnowledgeBase
import Rendering

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where `kb` writes: results to standard output, problems to standard error. Control
/// characters in what is written (a stored comment, a value from a document) are shown as
/// U+FFFD, so nothing can drive the terminal.
enum Output {
    static func line(_ text: String = "") {
        print(ControlCharacters.visible(text))
    }

    /// Sends what was printed on its way (before a long wait, such as a running server).
    static func flush() {
        fflush(nil)  // every output stream; naming stdout is not concurrency-safe
    }

    static func error(_ text: String) {
        standardError("kb: \(text)\n")
    }

    static func errors(_ lines: [String]) {
        for line in lines { standardError(line + "\n") }
    }

    private static func standardError(_ text: String) {
        var bytes = Array(ControlCharacters.visible(text).utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes {
                write(2, $0.baseAddress! + offset, $0.count - offset)
            }
            if written <= 0 { return }
            offset += written
        }
    }

    static func wrap(_ text: String, width: Int = 96, indent: String = "") -> [String] {
        TextLayout.wrap(text, width: width, indent: indent)
    }

    static func pad(_ text: String, _ width: Int) -> String {
        TextLayout.pad(text, width)
    }
}
