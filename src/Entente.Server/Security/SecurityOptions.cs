namespace Entente.Server.Security;

/// <summary>
/// Configuration under <c>Security</c>: request rate limits (a token bucket per caller) and the largest request body.
/// Values out of range fall back to the defaults, so that a typo never leaves the server unprotected.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
internal sealed record SecurityOptions
{
    /// <summary>Requests a caller may make per second, sustained (<c>Security:RateLimit:PerSecond</c>).</summary>
    public int RequestsPerSecond { get; init; } = 50;

    /// <summary>Requests a caller may make at once after a quiet spell (<c>Security:RateLimit:Burst</c>).</summary>
    public int Burst { get; init; } = 200;

    /// <summary>Requests per second for a feed posting detections (<c>Security:RateLimit:FeedPerSecond</c>), apart from people's.</summary>
    public int FeedRequestsPerSecond { get; init; } = 200;

    /// <summary>The largest request body, bytes (<c>Security:MaxRequestBodyBytes</c>, default 1 MiB); the detections feed has its own.</summary>
    public long MaxRequestBodyBytes { get; init; } = 1024 * 1024;

    /// <summary>Reads the section; a missing or unusable value keeps its default.</summary>
    /// <param name="configuration">The configuration.</param>
    /// <returns>The options.</returns>
    public static SecurityOptions Read(IConfiguration configuration)
    {
        var section = configuration.GetSection("Security");
        var defaults = new SecurityOptions();
        return new SecurityOptions
        {
            RequestsPerSecond = Int(section["RateLimit:PerSecond"], 1, 100_000) ?? defaults.RequestsPerSecond,
            Burst = Int(section["RateLimit:Burst"], 1, 1_000_000) ?? defaults.Burst,
            FeedRequestsPerSecond = Int(section["RateLimit:FeedPerSecond"], 1, 100_000) ?? defaults.FeedRequestsPerSecond,
            MaxRequestBodyBytes = Int(section["MaxRequestBodyBytes"], 1024, 256 * 1024 * 1024) ?? defaults.MaxRequestBodyBytes,
        };
    }

    private static int? Int(string? text, int min, int max) =>
        int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : null;
}
