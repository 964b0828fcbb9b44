#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A fresh private directory under the system's temporary folder.
package enum TemporaryDirectory {
    package static func make(prefix: String) -> String {
        let base = (getenv("TMPDIR").map { String(cString: $0) } ?? "/tmp") + "/\(prefix)-XXXXXX"
        var template = Array(base.utf8CString)
        return template.withUnsafeMutableBufferPointer { buffer in
            guard let result = mkdtemp(buffer.baseAddress!) else { return base }
            return String(cString: result)
        }
    }
}
