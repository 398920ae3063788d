using Portcullis.Profiles;
using Portcullis.Profiles.Checking;
using Portcullis.Profiles.Travellers;

namespace Portcullis.Features.Targeting;

/// <summary>Profile text checked as a traveller profile against a unit's reference lists: one place for parse and check.</summary>
public static class TravellerProfiles
{
    public static ProfileCheck<TravellerFacts> Check(string text, IReferenceLists lists) =>
        ProfileChecker.Check(ProfileText.Parse(text), TravellerCatalogue.Fields, lists);

    /// <summary>The diagnostics as the handlers report them: one problem each, with line and column.</summary>
    public static IReadOnlyList<Problem> Problems(IReadOnlyList<ProfileDiagnostic> errors) =>
        [.. errors.Select(e => new Problem("text", "profile", e.ToString()))];
}
