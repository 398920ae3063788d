namespace Portcullis.Formats.Watchlists;

/// <summary>
/// An identity or travel document named by a list. <see cref="Number"/> is as the list gives it, prose
/// and all (the UN list sometimes writes "Libyan passport No. 513519"): another component extracts numbers.
/// </summary>
/// <param name="Type">As the list names it: "Passport", "National Identification Number", "National ID"...</param>
/// <param name="IssuingCountry">ISO 3166 alpha-2 when the country could be resolved, otherwise as written.</param>
/// <param name="Note">What else the list says: issue and expiry dates, place of issue, remarks.</param>
public sealed record WatchlistDocumentRef(string Type, string Number, string? IssuingCountry, string? Note);
