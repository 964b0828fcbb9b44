import Foundation
import Testing

/// `scripts/setup`, which README command 1 runs first: it installs git, libxml2-dev and pkg-config
/// when they are missing, as root or through sudo. Run here against stand-ins for dpkg, id,
/// sudo and apt-get that record what they were asked, so nothing is installed.
@Suite struct SetupScriptTests {
    /// A folder of stand-in commands; `PATH` holds only it.
    struct Stubs {
        let directory = temporaryDirectory("setup-stubs")
        var log: String { directory + "/calls.log" }

        init(installed: [String], uid: Int, sudo: Bool) throws {
            let known = installed.map { "\"\($0)\"" }.joined(separator: " ")
            try write(
                "dpkg",
                """
                for known in \(known); do [ "$2" = "$known" ] && exit 0; done
                exit 1
                """)
            try write("id", "echo \(uid)")
            try write("apt-get", "echo \"apt-get $*\" >> \"\(log)\"")
            if sudo { try write("sudo", "echo \"sudo $*\" >> \"\(log)\"\nexec \"$@\"") }
            try FileManager.default.createSymbolicLink(
                atPath: directory + "/env", withDestinationPath: "/usr/bin/env")
        }

        private func write(_ name: String, _ body: String) throws {
            let path = directory + "/" + name
            try ("#!/bin/sh\n" + body + "\n").write(toFile: path, atomically: true, encoding: .utf8)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
        }

        func calls() -> [String] {
            ((try? String(contentsOfFile: log, encoding: .utf8)) ?? "").split(separator: "\n").map(
                String.init)
        }

        func run() throws -> KBProcess.Result {
            try KBProcess.run(
                executable: "/bin/sh", [repositoryRoot + "/scripts/setup"], environment: ["PATH": directory])
        }
    }

    @Test func nothingIsInstalledWhenEverythingIsThere() throws {
        let stubs = try Stubs(installed: ["git", "libxml2-dev", "pkg-config"], uid: 1000, sudo: true)
        let result = try stubs.run()
        #expect(result.status == 0, "\(result.stderr)")
        #expect(stubs.calls().isEmpty)
    }

    @Test func rootInstallsWhatIsMissingWithAptGet() throws {
        let stubs = try Stubs(installed: ["git", "pkg-config"], uid: 0, sudo: false)
        let result = try stubs.run()
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            stubs.calls() == [
                "apt-get update", "apt-get install -y --no-install-recommends libxml2-dev",
            ])
    }

    @Test func anotherUserInstallsThroughSudo() throws {
        let stubs = try Stubs(installed: [], uid: 1000, sudo: true)
        let result = try stubs.run()
        #expect(result.status == 0, "\(result.stderr)")
        let calls = stubs.calls()
        #expect(calls.first == "sudo env DEBIAN_FRONTEND=noninteractive apt-get update")
        #expect(calls.contains("apt-get install -y --no-install-recommends git libxml2-dev pkg-config"))
    }

    @Test func withoutRootOrSudoItSaysWhatToInstall() throws {
        let stubs = try Stubs(installed: ["git", "pkg-config"], uid: 1000, sudo: false)
        let result = try stubs.run()
        #expect(result.status == 1)
        #expect(result.stderr.contains("kör som root: apt-get install libxml2-dev"))
        #expect(stubs.calls().isEmpty)
    }
}
