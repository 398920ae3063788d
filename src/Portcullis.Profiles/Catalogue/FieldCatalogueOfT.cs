using System.Linq.Expressions;

namespace Portcullis.Profiles.Catalogue;

/// <summary>
/// The fields of subjects of type <typeparamref name="TSubject"/>, declared with one typed method per
/// language type so a field's accessor always returns the type's runtime shape (see <see cref="FieldType"/>).
/// </summary>
public sealed class FieldCatalogue<TSubject>(string name) : FieldCatalogue(name)
{
    public override Type SubjectType => typeof(TSubject);

    public FieldCatalogue<TSubject> Number(string name, FieldCategory category, string description, Expression<Func<TSubject, decimal?>> accessor) =>
        Add(new FieldDefinition(name, FieldType.Number, category, description, accessor));

    public FieldCatalogue<TSubject> Text(string name, FieldCategory category, string description, Expression<Func<TSubject, string?>> accessor) =>
        Add(new FieldDefinition(name, FieldType.Text, category, description, accessor));

    public FieldCatalogue<TSubject> Boolean(string name, FieldCategory category, string description, Expression<Func<TSubject, bool?>> accessor) =>
        Add(new FieldDefinition(name, FieldType.Boolean, category, description, accessor));

    public FieldCatalogue<TSubject> Date(string name, FieldCategory category, string description, Expression<Func<TSubject, DateOnly?>> accessor) =>
        Add(new FieldDefinition(name, FieldType.Date, category, description, accessor));

    public FieldCatalogue<TSubject> DateTime(string name, FieldCategory category, string description, Expression<Func<TSubject, DateTime?>> accessor) =>
        Add(new FieldDefinition(name, FieldType.DateTime, category, description, accessor));

    public FieldCatalogue<TSubject> Duration(string name, FieldCategory category, string description, Expression<Func<TSubject, TimeSpan?>> accessor) =>
        Add(new FieldDefinition(name, FieldType.Duration, category, description, accessor));

    public FieldCatalogue<TSubject> Collection<TElement>(
        string name, FieldCategory category, string description,
        Expression<Func<TSubject, IEnumerable<TElement>?>> accessor, FieldCatalogue<TElement> elements) =>
        Add(new FieldDefinition(name, FieldType.Collection, category, description, accessor, elements));

    private FieldCatalogue<TSubject> Add(FieldDefinition field)
    {
        if (!_byName.TryAdd(field.Name, field))
        {
            throw new InvalidOperationException($"The catalogue of {Name} declares `{field.Name}` twice.");
        }
        _fields.Add(field);
        return this;
    }
}
