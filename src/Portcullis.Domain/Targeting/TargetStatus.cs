namespace Portcullis.Domain.Targeting;

/// <summary>Where a target stands in the unit's work queue.</summary>
public enum TargetStatus
{
    /// <summary>In the queue, nobody working on it.</summary>
    New,

    /// <summary>Taken by an officer (locked to them).</summary>
    InReview,

    /// <summary>Reviewed and let go, with a reason.</summary>
    Dismissed,

    /// <summary>Referred for inspection; waiting for the result.</summary>
    Referred,

    /// <summary>Inspected; the result is recorded.</summary>
    Inspected,
}

/// <summary>Why a reviewed target was let go: the fixed list the effectiveness figures count on.</summary>
public enum DismissReason
{
    /// <summary>The watchlist hit is someone else (name alike, other details differ).</summary>
    NotTheListedPerson,

    /// <summary>The profile's indicators are explained (known traveller, legitimate business).</summary>
    Explained,

    /// <summary>The subject no longer travels or arrives (no-show, cancelled, already cleared).</summary>
    NoLongerTravelling,

    /// <summary>Dealt with by another unit or agency.</summary>
    HandledElsewhere,

    Other,
}

/// <summary>What an inspection found.</summary>
public enum InspectionResult
{
    Negative,
    Positive,
}
