namespace Portcullis.Domain.Targeting;

/// <summary>What a target asks of the unit, by its score and the unit's thresholds (ASYCUDA's selectivity lanes).</summary>
public enum Lane
{
    /// <summary>Inspect.</summary>
    Red,

    /// <summary>Check the documents.</summary>
    Yellow,

    /// <summary>Release.</summary>
    Green,
}
