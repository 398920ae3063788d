namespace Portcullis.Formats.Watchlists;

/// <summary>An address as a list gives it; parts the list does not separate stay together in <see cref="City"/>.</summary>
/// <param name="Country">ISO 3166 alpha-2 when the country could be resolved, otherwise as written.</param>
public sealed record WatchlistAddress(string? Street, string? City, string? Region, string? PostalCode, string? Country, string? Note)
{
    /// <summary>The address on one line, parts separated by commas.</summary>
    public override string ToString() =>
        string.Join(", ", new[] { Street, City, Region, PostalCode, Country, Note }.Where(p => !string.IsNullOrEmpty(p)));
}
