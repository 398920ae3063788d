using System.Data.Common;
using Portcullis.Matching.Screening;
using static System.FormattableString;

namespace Portcullis.Features.Screening.Bench;

/// <summary>
/// The pg_trgm peer: the names loaded and GIN-indexed in a throwaway schema, then throughput on a few
/// parallel connections and quality and latency on one. Skipped, with the reason, when there is no
/// server or the server has no pg_trgm.
/// </summary>
public static class PgTrgmSection
{
    /// <summary>A name at least this similar is a hit (pg_trgm's default is 0.3, far too loose for screening).</summary>
    public const double SimilarityThreshold = 0.5;

    public static PgTrgmFigures Measure(IReadOnlyList<ScreeningEntry> entries, ScreeningIndex index, LabelledQueries queries, ScreeningBenchSettings settings)
    {
        if (settings.Postgres is not { } dataSource)
        {
            return Skipped(settings.PostgresMissingNote + ": pg_trgm skipped");
        }

        if (!PgTrgmSchema.IsAvailable(dataSource))
        {
            return Skipped("the PostgreSQL server has no pg_trgm extension (Debian: postgresql-contrib or postgresql-NN provides it): pg_trgm skipped");
        }

        var names = entries.SelectMany(e => e.Names.Concat(e.WeakAliases).Select(n => (EntryKey.Of(e), n))).ToList();
        settings.Progress(Invariant($"pg_trgm: loading and indexing {names.Count} names"));
        using var schema = PgTrgmSchema.Create(dataSource, names);
        (QualityFigures Quality, LatencyFigures Latency) labelled;
        using (var session = new PgTrgmSession(dataSource, schema, SimilarityThreshold))
        {
            settings.Progress(Invariant($"pg_trgm: {queries.Positives.Count + queries.Negatives.Count} queries on one connection"));
            labelled = LabelledPass.Run(queries, session.HitKeys);
        }

        settings.Progress(Invariant($"pg_trgm: throughput on {settings.PostgresConnections} connections for {settings.Duration.TotalSeconds:0.#} s"));
        var throughput = Throughput(dataSource, schema, queries, settings);
        var portcullis = LabelledPass.Run(queries, name => PortcullisScreener.HitKeys(index, name)).Quality;
        return new PgTrgmFigures(
            true,
            $"similarity(name, @q) >= {SimilarityThreshold} (SET pg_trgm.similarity_threshold = {SimilarityThreshold}), GIN gin_trgm_ops, ten best",
            SimilarityThreshold, names.Count, schema.IndexSeconds, throughput, labelled.Latency, labelled.Quality, portcullis);
    }

    private static ThroughputFigures Throughput(DbDataSource dataSource, PgTrgmSchema schema, LabelledQueries queries, ScreeningBenchSettings settings)
    {
        var sessions = Enumerable.Range(0, settings.PostgresConnections).Select(_ => new PgTrgmSession(dataSource, schema, SimilarityThreshold)).ToList();
        try
        {
            return ThroughputMeter.Measure(queries.MixedNames(), [.. sessions.Select(s => (Action<string>)(name => s.HitKeys(name)))], settings.Duration);
        }
        finally
        {
            sessions.ForEach(s => s.Dispose());
        }
    }

    private static PgTrgmFigures Skipped(string note) => new(false, note, SimilarityThreshold, 0, null, null, null, null, null);
}
