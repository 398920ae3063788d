using Portcullis.Domain.Watchlists;

namespace Portcullis.Pages.Watchlists;

/// <summary>The English labels (localisation keys) of the watchlist and screening values shown on pages.</summary>
public static class WatchlistLabels
{
    public static string Subject(WatchlistSubject subject) => subject switch
    {
        WatchlistSubject.Persons => "Persons",
        WatchlistSubject.TravelDocuments => "Travel documents",
        WatchlistSubject.Organisations => "Organisations",
        WatchlistSubject.VehiclesAndContainers => "Vehicles and containers",
        _ => subject.ToString(),
    };

    public static string Severity(WatchlistSeverity severity) => severity switch
    {
        WatchlistSeverity.Low => "low",
        WatchlistSeverity.Medium => "medium",
        WatchlistSeverity.High => "high",
        WatchlistSeverity.Critical => "critical",
        _ => severity.ToString(),
    };

    public static string Status(HitStatus status) => status switch
    {
        HitStatus.New => "new",
        HitStatus.Reviewed => "reviewed",
        _ => status.ToString(),
    };

    /// <summary>How two name parts compared (the engine's PartComparison names).</summary>
    public static string Comparison(string reason) => reason switch
    {
        "Same" => "same spelling",
        "Variant" => "spelling variant",
        "Consonants" => "same consonants",
        "Typo" => "typing error",
        "Initial" => "initial",
        "Joined" => "written as one word",
        _ => reason,
    };

    /// <summary>The engine's evidence kinds.</summary>
    public static string Evidence(string kind) => kind switch
    {
        "DateOfBirth" => "Date of birth",
        "Nationality" => "Nationality",
        "Sex" => "Sex",
        "Document" => "Document",
        _ => kind,
    };

    /// <summary>The qualities of a listed name.</summary>
    public static string NameQuality(string quality) => quality switch
    {
        "Primary" => "primary name",
        "Alias" => "alias",
        "WeakAlias" => "weak alias",
        "OriginalScript" => "original script",
        _ => quality,
    };

    public static IReadOnlyList<string> Comparisons { get; } = ["Same", "Variant", "Consonants", "Typo", "Initial", "Joined"];

    public static IReadOnlyList<string> EvidenceKinds { get; } = ["DateOfBirth", "Nationality", "Sex", "Document"];

    public static IReadOnlyList<string> NameQualities { get; } = ["Primary", "Alias", "WeakAlias", "OriginalScript"];

    public static string SeverityClass(WatchlistSeverity severity) => severity switch
    {
        WatchlistSeverity.Critical or WatchlistSeverity.High => "status status-quarantined",
        WatchlistSeverity.Medium => "status status-processedwithwarnings",
        _ => "status",
    };
}
