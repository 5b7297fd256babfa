import Logging
import PostgresNIO

/// Builds postgres-nio's configurations from a ``PostgresURL`` and opens single connections.
///
/// `PostgresClient` retries a failing connection in the background and lets a
/// query wait for it, so a wrong password or a stopped server would make the
/// first query wait for ever. The store therefore opens one connection of its
/// own first (``connect()``), which fails at once with the server's reason, and
/// migrates on it before it hands queries to the client's pool.
struct PostgresConnector: Sendable {
    let url: PostgresURL
    let password: String?
    let timeouts: PostgresTimeouts

    /// The pool's configuration: at most 4 connections, every session with the timeouts set.
    func clientConfiguration() -> PostgresClient.Configuration {
        var configuration: PostgresClient.Configuration
        switch url.host {
        case .socket:
            configuration = PostgresClient.Configuration(
                unixSocketPath: url.socketPath ?? "", username: url.user, password: password, database: url.database)
        case .tcp(let host):
            configuration = PostgresClient.Configuration(
                host: host, port: url.port, username: url.user, password: password, database: url.database,
                tls: clientTLS())
        }
        configuration.options.additionalStartupParameters = timeouts.startupParameters
        configuration.options.maximumConnections = 4
        configuration.options.keepAliveBehavior = nil
        return configuration
    }

    /// One connection outside the pool; the caller closes it.
    func connect(logger: Logger) async throws -> PostgresConnection {
        var configuration: PostgresConnection.Configuration
        switch url.host {
        case .socket:
            configuration = PostgresConnection.Configuration(
                unixSocketPath: url.socketPath ?? "", username: url.user, password: password, database: url.database)
        case .tcp(let host):
            let tls: PostgresConnection.Configuration.TLS
            switch url.sslMode {
            case .disable: tls = .disable
            case .allow, .prefer: tls = .prefer(try NIOSSLContext(configuration: tlsConfiguration()))
            case .require, .verifyCA, .verifyFull: tls = .require(try NIOSSLContext(configuration: tlsConfiguration()))
            }
            configuration = PostgresConnection.Configuration(
                host: host, port: url.port, username: url.user, password: password, database: url.database, tls: tls)
        }
        configuration.options.additionalStartupParameters = timeouts.startupParameters
        return try await PostgresConnection.connect(configuration: configuration, id: 0, logger: logger)
    }

    private func clientTLS() -> PostgresClient.Configuration.TLS {
        switch url.sslMode {
        case .disable: .disable
        case .allow, .prefer: .prefer(tlsConfiguration())
        case .require, .verifyCA, .verifyFull: .require(tlsConfiguration())
        }
    }

    /// `require` encrypts without checking the certificate, `verify-ca` checks the authority, `verify-full` also the name.
    private func tlsConfiguration() -> TLSConfiguration {
        var configuration = TLSConfiguration.makeClientConfiguration()
        switch url.sslMode {
        case .disable, .allow, .prefer, .require: configuration.certificateVerification = .none
        case .verifyCA: configuration.certificateVerification = .noHostnameVerification
        case .verifyFull: configuration.certificateVerification = .fullVerification
        }
        return configuration
    }
}
