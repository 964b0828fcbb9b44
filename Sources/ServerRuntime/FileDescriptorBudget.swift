#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Fits the ports' connection limits into the process's open-file limit, with a reserve.
///
/// Exists because every connection is a file descriptor, and so is every file a reload, an
/// import or the query log opens: when connections take them all, `accept` and `open` fail for
/// everyone. The soft limit is raised to the hard one first; then, when the ports' limits plus
/// `reserve` still do not fit, each is lowered in proportion.
public enum FileDescriptorBudget {
    /// Descriptors kept for files, the listeners, the event loops and the thread pool.
    public static let reserve = 128

    /// The open-file limit after raising the soft limit as far as allowed.
    public static func raiseLimit() -> Int {
        var limit = rlimit()
        guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0 else { return 1024 }
        if limit.rlim_cur < limit.rlim_max {
            var raised = limit
            raised.rlim_cur = limit.rlim_max
            if setrlimit(Int32(RLIMIT_NOFILE.rawValue), &raised) == 0 { limit = raised }
        }
        return limit.rlim_cur > rlim_t(Int32.max) ? Int(Int32.max) : Int(limit.rlim_cur)
    }

    /// `wanted` connection limits, lowered in proportion when their sum and `reserve` pass
    /// `limit`; each keeps at least 1.
    public static func share(_ wanted: [Int], limit: Int, reserve: Int = reserve) -> [Int] {
        let total = wanted.reduce(0, +)
        let available = max(limit - reserve, wanted.count)
        guard total > available else { return wanted }
        return wanted.map { max(1, $0 * available / total) }
    }
}
