public import ArgumentParser
public import StanceLogCore

extension CodebookID: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(argument)
    }
}

extension Attribution: ExpressibleByArgument {}

extension StatementID: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(rawValue: argument)
    }
}

extension ArticleID: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(rawValue: argument.lowercased())
    }
}

extension EventType: ExpressibleByArgument {}
