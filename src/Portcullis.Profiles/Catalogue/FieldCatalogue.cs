namespace Portcullis.Profiles.Catalogue;

/// <summary>
/// The fields of one kind of subject. The engine sees only this untyped view, which is why a new
/// subject kind (consignments, say) joins by declaring its catalogue, without any change to the parser,
/// checker or compiler.
/// </summary>
public abstract class FieldCatalogue
{
    private protected readonly List<FieldDefinition> _fields = [];
    private protected readonly Dictionary<string, FieldDefinition> _byName = new(StringComparer.Ordinal);

    protected FieldCatalogue(string name) => Name = name;

    /// <summary>What one subject is called in messages and on the reference page ("travellers", "passengers").</summary>
    public string Name { get; }

    public abstract Type SubjectType { get; }

    public IReadOnlyList<FieldDefinition> Fields => _fields;

    public FieldDefinition? Find(string name) => _byName.GetValueOrDefault(name);
}
