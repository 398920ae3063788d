namespace Portcullis.Domain.Cargo;

/// <summary>
/// A container as the jurisdiction has seen it across voyages: its number (ISO 6346, validated), its
/// size and type, and every movement (<see cref="ContainerMovement"/>). Kept per jurisdiction.
/// </summary>
public sealed class CargoContainer
{
    public const int NumberMaxLength = 20;

    public Guid Id { get; set; }

    public string Jurisdiction { get; set; } = "";

    /// <summary>Upper case, no spaces or hyphens.</summary>
    public string Number { get; set; } = "";

    /// <summary>False when the ISO 6346 check digit is wrong; null when the number is not shaped like a container's.</summary>
    public bool? NumberValid { get; set; }

    public string? SizeType { get; set; }

    public DateTimeOffset FirstSeenAt { get; set; }

    public DateTimeOffset LastSeenAt { get; set; }

    public int MovementCount { get; set; }
}

/// <summary>A container carrying (part of) a consignment on a voyage: full or empty, under which seals.</summary>
public sealed class ContainerMovement
{
    public Guid Id { get; set; }

    public Guid ContainerId { get; set; }

    public CargoContainer? Container { get; set; }

    public Guid ConsignmentId { get; set; }

    public CargoConsignment? Consignment { get; set; }

    public Guid VoyageId { get; set; }

    /// <summary>full or empty.</summary>
    public string? Loading { get; set; }

    /// <summary>Seal numbers, space-separated.</summary>
    public string Seals { get; set; } = "";

    public DateTimeOffset SeenAt { get; set; }
}
