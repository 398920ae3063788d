namespace Portcullis.Domain.Reference;

public enum LocationKind
{
    Seaport,
    RiverPort,
    InlandTerminal,
    Airport,
}
