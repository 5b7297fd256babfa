import StanceLogPostgres
import Testing

/// The hints for a login the server refuses: `sslmode` for a refusal without encryption, the password otherwise.
@Suite struct PostgresFailureTests {
    @Test func aRefusalForNoEncryptionTellsToSetSSLModeAndNotAPassword() {
        let hint = PostgresFailure.refusalHint(
            serverMessage: "no pg_hba.conf entry for host \"10.0.0.7\", user \"analyst\", database \"stances\", no encryption")
        #expect(hint.contains("sslmode=require"))
        #expect(!hint.contains("PGPASSWORD"))
        #expect(!hint.contains("pgpass"))
    }

    @Test func aRefusedPasswordTellsWhereThePasswordGoes() {
        let hint = PostgresFailure.refusalHint(serverMessage: "password authentication failed for user \"analyst\"")
        #expect(hint.contains("PGPASSWORD"))
        #expect(!hint.contains("sslmode"))
    }
}
