using Portcullis.Profiles.Catalogue;
using Portcullis.Profiles.Compiling;
using Portcullis.Profiles.Syntax;

namespace Portcullis.Profiles.Checking;

/// <summary>
/// A profile that passed every check against a catalogue: complete header, known fields, consistent
/// types, existing lists, and the guardrail. Only a checked profile can be compiled.
/// </summary>
public sealed class CheckedProfile<TSubject>
{
    internal CheckedProfile(ParsedProfile parsed, FieldCatalogue<TSubject> catalogue, Bindings bindings)
    {
        Parsed = parsed;
        Catalogue = catalogue;
        Bindings = bindings;
    }

    public ParsedProfile Parsed { get; }

    public ProfileHeader Header => Parsed.Header;

    public ConditionSyntax Condition => Parsed.Condition!;

    public FieldCatalogue<TSubject> Catalogue { get; }

    internal Bindings Bindings { get; }

    /// <summary>Compiles the condition once to a delegate (and its explanation to per-condition delegates).</summary>
    public CompiledProfile<TSubject> Compile() => ProfileCompiler.Compile(this);
}
