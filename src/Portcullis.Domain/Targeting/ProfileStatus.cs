namespace Portcullis.Domain.Targeting;

/// <summary>
/// Where a version of a risk profile stands. A version moves forward only:
/// draft → submitted → approved (by a unit head who did not write it) → active ⇄ suspended → retired.
/// A submitted version sent back becomes a draft again; a newer active version retires the older one.
/// </summary>
public enum ProfileStatus
{
    /// <summary>Being written: runs only in shadow.</summary>
    Draft,

    /// <summary>Waiting for a unit head's decision: runs in shadow.</summary>
    Submitted,

    /// <summary>Approved, but its validity has not begun yet: becomes active on its first day.</summary>
    Approved,

    /// <summary>Selects subjects and raises targets.</summary>
    Active,

    /// <summary>Stopped for now by the unit; may be resumed.</summary>
    Suspended,

    /// <summary>Stopped for good, or replaced by a newer version.</summary>
    Retired,
}
