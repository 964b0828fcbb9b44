#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Tells the kernel which files are about to be read, so that their pages come off the disk
/// while earlier files are still being worked on.
///
/// Exists because a large folder is read one small file at a time: with the files not in the
/// page cache, each read waits for the disk (about 0.4 ms on the benchmark machine) and the
/// reading thread's core idles meanwhile. A hint queues the read and returns at once, so many
/// reads are in flight together and the reader later finds the bytes in memory. A hint changes
/// nothing about what is read: the reader still opens and reads the file itself.
package enum ReadHint {
    /// Asks for the file at `path` to be read into the page cache. Does nothing when it cannot
    /// be opened, and nothing where `posix_fadvise` is missing. Never blocks on a FIFO.
    package static func willRead(_ path: String) {
        #if os(Linux)
            let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
            guard descriptor >= 0 else { return }
            _ = posix_fadvise(descriptor, 0, 0, POSIX_FADV_WILLNEED)
            close(descriptor)
        #endif
    }
}
