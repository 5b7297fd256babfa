public import ArgumentParser
public import StanceLogCore

extension PartialDate: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(argument)
    }
}
