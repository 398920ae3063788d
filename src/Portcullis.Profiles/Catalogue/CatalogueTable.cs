using System.Text;

namespace Portcullis.Profiles.Catalogue;

/// <summary>
/// A catalogue as a Markdown table, the one in docs/profiles.md: generated, so the page cannot drift
/// from the fields the checker accepts (a test compares them). Element fields follow their collection,
/// written as the lambda would reach them (<c>p.age</c> is written <c>booking.passengers → age</c>).
/// </summary>
public static class CatalogueTable
{
    public static string Markdown(FieldCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        var table = new StringBuilder();
        table.Append("| field | type | category | description |\n|---|---|---|---|\n");
        foreach (var field in catalogue.Fields)
        {
            Row(table, $"`{field.Name}`", field);
            foreach (var element in field.Elements?.Fields ?? [])
            {
                Row(table, $"`{field.Name}` → `{element.Name}`", element);
            }
        }
        return table.ToString();
    }

    private static void Row(StringBuilder table, string name, FieldDefinition field) =>
        table.Append("| ").Append(name)
            .Append(" | ").Append(field.TypeName)
            .Append(" | ").Append(field.Category.ToString().ToLowerInvariant())
            .Append(" | ").Append(field.Description.Replace("|", "\\|", StringComparison.Ordinal))
            .Append(" |\n");
}
