namespace Portcullis.Profiles.Catalogue;

/// <summary>
/// The language's types. Each has one runtime shape, always able to say "missing": Number is
/// <c>decimal?</c>, Text <c>string?</c>, Boolean <c>bool?</c>, Date <c>DateOnly?</c>, DateTime
/// <c>DateTime?</c> (UTC), Duration <c>TimeSpan?</c>, Collection <c>IEnumerable&lt;TElement&gt;?</c>.
/// </summary>
public enum FieldType
{
    Number,
    Text,
    Boolean,
    Date,
    DateTime,
    Duration,
    Collection,
}
