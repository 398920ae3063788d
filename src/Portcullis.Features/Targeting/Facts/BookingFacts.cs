using Portcullis.Domain.Passengers;
using Portcullis.Features.Passengers;
using Portcullis.Formats.Passengers;

namespace Portcullis.Features.Targeting.Facts;

/// <summary>What a PNR says about how it was booked and paid, read from its stored JSON.</summary>
internal static class BookingFacts
{
    /// <summary>The form of payment code of the first payment (CC, CA, MS...), as sent, in capitals.</summary>
    public static string? PaymentType(Pnr pnr) =>
        pnr.Payments.Select(p => p.Type?.Trim()).FirstOrDefault(t => !string.IsNullOrEmpty(t))?.ToUpperInvariant();

    /// <summary>
    /// Whether a card holder is no one on the booking. Only a payment's card holder tells who paid:
    /// PNRGOV carries it in free text (IFT) that the reader keeps among the remarks, so for PNRGOV
    /// this is missing and only JSON senders that give <c>cardHolder</c> fill it. Cash and invoice
    /// payments say nothing of the payer.
    /// </summary>
    public static bool? PaidByThirdParty(Pnr pnr, IReadOnlyList<BookingPassenger> passengers)
    {
        var holders = pnr.Payments.Select(p => p.CardHolder).Where(h => !string.IsNullOrWhiteSpace(h)).ToList();
        return holders.Count == 0 ? null : holders.Any(h => !passengers.Any(p => Holds(h!, p)));
    }

    /// <summary>
    /// The IATA number of the travel agency that made the booking (ORG). An airline's own office or
    /// website has an office id but no agency number, so a booking made direct has no agency.
    /// </summary>
    public static string? TravelAgency(Pnr pnr) =>
        pnr.BookingOffice?.AgencyId is { } id && !string.IsNullOrWhiteSpace(id) ? id.Trim() : null;

    /// <summary>The domain of the first contact e-mail, in lower case ("gmail.com").</summary>
    public static string? EmailDomain(Pnr pnr)
    {
        foreach (var email in pnr.Contacts.Emails)
        {
            var at = email.LastIndexOf('@');
            var domain = at < 0 ? "" : email[(at + 1)..].Trim().TrimEnd('.');
            if (domain.Length > 0)
            {
                return domain.ToLowerInvariant();
            }
        }

        return null;
    }

    /// <summary>The country of the first contact telephone whose country can be told (<see cref="PhoneCountries"/>).</summary>
    public static string? PhoneCountry(Pnr pnr) => pnr.Contacts.Phones.Select(PhoneCountries.Of).FirstOrDefault(c => c is not null);

    /// <summary>A card holder's name is a passenger's when it has every word of the surname and the first given name, in any order.</summary>
    private static bool Holds(string holder, BookingPassenger passenger)
    {
        var words = TravellerKey.Fold(holder).Split(' ').ToHashSet(StringComparer.Ordinal);
        var surname = TravellerKey.Fold(passenger.Surname);
        var given = TravellerKey.Fold(passenger.GivenNames).Split(' ')[0];
        return surname.Length > 0 && surname.Split(' ').All(words.Contains) && (given.Length == 0 || words.Contains(given));
    }
}
