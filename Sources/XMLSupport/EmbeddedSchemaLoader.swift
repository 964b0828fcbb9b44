internal import CLibXML2
import Synchronization

/// Serves schema files compiled into the program to libxml2 when an `xs:import` names them.
///
/// Exists so that schemas held in memory can be compiled without first writing them to a
/// temporary directory. libxml2 loads imported schemas through its process-wide external entity
/// loader; this one answers only for URLs under its own scheme (`kb-schema:`), which no file
/// or network address uses, and hands every other URL to the loader that was there before.
enum EmbeddedSchemaLoader {
    static let scheme = "kb-schema:/"

    /// File name → bytes of every set registered so far, by their full URL.
    private static let files = Mutex<[String: [UInt8]]>([:])
    /// Whether this loader is installed, and the loader libxml2 had before it.
    private static let installed = Mutex<(done: Bool, previous: xmlExternalEntityLoader?)>((false, nil))

    /// Registers `files` under a set name unique to the caller; returns each file's URL.
    static func register(_ set: String, _ contents: [String: [UInt8]]) -> [String: String] {
        install()
        var urls: [String: String] = [:]
        files.withLock { table in
            for (name, bytes) in contents {
                let url = scheme + set + "/" + name
                table[url] = bytes
                urls[name] = url
            }
        }
        return urls
    }

    static func bytes(_ url: String) -> [UInt8]? {
        files.withLock { $0[url] }
    }

    private static func install() {
        installed.withLock { state in
            guard !state.done else { return }
            state = (true, xmlGetExternalEntityLoader())
            xmlSetExternalEntityLoader(load)
        }
    }

    private static var previous: xmlExternalEntityLoader? { installed.withLock { $0.previous } }

    private static let load: xmlExternalEntityLoader = { url, id, context in
        guard let url, let context else { return EmbeddedSchemaLoader.previous?(url, id, context) }
        let name = String(cString: url)
        guard name.hasPrefix(EmbeddedSchemaLoader.scheme) else {
            return EmbeddedSchemaLoader.previous?(url, id, context)
        }
        guard let bytes = EmbeddedSchemaLoader.bytes(name) else { return nil }
        let buffer = bytes.withUnsafeBufferPointer { memory in
            memory.withMemoryRebound(to: CChar.self) {
                xmlParserInputBufferCreateMem($0.baseAddress, Int32($0.count), XML_CHAR_ENCODING_NONE)
            }
        }
        guard let buffer else { return nil }
        guard let input = xmlNewIOInputStream(context, buffer, XML_CHAR_ENCODING_NONE) else {
            xmlFreeParserInputBuffer(buffer)
            return nil
        }
        // Its URL, so that an import inside it resolves to a sibling under the same scheme.
        input.pointee.filename = xmlCharStrdup(name).map {
            UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)
        }
        return input
    }
}
