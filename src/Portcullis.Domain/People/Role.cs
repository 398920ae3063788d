namespace Portcullis.Domain.People;

/// <summary>
/// What a person may do. A person holds one or more roles; <see cref="RoleRules"/> says which
/// combinations are allowed and which roles bind a person to a unit.
/// </summary>
public enum Role
{
    /// <summary>Reviews targets, records inspections and seizures for their unit.</summary>
    Officer,

    /// <summary>Writes risk profiles and watchlists for their unit.</summary>
    Targeter,

    /// <summary>Approves profiles, assigns work and manages the people of their unit.</summary>
    UnitHead,

    /// <summary>Sees the programme's aggregated, de-identified indicators; no personal data.</summary>
    ProgrammeCoordinator,

    /// <summary>Runs the installation: people of every unit, reference data.</summary>
    Administrator,

    /// <summary>Reads the audit log of their jurisdiction.</summary>
    Auditor,
}
