namespace Portcullis.Domain.Passengers;

/// <summary>
/// A machine sender (an airline, a carrier's service provider) allowed to post messages. Only a
/// SHA-256 of the secret is kept; the secret is shown once, when the key is made.
/// </summary>
public sealed class ApiKey
{
    public const int NameMaxLength = 100;
    public const int PrefixLength = 8;

    public Guid Id { get; set; }

    public string Name { get; set; } = "";

    /// <summary>The first characters of the key, to find it without scanning: not secret.</summary>
    public string Prefix { get; set; } = "";

    public string SecretHash { get; set; } = "";

    /// <summary>The jurisdiction whose unit receives what this sender posts.</summary>
    public string Jurisdiction { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTimeOffset? RevokedAt { get; set; }

    public DateTimeOffset? LastUsedAt { get; set; }
}
