namespace Portcullis.Profiles.Catalogue;

/// <summary>
/// What a field is about. <see cref="Personal"/> marks who a person is (nationality, sex, age): a
/// profile may use them only together with a criterion from another category (the guardrail in
/// <see cref="Checking.ProfileChecker"/>). Special categories of personal data have no category, and
/// no field, at all.
/// </summary>
public enum FieldCategory
{
    Personal,
    Behaviour,
    Travel,
    Booking,
    Payment,
    Document,
    Baggage,
    History,
    Watchlist,
    Goods,
}
