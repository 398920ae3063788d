using Portcullis.Profiles.Syntax;

namespace Portcullis.Profiles;

/// <summary>
/// What a profile says about itself. Every part is nullable because the parser keeps what it could
/// read; the checker refuses a profile that lacks any of them (see <see cref="Checking.ProfileChecker"/>).
/// </summary>
public sealed record ProfileHeader
{
    public const string Travellers = "travellers";
    public const string Consignments = "consignments";

    public string? Name { get; init; }

    /// <summary>What the profile selects: <see cref="Travellers"/> (the default when the text has no <c>subject</c> line) or <see cref="Consignments"/>.</summary>
    public string? Subject { get; init; }

    public string SubjectOrDefault => Subject ?? Travellers;
    public string? Rationale { get; init; }
    public string? Owner { get; init; }
    public DateOnly? ValidFrom { get; init; }
    public DateOnly? ValidTo { get; init; }
    public HitCap? HitCap { get; init; }
    public int? Score { get; init; }

    /// <summary>Where each header line starts, by keyword, so the checker can point at it.</summary>
    public IReadOnlyDictionary<string, SourcePosition> Lines { get; init; } = new Dictionary<string, SourcePosition>(StringComparer.Ordinal);
}

/// <summary>At most <see cref="Count"/> hits per <see cref="Period"/>: a runaway profile cannot flood the queue.</summary>
public sealed record HitCap(int Count, HitCapPeriod Period);

public enum HitCapPeriod { Hour, Day, Week }
