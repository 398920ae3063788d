using System.Linq.Expressions;

namespace Portcullis.Profiles.Catalogue;

/// <summary>
/// One field a profile may test: its dotted name, type, category and description, and how to read it
/// from a subject, as an expression tree so the compiler inlines it instead of calling through a
/// delegate. A collection field also names the catalogue of its elements.
/// </summary>
public sealed record FieldDefinition(
    string Name,
    FieldType Type,
    FieldCategory Category,
    string Description,
    LambdaExpression Accessor,
    FieldCatalogue? Elements = null)
{
    /// <summary>How the reference page names the type: "number", "collection of passengers"...</summary>
    public string TypeName => Type switch
    {
        FieldType.Number => "number",
        FieldType.Text => "text",
        FieldType.Boolean => "yes/no",
        FieldType.Date => "date",
        FieldType.DateTime => "date and time",
        FieldType.Duration => "duration",
        _ => $"collection of {Elements!.Name}",
    };
}
