/// Splits an inline command line into arguments, with Redis's quoting rules (`sdssplitargs`).
///
/// Exists so a person can type `SEARCH "skriva ut" LIMIT 3` through `nc` or telnet. Words are
/// separated by spaces and tabs; "double quotes" take the escapes \n \r \t \b \a \\ \" and \xHH;
/// 'single quotes' take \'. A closing quote must be followed by a space or the end of the line.
public enum InlineSplitter {
    public static func split(_ line: some Collection<UInt8>) throws(RESPProtocolError) -> [[UInt8]] {
        let bytes = Array(line)
        var arguments: [[UInt8]] = []
        var i = 0
        func isSpace(_ b: UInt8) -> Bool {
            b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0B || b == 0x0C
        }
        func hex(_ b: UInt8) -> UInt8? {
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): b - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): b - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): b - UInt8(ascii: "A") + 10
            default: nil
            }
        }
        while true {
            while i < bytes.count, isSpace(bytes[i]) { i += 1 }
            if i == bytes.count { return arguments }
            var current: [UInt8] = []
            var inDouble = false
            var inSingle = false
            var done = false
            while !done {
                if inDouble {
                    guard i < bytes.count else { throw .unbalancedQuotes }
                    let c = bytes[i]
                    if c == UInt8(ascii: "\\"), i + 3 < bytes.count, bytes[i + 1] == UInt8(ascii: "x"),
                        let high = hex(bytes[i + 2]), let low = hex(bytes[i + 3])
                    {
                        current.append(high << 4 | low)
                        i += 3
                    } else if c == UInt8(ascii: "\\"), i + 1 < bytes.count {
                        i += 1
                        switch bytes[i] {
                        case UInt8(ascii: "n"): current.append(0x0A)
                        case UInt8(ascii: "r"): current.append(0x0D)
                        case UInt8(ascii: "t"): current.append(0x09)
                        case UInt8(ascii: "b"): current.append(0x08)
                        case UInt8(ascii: "a"): current.append(0x07)
                        default: current.append(bytes[i])
                        }
                    } else if c == UInt8(ascii: "\"") {
                        // The closing quote must be followed by a space or the end.
                        if i + 1 < bytes.count, !isSpace(bytes[i + 1]) { throw .unbalancedQuotes }
                        done = true
                    } else {
                        current.append(c)
                    }
                } else if inSingle {
                    guard i < bytes.count else { throw .unbalancedQuotes }
                    let c = bytes[i]
                    if c == UInt8(ascii: "\\"), i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "'") {
                        i += 1
                        current.append(UInt8(ascii: "'"))
                    } else if c == UInt8(ascii: "'") {
                        if i + 1 < bytes.count, !isSpace(bytes[i + 1]) { throw .unbalancedQuotes }
                        done = true
                    } else {
                        current.append(c)
                    }
                } else {
                    if i == bytes.count { break }
                    let c = bytes[i]
                    if isSpace(c) {
                        done = true
                    } else if c == UInt8(ascii: "\"") {
                        inDouble = true
                    } else if c == UInt8(ascii: "'") {
                        inSingle = true
                    } else {
                        current.append(c)
                    }
                }
                if i < bytes.count { i += 1 }
            }
            arguments.append(current)
        }
    }
}
