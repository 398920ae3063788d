using Portcullis.Domain.Reference;

namespace Portcullis.Api;

/// <summary>The reference data Portcullis ships with. Kosovo* is named with its asterisk and footnote.</summary>
internal static class ReferenceApi
{
    public static void MapReference(this RouteGroupBuilder api)
    {
        var reference = api.MapGroup("/reference").WithTags("Reference data");
        var catalog = ReferenceCatalog.Default;
        reference.MapGet("/jurisdictions", () => catalog.Jurisdictions.Select(Shape))
            .WithName("ListJurisdictions");
        reference.MapGet("/locations", () => catalog.Locations.Select(l => new
        {
            l.Code,
            l.Kind,
            l.Name,
            l.LocalName,
            jurisdiction = l.Jurisdiction.Value,
            unLocode = l.UnLocode,
            l.Iata,
            l.Icao,
            l.TimeZone,
        })).WithName("ListLocations");
        reference.MapGet("/agencies", () => catalog.Agencies.Select(a => new
        {
            a.Code,
            jurisdiction = a.Jurisdiction.Value,
            a.Kind,
            a.Name,
            localName = a.LocalName.Name,
            localLanguage = a.LocalName.Language,
        })).WithName("ListAgencies");
        reference.MapGet("/units", () => catalog.Units.Select(u => new
        {
            code = u.Code.Value,
            u.Kind,
            u.Name,
            location = u.LocationCode,
            jurisdiction = u.Jurisdiction.Value,
            agencies = u.AgencyCodes,
        })).WithName("ListUnits");
        reference.MapGet("/countries", () => catalog.Countries).WithName("ListCountries");
        reference.MapGet("/resolve/{code}", (string code) =>
            catalog.ResolveJurisdiction(code) is { } jurisdiction ? Results.Ok(Shape(jurisdiction)) : Results.NotFound())
            .WithName("ResolveJurisdiction")
            .WithSummary("The programme jurisdiction of any code: ISO alpha-2 or alpha-3, travel-document code (RKS), or UN/LOCODE.");
    }

    public static object Shape(Jurisdiction jurisdiction) => new
    {
        code = jurisdiction.Code.Value,
        jurisdiction.Alpha3,
        jurisdiction.DocumentCodes,
        name = jurisdiction.DisplayName,
        localNames = jurisdiction.LocalNames,
        footnote = jurisdiction.RequiresUnscr1244Footnote ? Jurisdiction.Unscr1244Footnote : null,
    };
}
