using Portcullis.Profiles.Syntax;

namespace Portcullis.Profiles;

/// <summary>
/// A profile as read from text: its header, its condition (null if there was no readable <c>when</c>),
/// and the syntax errors found. Nothing here is checked against a catalogue yet.
/// </summary>
public sealed record ParsedProfile(
    ProfileHeader Header,
    ConditionSyntax? Condition,
    SourcePosition WhenAt,
    IReadOnlyList<ProfileDiagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Count > 0;
}
