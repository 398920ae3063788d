using System.Text;
using Portcullis.Domain.Reference;

namespace Portcullis.Features.Reference;

/// <summary>
/// The reference tables as CSV (RFC 4180, UTF-8), for spreadsheets and other systems. Kosovo* is
/// written with its asterisk, and a file that names it ends with the UNSCR 1244 footnote.
/// </summary>
public static class ExportReferenceData
{
    public static IReadOnlyList<string> Tables { get; } = ["jurisdictions", "locations", "units", "agencies", "countries"];

    public static string? ToCsv(string table, ReferenceCatalog catalog)
    {
        var rows = table switch
        {
            "jurisdictions" => Rows(
                ["code", "name", "alpha3", "documentCodes", "localNames"],
                catalog.Jurisdictions.Select(j => new[]
                {
                    j.Code.Value, j.DisplayName, j.Alpha3, string.Join(" ", j.DocumentCodes),
                    string.Join("; ", j.LocalNames.Select(n => $"{n.Language}: {n.Name}")),
                })),
            "locations" => Rows(
                ["code", "kind", "name", "localName", "jurisdiction", "unlocode", "iata", "icao", "timeZone"],
                catalog.Locations.Select(l => new[]
                {
                    l.Code, l.Kind.ToString(), l.Name, l.LocalName, Name(catalog, l.Jurisdiction), l.UnLocode, l.Iata ?? string.Empty,
                    l.Icao ?? string.Empty, l.TimeZone,
                })),
            "units" => Rows(
                ["code", "kind", "name", "location", "jurisdiction", "agencies"],
                catalog.Units.Select(u => new[]
                {
                    u.Code.Value, u.Kind.ToString(), u.Name, u.LocationCode, Name(catalog, u.Jurisdiction), string.Join(" ", u.AgencyCodes),
                })),
            "agencies" => Rows(
                ["code", "jurisdiction", "kind", "name", "localName", "language"],
                catalog.Agencies.Select(a => new[]
                {
                    a.Code, Name(catalog, a.Jurisdiction), a.Kind.ToString(), a.Name, a.LocalName.Name, a.LocalName.Language,
                })),
            "countries" => Rows(
                ["alpha2", "alpha3", "numeric", "name"],
                catalog.Countries.Select(c => new[]
                {
                    c.Alpha2, c.Alpha3, c.Numeric, catalog.ResolveJurisdiction(c.Alpha2)?.DisplayName ?? c.Name,
                })),
            _ => null,
        };
        if (rows is null)
        {
            return null;
        }

        var csv = new StringBuilder();
        foreach (var row in rows)
        {
            csv.AppendJoin(',', row.Select(Quote)).Append("\r\n");
        }

        if (rows.Any(row => row.Any(field => field.Contains("Kosovo*", StringComparison.Ordinal))))
        {
            csv.Append(Quote(Jurisdiction.Unscr1244Footnote)).Append("\r\n");
        }

        return csv.ToString();
    }

    private static string Name(ReferenceCatalog catalog, JurisdictionCode code) => catalog.Jurisdiction(code).DisplayName;

    private static List<string[]> Rows(string[] header, IEnumerable<string[]> body) => [header, .. body];

    private static string Quote(string field) =>
        field.IndexOfAny([',', '"', '\r', '\n']) < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
