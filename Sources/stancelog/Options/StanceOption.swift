import ArgumentParser
import StanceLogCore

/// Checks a `--stance` value with a message that names the scale.
enum StanceOption {
    static func parse(_ value: Int) throws -> Stance {
        guard let stance = Stance(value) else {
            throw ValidationError(
                "--stance \(value) is outside the scale -2…+2 "
                    + "(-2 rejects, -1 reluctant, 0 ambivalent, +1 open, +2 demands)")
        }
        return stance
    }
}
