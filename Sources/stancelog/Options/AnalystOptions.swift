import ArgumentParser
import Foundation

/// Who makes an analyst event: `--by`, else `$STANCELOG_USER`, else the OS user name.
struct AnalystOptions: ParsableArguments {
    @Option(help: "Who makes this change (default: $STANCELOG_USER, else the OS user name).")
    var by: String?

    /// The name recorded in the event.
    var analyst: String {
        if let by, !by.allSatisfy(\.isWhitespace) { return by }
        let environment = ProcessInfo.processInfo.environment
        if let user = environment["STANCELOG_USER"], !user.isEmpty { return user }
        return ProcessInfo.processInfo.userName
    }
}
