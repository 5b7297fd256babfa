/// Where an article's publication date came from, strongest first.
public enum DateSource: String, Hashable, Sendable, Codable {
    /// Given on the command line (`--date`).
    case option
    /// Taken from `manifest.json` beside the article (an analyst's or the outlet's date).
    case manifest
    /// Found in the article text.
    case text
}
