using Portcullis.Domain.Cargo;
using Portcullis.Domain.Reference;
using Portcullis.Formats;
using Portcullis.Formats.Cargo;

namespace Portcullis.Features.Cargo;

/// <summary>
/// What the reference data says of a message, as diagnostics on it: an HS code that is not under an
/// HS 2022 subheading, a description that does not fit its HS chapter (with the words that decided it),
/// a sea place that UN/LOCODE does not know in a country it covers. Warnings: the values are kept as
/// sent, and the same verdicts are profile fields (<c>goods → hs.known</c>, <c>fitsHs</c>,
/// <c>checks.unknownPlaces</c>). The CSV reader already checks codes and places itself.
/// </summary>
public static class CargoReferenceChecks
{
    public static IEnumerable<Diagnostic> Of(CargoMessage message, string mode)
    {
        ArgumentNullException.ThrowIfNull(message);
        var codesChecked = message.Type != "CSV";

        // A manifest repeats the same goods on many bills: each description and code is judged once.
        var verdicts = new Dictionary<(string?, string), HsDescriptionVerdict>();
        foreach (var consignment in message.Consignments)
        {
            var number = consignment.Number ?? "?";
            foreach (var (goods, index) in consignment.Goods.Select((g, i) => (g, i + 1)))
            {
                if (string.IsNullOrWhiteSpace(goods.HsCode))
                {
                    continue;
                }

                if (codesChecked && !HsNomenclature.Default.IsKnown(goods.HsCode))
                {
                    yield return new Diagnostic(Severity.Warning, "cargo.hs-not-found",
                        $"{number}, goods {goods.Sequence ?? index}: HS code {goods.HsCode} is not under an HS 2022 subheading; kept as sent");
                }
                else if (Verdict(verdicts, goods.Description, goods.HsCode) is { Fit: HsFit.DoesNotFit } verdict)
                {
                    yield return new Diagnostic(Severity.Warning, "cargo.hs-description",
                        $"{number}, goods {goods.Sequence ?? index}: \"{goods.Description}\" does not fit HS chapter {verdict.Chapter}: {verdict.Reason}");
                }
            }

            if (!codesChecked || mode != CargoModes.Sea)
            {
                continue;
            }

            var places = new[] { consignment.Origin, consignment.PortOfLoading, consignment.PortOfDischarge, consignment.PlaceOfDelivery, consignment.Destination }
                .Concat(consignment.Transshipments).OfType<string>().Distinct(StringComparer.Ordinal);
            foreach (var place in places.Where(p => CargoPlaces.IsUnknown(mode, p)))
            {
                yield return new Diagnostic(Severity.Warning, "cargo.place-unknown", $"{number}: {place} is not a place UN/LOCODE lists in its country; kept as sent");
            }
        }
    }

    private static HsDescriptionVerdict Verdict(Dictionary<(string?, string), HsDescriptionVerdict> verdicts, string? description, string code)
    {
        if (!verdicts.TryGetValue((description, code), out var verdict))
        {
            verdict = verdicts[(description, code)] = HsDescriptionCheck.Default.Check(description, code);
        }

        return verdict;
    }
}
