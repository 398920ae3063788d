using Portcullis.Matching.Names;

namespace Portcullis.Matching.Screening;

/// <summary>A query with its name analysed once, whatever the number of entries it is compared with.</summary>
public sealed record AnalyzedQuery(ScreeningQuery Query, IReadOnlyList<AnalyzedName> Names)
{
    /// <summary>Analyses a query's name (each alternative of a slashed name apart).</summary>
    public static AnalyzedQuery Of(ScreeningQuery query) =>
        new(query, [.. NameAlternatives.Split(query.Name).Select(n => NameAnalyzer.Analyze(n, query.Kind, query.FamilyName))]);
}
