public import ArgumentParser
public import StanceLogCore

extension PartialDate: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(argument)
    }

    public static var defaultValueDescription: String { "YYYY[-MM[-DD]]" }
}
