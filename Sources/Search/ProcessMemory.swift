#if canImport(Glibc)
    import Glibc
#endif

/// The process's memory during a large load: handing freed memory back to the system between
/// stages, and (when the environment variable `KB_MEMORY_TRACE` is set) the resident and peak
/// size at named stages, written to standard error. Linux only; elsewhere it does nothing.
///
/// Exists because glibc keeps what a load frees (the folder scan's bookkeeping, the index
/// builder's pool) in its heaps: the next stage's new arrays then come on top of it, and the
/// peak was that garbage plus the index, not what the load holds. Each mark prints the resident
/// size now and the peak reached since the previous mark (the kernel's high-water mark is reset
/// at each mark), so the stage that holds the most at once shows up without a heap profiler.
public enum ProcessMemory {
    /// Returns the memory freed so far to the system (glibc's `malloc_trim`): what a stage
    /// dropped no longer counts in the next stage's resident size.
    public static func returnFreed() {
        #if os(Linux)
            _ = glibcMallocTrim(0)
        #endif
    }

    /// Whether marks print (read once).
    public static let isOn: Bool = {
        #if os(Linux)
            return getenv("KB_MEMORY_TRACE") != nil
        #else
            return false
        #endif
    }()

    /// Prints `stage` with VmRSS now and VmHWM since the last mark, then resets VmHWM.
    public static func mark(_ stage: @autoclosure () -> String) {
        guard isOn else { return }
        #if os(Linux)
            let status = read("/proc/self/status")
            let rss = field(status, "VmRSS:")
            let peak = field(status, "VmHWM:")
            let line = "memory: \(stage()): resident \(rss) kB, peak since last mark \(peak) kB\n"
            _ = line.utf8CString.withUnsafeBufferPointer { write(2, $0.baseAddress, $0.count - 1) }
            // With "malloc", also glibc's count of bytes in use and held per arena.
            if String(cString: getenv("KB_MEMORY_TRACE")) == "malloc" { glibcMallocStats() }
            // "5" resets the peak resident size to the current one (Linux 4.0+).
            let reset = open("/proc/self/clear_refs", O_WRONLY)
            if reset >= 0 {
                _ = write(reset, "5", 1)
                close(reset)
            }
        #endif
    }

    #if os(Linux)
        private static func read(_ path: String) -> [UInt8] {
            let descriptor = open(path, O_RDONLY)
            guard descriptor >= 0 else { return [] }
            defer { close(descriptor) }
            var bytes: [UInt8] = []
            var buffer = [UInt8](repeating: 0, count: 4096)
            while true {
                let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, 4096) }
                if count <= 0 { break }
                bytes += buffer[0..<count]
            }
            return bytes
        }

        /// The number after `name` in /proc's status text, 0 when absent.
        private static func field(_ status: [UInt8], _ name: String) -> Int {
            let key = Array(name.utf8)
            guard let start = status.indices.first(where: { status[$0...].starts(with: key) }) else {
                return 0
            }
            var value = 0
            for byte in status[(start + key.count)...] {
                if byte == UInt8(ascii: "\n") { break }
                if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                    value = value * 10 + Int(byte - 48)
                }
            }
            return value
        }
    #endif
}

#if os(Linux)
    /// glibc's `malloc_stats` and `malloc_trim` (in `malloc.h`, which the Glibc module does not
    /// export).
    @_silgen_name("malloc_stats")
    private func glibcMallocStats()
    @_silgen_name("malloc_trim")
    private func glibcMallocTrim(_ pad: Int) -> Int32
#endif
