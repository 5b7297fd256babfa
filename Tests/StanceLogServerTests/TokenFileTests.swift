import Foundation
import StanceLogCore
import StanceLogServer
import StanceLogTesting
import Testing

/// `--tokens FILE` and `--listen`: what they accept, and what they refuse with which message.
@Suite struct TokenFileTests {
    @Test func eachTokenNamesItsUserAndAnyOtherNamesNobody() throws {
        let file = try TokenFile(contents: SeedServer.tokens, name: "tokens")
        #expect(file.user(for: SeedServer.token) == "alice")
        #expect(file.user(for: "bob-token-0123456789abcdef") == "bob")
        #expect(file.user(for: SeedServer.token + "x") == nil)
        #expect(file.user(for: String(SeedServer.token.dropLast())) == nil)
        #expect(file.user(for: "") == nil)
    }

    @Test(arguments: [
        ("alice short", "fewer than 16"), ("alice a b", "expected NAME TOKEN"),
        ("a same-token-0123456789\nb same-token-0123456789", "already given"), ("# nothing\n", "holds no tokens"),
    ])
    func aMalformedFileIsRefusedNamingTheLine(contents: String, message: String) {
        #expect {
            try TokenFile(contents: contents, name: "tokens")
        } throws: { error in
            (error as? StanceLogError)?.message.contains(message) == true && !(error as? StanceLogError)!.message.contains("0123456789")
        }
    }

    @Test func aFileOthersCanReadIsRefused() throws {
        let path = try Fixtures.temporaryDirectory().appendingPathComponent("tokens").path
        try SeedServer.tokens.write(toFile: path, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path)
        #expect(throws: StanceLogError.self) { try TokenFile(path: path) }
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        #expect(try TokenFile(path: path).user(for: SeedServer.token) == "alice")
    }

    @Test(arguments: [
        ("127.0.0.1:8080", "127.0.0.1", 8080, true), (":9000", "127.0.0.1", 9000, true), ("[::1]:0", "::1", 0, true),
        ("0.0.0.0:80", "0.0.0.0", 80, false),
    ])
    func listenAddressesParse(text: String, host: String, port: Int, loopback: Bool) throws {
        let address = try ListenAddress(parsing: text)
        #expect(address.host == host)
        #expect(address.port == port)
        #expect(address.isLoopback == loopback)
    }

    @Test(arguments: ["localhost", "127.0.0.1:http", "127.0.0.1:70000"])
    func aListenAddressWithoutAGoodPortIsRefused(text: String) {
        #expect(throws: StanceLogError.self) { try ListenAddress(parsing: text) }
    }
}
