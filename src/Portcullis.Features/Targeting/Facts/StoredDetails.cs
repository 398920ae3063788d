using System.Text.Json;
using Portcullis.Formats.Passengers;

namespace Portcullis.Features.Targeting.Facts;

/// <summary>
/// Reads back the normalized JSON the passenger data applier stored (docs/formats/passenger-data.md).
/// A row whose JSON cannot be read gives an empty record: its facts are missing, the rest still count.
/// </summary>
internal static class StoredDetails
{
    public static Pnr Booking(string json) => Read<Pnr>(json) ?? new Pnr();

    public static Traveller Traveller(string json) => Read<Traveller>(json) ?? new Traveller();

    private static T? Read<T>(string json)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize<T>(json, PassengerJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
