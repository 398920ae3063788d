namespace Portcullis.Domain.Auditing;

/// <summary>The audited actions. Names are stable: auditors filter and report on them.</summary>
public static class AuditActions
{
    public const string SignInSucceeded = "sign-in.succeeded";
    public const string SignInFailed = "sign-in.failed";
    public const string SignInLockedOut = "sign-in.locked-out";
    public const string SignOut = "sign-out";
    public const string PersonCreated = "person.created";
    public const string PersonRead = "person.read";
    public const string PersonRolesChanged = "person.roles-changed";
    public const string PersonUpdated = "person.updated";
    public const string PersonDisabled = "person.disabled";
    public const string PersonEnabled = "person.enabled";
    public const string PersonPasswordReset = "person.password-reset";
    public const string AuditLogRead = "audit.read";
    public const string MessageReceived = "message.received";
    public const string MessageProcessed = "message.processed";
    public const string MessageReprocessed = "message.reprocessed";
    public const string MessageRead = "message.read";
    public const string FlightRead = "flight.read";
    public const string TravellerRead = "traveller.read";
    public const string ApiKeyCreated = "api-key.created";
    public const string ApiKeyRevoked = "api-key.revoked";
    public const string WatchlistCreated = "watchlist.created";
    public const string WatchlistImported = "watchlist.imported";
    public const string WatchlistImportRefused = "watchlist.import-refused";
    public const string WatchlistRead = "watchlist.read";
    public const string WatchlistEntryRead = "watchlist-entry.read";
    public const string ScreeningHitRaised = "screening-hit.raised";
    public const string ScreeningHitRead = "screening-hit.read";
    public const string ScreeningHitReviewed = "screening-hit.reviewed";
    public const string ProfileSaved = "profile.saved";
    public const string ProfileSubmitted = "profile.submitted";
    public const string ProfileReturned = "profile.returned";
    public const string ProfileApproved = "profile.approved";
    public const string ProfileSuspended = "profile.suspended";
    public const string ProfileResumed = "profile.resumed";
    public const string ProfileRetired = "profile.retired";
    public const string ProfileShadowRun = "profile.shadow-run";
    public const string ProfileExported = "profile.exported";
    public const string ReferenceListSaved = "reference-list.saved";
    public const string TargetingSettingsChanged = "targeting-settings.changed";
    public const string TargetRaised = "target.raised";
    public const string TargetRead = "target.read";
    public const string TargetTaken = "target.taken";
    public const string TargetReleased = "target.released";
    public const string TargetDismissed = "target.dismissed";
    public const string TargetReferred = "target.referred";
    public const string TargetInspected = "target.inspected";
    public const string CargoHitRaised = "cargo-hit.raised";
    public const string VoyageRead = "voyage.read";
    public const string ConsignmentRead = "consignment.read";
    public const string PartyRead = "party.read";
    public const string ContainerRead = "container.read";

    public static IReadOnlyList<string> All { get; } =
    [
        SignInSucceeded, SignInFailed, SignInLockedOut, SignOut,
        PersonCreated, PersonRead, PersonRolesChanged, PersonUpdated, PersonDisabled, PersonEnabled,
        PersonPasswordReset, AuditLogRead,
        MessageReceived, MessageProcessed, MessageReprocessed, MessageRead, FlightRead, TravellerRead,
        ApiKeyCreated, ApiKeyRevoked,
        WatchlistCreated, WatchlistImported, WatchlistImportRefused, WatchlistRead, WatchlistEntryRead,
        ScreeningHitRaised, ScreeningHitRead, ScreeningHitReviewed,
        ProfileSaved, ProfileSubmitted, ProfileReturned, ProfileApproved, ProfileSuspended, ProfileResumed,
        ProfileRetired, ProfileShadowRun, ProfileExported, ReferenceListSaved, TargetingSettingsChanged,
        TargetRaised, TargetRead, TargetTaken, TargetReleased, TargetDismissed, TargetReferred, TargetInspected,
        CargoHitRaised, VoyageRead, ConsignmentRead, PartyRead, ContainerRead,
    ];
}
