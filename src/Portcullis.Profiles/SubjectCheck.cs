using Portcullis.Profiles.Checking;
using Portcullis.Profiles.Consignments;
using Portcullis.Profiles.Travellers;

namespace Portcullis.Profiles;

/// <summary>
/// Profile text checked against the catalogue of what it says it selects (its <c>subject</c> line:
/// travellers unless it says consignments). Exactly one of the two typed checks is set.
/// </summary>
public sealed record SubjectCheck(ParsedProfile Parsed, ProfileCheck<TravellerFacts>? Travellers, ProfileCheck<ConsignmentFacts>? Consignments)
{
    /// <summary>Parses and checks <paramref name="text"/> against the catalogue its subject names.</summary>
    public static SubjectCheck Of(string text, IReferenceLists lists)
    {
        var parsed = ProfileText.Parse(text);
        return parsed.Header.SubjectOrDefault == ProfileHeader.Consignments
            ? new SubjectCheck(parsed, null, ProfileChecker.Check(parsed, ConsignmentCatalogue.Fields, lists))
            : new SubjectCheck(parsed, ProfileChecker.Check(parsed, TravellerCatalogue.Fields, lists), null);
    }

    /// <summary><see cref="ProfileHeader.Travellers"/> or <see cref="ProfileHeader.Consignments"/>.</summary>
    public string Subject => Parsed.Header.SubjectOrDefault;

    public ProfileHeader Header => Parsed.Header;

    public IReadOnlyList<ProfileDiagnostic> Errors => Travellers?.Errors ?? Consignments!.Errors;

    public bool Succeeded => Errors.Count == 0;

    /// <summary>Compiles the checked profile, so that text that passes is text the engine will run.</summary>
    public void Compile()
    {
        Travellers?.Profile?.Compile();
        Consignments?.Profile?.Compile();
    }
}
