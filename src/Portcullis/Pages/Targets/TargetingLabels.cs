using Portcullis.Domain.Targeting;

namespace Portcullis.Pages.Targets;

/// <summary>The English text of targeting's codes, as resource keys (translated in Resources/).</summary>
public static class TargetingLabels
{
    public static string Lane(Lane lane) => lane switch
    {
        Domain.Targeting.Lane.Red => "Red: inspect",
        Domain.Targeting.Lane.Yellow => "Yellow: check documents",
        _ => "Green: release",
    };

    public static string LaneShort(Lane lane) => lane switch
    {
        Domain.Targeting.Lane.Red => "Red",
        Domain.Targeting.Lane.Yellow => "Yellow",
        _ => "Green",
    };

    public static string LaneClass(Lane lane) => "lane lane-" + lane.ToString().ToLowerInvariant();

    public static string Status(TargetStatus status) => status switch
    {
        TargetStatus.New => "Waiting",
        TargetStatus.InReview => "In review",
        TargetStatus.Dismissed => "Dismissed",
        TargetStatus.Referred => "Referred for inspection",
        _ => "Inspected",
    };

    public static string Reason(DismissReason reason) => reason switch
    {
        DismissReason.NotTheListedPerson => "Not the listed person",
        DismissReason.Explained => "Indicators explained",
        DismissReason.NoLongerTravelling => "No longer travelling",
        DismissReason.HandledElsewhere => "Handled by another unit or agency",
        _ => "Other",
    };

    public static string Result(InspectionResult result) => result == InspectionResult.Positive ? "Positive" : "Negative";

    public static string ProfileStatus(ProfileStatus status) => status switch
    {
        Domain.Targeting.ProfileStatus.Draft => "Draft",
        Domain.Targeting.ProfileStatus.Submitted => "Submitted",
        Domain.Targeting.ProfileStatus.Approved => "Approved",
        Domain.Targeting.ProfileStatus.Active => "Active",
        Domain.Targeting.ProfileStatus.Suspended => "Suspended",
        _ => "Retired",
    };

    public static string ProfileStatusClass(ProfileStatus status) => status switch
    {
        Domain.Targeting.ProfileStatus.Active or Domain.Targeting.ProfileStatus.Approved => "badge badge-on",
        Domain.Targeting.ProfileStatus.Submitted or Domain.Targeting.ProfileStatus.Suspended => "badge badge-warn",
        _ => "badge badge-off",
    };

    public static string Percent(double? rate) => rate is { } r ? (r * 100).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + " %" : "—";

    public static string Lift(double? lift) => lift is { } l ? l.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + "×" : "—";
}
