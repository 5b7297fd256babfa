/// libpq's `sslmode`: whether and how the connection to a TCP host is encrypted.
///
/// A unix socket connection never uses TLS, whatever the mode (as in libpq).
public enum SSLMode: String, CaseIterable, Hashable, Sendable {
    /// Never TLS.
    case disable
    /// TLS if the server offers it (treated like `prefer`: postgres-nio tries TLS first).
    case allow
    /// TLS if the server offers it, else plain (libpq's default).
    case prefer
    /// TLS or fail; the server's certificate is not checked.
    case require
    /// TLS with a certificate signed by a trusted authority, any host name.
    case verifyCA = "verify-ca"
    /// TLS with a trusted certificate issued for the host name.
    case verifyFull = "verify-full"
}
