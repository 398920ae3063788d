using Portcullis.Matching;
using Portcullis.Matching.Screening;

namespace Portcullis.Features.Screening.Bench;

/// <summary>How the bench asks Portcullis: a person's name alone, at the default threshold, ten hits at most.</summary>
public static class PortcullisScreener
{
    public static IReadOnlyList<MatchResult> Screen(ScreeningIndex index, string name) =>
        index.Screen(new ScreeningQuery(name, SubjectKind.Person), MatchThreshold.Default, limit: 10);

    public static IReadOnlyCollection<string> HitKeys(ScreeningIndex index, string name) =>
        [.. Screen(index, name).Select(r => EntryKey.Of(r.Entry))];

    /// <summary>One worker per thread for <see cref="ThroughputMeter"/>: the index is shared, as in the server.</summary>
    public static IReadOnlyList<Action<string>> Workers(ScreeningIndex index, int threads) =>
        [.. Enumerable.Range(0, threads).Select(_ => (Action<string>)(name => Screen(index, name)))];
}
