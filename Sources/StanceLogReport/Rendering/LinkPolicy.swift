/// Which URLs the report makes clickable, and what the page may load.
///
/// A manifest entry or `--url` is untrusted text: a `javascript:` or `data:`
/// URL would run or show anything when clicked. The report links `http` and
/// `https` URLs only and shows every other article title without a link; the
/// page's Content-Security-Policy forbids scripts, remote loads, forms and
/// `<base>`, so even a markup mistake elsewhere cannot run code.
public enum LinkPolicy {
    /// The `<meta>` tag that forbids everything but the page's own inline style.
    public static let contentSecurityPolicy =
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
        + "base-uri 'none'; form-action 'none'\">"

    /// `url` when it is an `http` or `https` URL with a host part and without spaces or control characters, else nil.
    public static func linkable(_ url: String) -> String? {
        let lowered = url.lowercased()
        guard let scheme = ["http://", "https://"].first(where: lowered.hasPrefix), lowered.count > scheme.count else {
            return nil
        }
        guard !url.unicodeScalars.contains(where: { $0.value <= 0x20 || $0.value == 0x7F || (0x80...0x9F).contains($0.value) })
        else { return nil }
        return url
    }
}
