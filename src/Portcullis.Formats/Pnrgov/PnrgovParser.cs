using Portcullis.Formats.Edifact;
using Portcullis.Formats.Passengers;

namespace Portcullis.Formats.Pnrgov;

/// <summary>Reads a PNRGOV push (10.1 to 15.1) into the normalized message.</summary>
internal static class PnrgovParser
{
    public static void Parse(EdifactMessage message, PassengerMessage result, DateOnly reference)
    {
        foreach (var s in message.Segments)
        {
            if (s.Tag == "RCI")
            {
                result.Pnrs.Add(new Pnr { RecordLocator = s[0, 1], System = s[0, 0] });
            }
        }

        _ = reference;
    }
}
