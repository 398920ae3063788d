namespace Portcullis.Domain.Reference;

public enum AgencyKind
{
    Customs,
    BorderPolice,
}
