namespace Portcullis.Domain.Reference;

/// <summary>
/// What a UN/LOCODE place serves as: the eight positions of the function classifier ("1234----"),
/// plus the former border-crossing mark B.
/// </summary>
[Flags]
public enum UnLocodeFunctions
{
    None = 0,
    Port = 1,
    Rail = 2,
    Road = 4,
    Airport = 8,
    Postal = 16,
    Multimodal = 32,
    FixedInstallation = 64,
    InlandWater = 128,
    Border = 256,
}
