using Npgsql;
using Portcullis.Features.Screening.Bench;
using Portcullis.Testing;

namespace Portcullis.Features.Tests.Screening;

/// <summary>
/// The bench of <c>portcullis bench screening</c> run small (a few queries, 0.2 s per measurement, a
/// synthetic list of 2,000): its report has every part, and its quality figures are sane. Nothing here
/// is about time: a shared machine promises none. pg_trgm runs only when PORTCULLIS_TEST_POSTGRES is set.
/// </summary>
public sealed class ScreeningBenchTests
{
    private const int Positives = 60;
    private const int Negatives = 200;
    private const int BruteForceQueries = 20;
    private const int PostgresNegatives = 50;
    private const int SyntheticEntries = 2_000;

    private static readonly Lazy<ScreeningBenchReport> Report = new(Run);

    [Fact]
    public void Portcullis_finds_the_noisy_UN_names_against_UN_and_OFAC()
    {
        var figures = Report.Value.Portcullis;

        figures.Entries.ShouldBeGreaterThan(9_000);
        figures.Names.ShouldBeGreaterThan(25_000);
        figures.Quality.Positives.ShouldBe(Positives);
        figures.Quality.Recall.ShouldBeGreaterThan(0.9);
        figures.Quality.Negatives.ShouldBe(Negatives);
        figures.Quality.FalseAlertRate.ShouldBeLessThan(0.05);
        figures.Latency.Queries.ShouldBe(Positives + Negatives);
        figures.Throughput.Threads.ShouldBe(2);
    }

    [Fact]
    public void Brute_force_Jaro_Winkler_screens_its_subset_and_Portcullis_the_same_queries()
    {
        var figures = Report.Value.BruteForce;

        figures.Threshold.ShouldBe(0.95);
        figures.Names.ShouldBeGreaterThan(25_000);
        figures.Quality.Positives.ShouldBe(BruteForceQueries);
        figures.Quality.Negatives.ShouldBe(BruteForceQueries);
        figures.Quality.Recall.ShouldBeInRange(0.0, 1.0);
        figures.PortcullisOnSameQueries.Positives.ShouldBe(BruteForceQueries);
        figures.PortcullisOnSameQueries.Recall.ShouldBeGreaterThan(0.9);
        figures.Latency.Queries.ShouldBe(2 * BruteForceQueries);
    }

    [Fact]
    public void PgTrgm_is_measured_with_a_server_and_says_skipped_without()
    {
        var figures = Report.Value.PgTrgm;

        if (figures.Measured)
        {
            Environment.GetEnvironmentVariable(TestDatabase.PostgresVariable).ShouldNotBeNullOrWhiteSpace();
            figures.SimilarityThreshold.ShouldBe(0.5);
            figures.Quality!.Positives.ShouldBe(Positives);
            figures.Quality.Negatives.ShouldBe(PostgresNegatives);
            figures.Quality.Recall.ShouldBeGreaterThan(0.5);
            figures.PortcullisOnSameQueries!.Recall.ShouldBeGreaterThan(0.9);
            Report.Value.Comparison.PgTrgmRecall.ShouldNotBeNull();
        }
        else
        {
            figures.Note.ShouldContain("skipped");
            figures.Quality.ShouldBeNull();
            Report.Value.Goals.Where(g => g.Goal.Contains("pg_trgm", StringComparison.Ordinal)).ShouldAllBe(g => g.Met == null);
        }
    }

    [Fact]
    public void The_synthetic_list_is_built_from_the_negatives_names()
    {
        var figures = Report.Value.Synthetic.ShouldNotBeNull();

        figures.Entries.ShouldBe(SyntheticEntries);
        figures.GivenNames.ShouldBeGreaterThan(1_000);
        figures.FamilyNames.ShouldBeGreaterThan(1_000);
        figures.Throughput.Threads.ShouldBe(2);
    }

    [Fact]
    public void Every_goal_of_the_issue_is_reported_beside_a_figure()
    {
        var report = Report.Value;

        report.Goals.Count.ShouldBe(8);
        report.Goals.ShouldAllBe(g => g.Goal.Length > 0 && g.Measured.Length > 0);
        report.Comparison.BruteForceRecall.ShouldBe(report.BruteForce.Quality.Recall);
        report.Comparison.PortcullisRecall.ShouldBe(report.Portcullis.Quality.Recall);
    }

    [Fact]
    public void The_same_seed_gives_the_same_synthetic_list()
    {
        var watchlist = SyntheticWatchlist.FromNegatives(RepositoryFolders.TestData());

        var first = watchlist.Entries(50).Select(e => e.Names[0]).ToList();
        var second = watchlist.Entries(50).Select(e => e.Names[0]).ToList();

        second.ShouldBe(first);
        first.Distinct(StringComparer.Ordinal).Count().ShouldBeGreaterThan(45);
    }

    private static ScreeningBenchReport Run()
    {
        var connection = Environment.GetEnvironmentVariable(TestDatabase.PostgresVariable);
        using var dataSource = string.IsNullOrWhiteSpace(connection) ? null : NpgsqlDataSource.Create(connection);
        return ScreeningBench.Run(new ScreeningBenchSettings(RepositoryFolders.TestData())
        {
            Duration = TimeSpan.FromSeconds(0.2),
            Threads = 2,
            SyntheticEntries = SyntheticEntries,
            Positives = Positives,
            Negatives = Negatives,
            BruteForcePositives = BruteForceQueries,
            BruteForceNegatives = BruteForceQueries,
            PostgresNegatives = PostgresNegatives,
            Postgres = dataSource,
            PostgresMissingNote = "PORTCULLIS_TEST_POSTGRES is not set",
        });
    }
}
