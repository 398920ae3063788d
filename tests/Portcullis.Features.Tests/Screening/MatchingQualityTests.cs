using Portcullis.Features.Screening;

namespace Portcullis.Features.Tests.Screening;

/// <summary>
/// Keeps the screening engine's quality figures (docs/benchmarks.md) from sliding back: each floor is
/// the issue's goal or a little below the figure measured with `portcullis eval matching`. The false
/// alerts are measured here on the first 5,000 synthetic non-matches (the command reads all 50,000).
/// </summary>
public sealed class MatchingQualityTests
{
    private static readonly Lazy<MatchingEvaluation.Report> Report = new(() => MatchingEvaluation.Run(RepositoryFolders.TestData(), negativeLimit: 5_000));

    [Fact]
    public void Name_pairs_F1_beats_logic_v2_and_the_goal()
    {
        var figures = Report.Value.NameBench;

        figures.F1.ShouldBeGreaterThanOrEqualTo(0.85);
        figures.F1.ShouldBeGreaterThan(figures.LogicV2F1);
        figures.StrongRight.ShouldBe(figures.StrongCases);
    }

    [Fact]
    public void Noisy_UN_names_find_their_own_entry()
    {
        var figures = Report.Value.UnPositives;

        figures.Queries.ShouldBeGreaterThan(670);
        figures.FirstRate.ShouldBeGreaterThanOrEqualTo(0.995);
        figures.TopFiveRate.ShouldBe(1.0, $"not in top 5: {string.Join("; ", figures.Misses)}");
    }

    [Fact]
    public void Serbian_and_Macedonian_transliteration_pairs_all_match()
    {
        var figures = Report.Value.Interscript;

        figures.Cases.ShouldBe(201);
        figures.Misses.ShouldBeEmpty();
    }

    [Fact]
    public void Every_UN_document_number_is_found_again_after_keying_noise()
    {
        var figures = Report.Value.UnDocuments;

        figures.Cases.ShouldBeGreaterThanOrEqualTo(455);
        figures.Misses.ShouldBeEmpty();
    }

    [Fact]
    public void False_alerts_on_synthetic_non_matches_stay_within_the_goals()
    {
        var figures = Report.Value.Negatives;

        figures.Queries.ShouldBe(5_000);
        figures.NameOnlyRate.ShouldBeLessThanOrEqualTo(0.003, string.Join("; ", figures.Examples));
        figures.WithEvidenceRate.ShouldBeLessThanOrEqualTo(0.0005);
        figures.WithEvidenceRate.ShouldBeLessThan(figures.NameOnlyRate);
    }
}
