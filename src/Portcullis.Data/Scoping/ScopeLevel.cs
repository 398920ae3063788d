namespace Portcullis.Data.Scoping;

/// <summary>How far a person's view of scoped data reaches.</summary>
public enum ScopeLevel
{
    /// <summary>Sees no scoped data: anonymous requests, programme coordinators (aggregates only).</summary>
    Nothing,

    /// <summary>Sees their own unit's data: officers, targeters, unit heads.</summary>
    Unit,

    /// <summary>Sees the data of every unit of their jurisdiction: auditors.</summary>
    Jurisdiction,

    /// <summary>Sees everything: administrators and the command line run by the machine's operator.</summary>
    Everything,
}
