namespace Portcullis.Profiles.Checking;

/// <summary>The checker's verdict: a checked profile, or the errors (syntax errors included) in text order.</summary>
public sealed record ProfileCheck<TSubject>(CheckedProfile<TSubject>? Profile, IReadOnlyList<ProfileDiagnostic> Errors)
{
    public bool Succeeded => Profile is not null;
}
