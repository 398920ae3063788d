using Portcullis.Domain.Targeting;
using Portcullis.Profiles;
using Portcullis.Profiles.Checking;
using Portcullis.Profiles.Consignments;
using Portcullis.Profiles.Travellers;

namespace Portcullis.Features.Targeting;

/// <summary>
/// What a profile may select, as the targeting code sees it: the subject kind stored on profiles and
/// targets (<see cref="SubjectKinds"/>), and how to get the typed checked profile of that kind from a
/// <see cref="SubjectCheck"/>. One place for parse and check.
/// </summary>
public sealed record ProfileSubject<TFacts>(string Kind, Func<SubjectCheck, ProfileCheck<TFacts>?> Typed);

public static class ProfileSubjects
{
    public static ProfileSubject<TravellerFacts> Travellers { get; } = new(SubjectKinds.Traveller, c => c.Travellers);

    public static ProfileSubject<ConsignmentFacts> Consignments { get; } = new(SubjectKinds.Consignment, c => c.Consignments);

    /// <summary>Profile text checked against the catalogue its <c>subject</c> line names, with a unit's reference lists.</summary>
    public static SubjectCheck Check(string text, IReferenceLists lists) => SubjectCheck.Of(text, lists);

    /// <summary>The subject kind stored for checked text.</summary>
    public static string KindOf(SubjectCheck check) =>
        check.Subject == ProfileHeader.Consignments ? SubjectKinds.Consignment : SubjectKinds.Traveller;

    /// <summary>The diagnostics as the handlers report them: one problem each, with line and column.</summary>
    public static IReadOnlyList<Problem> Problems(IReadOnlyList<ProfileDiagnostic> errors) =>
        [.. errors.Select(e => new Problem("text", "profile", e.ToString()))];
}
