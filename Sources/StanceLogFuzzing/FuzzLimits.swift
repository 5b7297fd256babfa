/// The bounds every hostile input must stay within; crossing one fails the fuzz run.
///
/// Time is CPU time, not wall time: on a shared machine wall time moves with
/// whatever else runs, CPU time far less. The bound grows with the input's size
/// (the extractor is linear), from a fixed allowance for small inputs.
public struct FuzzLimits: Sendable {
    /// CPU seconds any input may take, however small.
    public var baseSeconds: Double
    /// CPU seconds allowed per megabyte (10⁶ bytes) of input on top of the base.
    public var secondsPerMegabyte: Double
    /// The peak resident memory of the whole run.
    public var peakResidentBytes: Int
    /// How many times its bound an input may run before the watchdog ends the process as hung.
    public var hangFactor: Double

    public init(baseSeconds: Double, secondsPerMegabyte: Double, peakResidentBytes: Int, hangFactor: Double = 3) {
        self.baseSeconds = baseSeconds
        self.secondsPerMegabyte = secondsPerMegabyte
        self.peakResidentBytes = peakResidentBytes
        self.hangFactor = hangFactor
    }

    /// The bounds of `Scripts/fuzz` for a release build: 0.5 s plus 3 s per MB, 1 GiB.
    ///
    /// The slowest hostile text (one stance sentence repeated for megabytes) runs at
    /// about 1 MB/s, three times inside the bound; anything quadratic takes minutes on
    /// the multi-megabyte inputs. The 8 MB article limit keeps memory near 150 MB.
    public static let release = FuzzLimits(baseSeconds: 0.5, secondsPerMegabyte: 3, peakResidentBytes: 1 << 30)

    /// The CPU seconds an input of `bytes` bytes may take.
    public func seconds(forBytes bytes: Int) -> Double {
        baseSeconds + Double(bytes) / 1e6 * secondsPerMegabyte
    }
}
