/// The role setup of a team log: the owner migrates, the app role reads and appends only.
///
/// The owner (the role that ran `stancelog db init`) owns the schema and its
/// tables. Each analyst's stancelog logs in as an app role that may read the
/// log and insert events, and lock and move the one-row head (`FOR UPDATE`
/// needs the UPDATE right; a trigger lets the head move only to the last
/// event). It may not update, delete or truncate events, nor create or drop
/// anything: the server refuses with SQLSTATE 42501 before the append-only
/// triggers are even asked.
///
/// ```sql
/// CREATE ROLE stancelog_app LOGIN PASSWORD '…';
/// GRANT USAGE ON SCHEMA stancelog TO stancelog_app;
/// GRANT SELECT, INSERT ON stancelog.events TO stancelog_app;
/// GRANT SELECT, UPDATE (seq, hash, recorded_at) ON stancelog.log_head TO stancelog_app;
/// GRANT SELECT ON stancelog.migrations TO stancelog_app;
/// ```
public enum PostgresRoles {
    /// The GRANT statements that give `role` the app role's rights on the log in `schema`.
    ///
    /// `role` and `schema` must be plain identifiers (lower-case letters, digits, `_`); they are not quoted.
    public static func grants(to role: String, schema: String) -> [String] {
        [
            "GRANT USAGE ON SCHEMA \(schema) TO \(role)",
            "GRANT SELECT, INSERT ON \(schema).events TO \(role)",
            "GRANT SELECT, UPDATE (seq, hash, recorded_at) ON \(schema).log_head TO \(role)",
            "GRANT SELECT ON \(schema).migrations TO \(role)",
        ]
    }
}
