using Portcullis.Profiles.Catalogue;
using Portcullis.Profiles.Syntax;

namespace Portcullis.Profiles.Checking;

/// <summary>
/// What the checker learned about each node of the tree: its type, the field a name refers to (and
/// through which lambda variable), and the values of each named list. Keyed by node identity, since two
/// nodes may be written identically.
/// </summary>
internal sealed class Bindings
{
    public Dictionary<ConditionSyntax, FieldType> Types { get; } = new(ReferenceEqualityComparer.Instance);

    public Dictionary<FieldSyntax, BoundField> Fields { get; } = new(ReferenceEqualityComparer.Instance);

    public Dictionary<InListSyntax, HashSet<string>> Lists { get; } = new(ReferenceEqualityComparer.Instance);

    public Dictionary<CollectionSyntax, FieldCatalogue> Elements { get; } = new(ReferenceEqualityComparer.Instance);
}

/// <summary>A name resolved to a field: of the subject (<see cref="Variable"/> null) or of a lambda's element.</summary>
internal sealed record BoundField(FieldDefinition Field, string? Variable);
